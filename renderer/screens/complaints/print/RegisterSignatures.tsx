import { useTranslation } from 'react-i18next';
import type { RegisterSigner } from './register-layouts';

/** The form's signature boxes (e.g. 受理人、处理人、审核人、网点负责人), each with its date, kept together on one page. */
export function RegisterSignatures({ signers }: { signers: readonly RegisterSigner[] }) {
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
          {signers.map((signer) => (
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
