import { useTranslation } from 'react-i18next';

const SIGNERS = ['receiverSign', 'handlerSign', 'reviewerSign', 'leadSign'] as const;

/** 受理人、处理人、审核人签字 and 网点负责人签字确认, each with its date, kept together on one page. */
export function RegisterSignatures() {
  const { t } = useTranslation();
  return (
    <section className="register-section register-signatures" data-testid="register-signatures">
      <h2>{t('register.signatures')}</h2>
      <table className="register-table">
        <colgroup>
          <col className="register-label" />
          <col />
          <col className="register-date-label" />
          <col className="register-date" />
        </colgroup>
        <tbody>
          {SIGNERS.map((signer) => (
            <tr key={signer} className="register-sign-row">
              <th scope="row">{t(`register.${signer}`)}</th>
              <td />
              <th scope="row">{t('register.date')}</th>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
