import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDue } from '../../../../shared/api/credit';
import { CREDIT_PACK } from '../../../../shared/credit/credit-pack';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatCalendarDate } from '../../../lib/locale-format';
import { useNavigationStore } from '../../../stores/navigation-store';
import { yuan } from './credit-form-model';
import './credit.css';

/** 信用复查到期: approved gradings by the day their review falls due, overdue first (第十二条 quarterly; 第三十八条 monthly with a limit). */
export function CreditReviewDuePage() {
  const { t } = useTranslation();
  const cite = useCitation();
  const go = useNavigationStore((s) => s.go);
  const [rows, setRows] = useState<ReviewDue[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    api.call('credit.reviewDue', {}).then(setRows, setFailure);
  }, []);
  const day = (d: string) => formatCalendarDate(d, currentLanguage());
  return (
    <section className="page" data-testid="credit-review-due">
      <div className="page-header">
        <h2 className="page-title">{t('credit.due.title')}</h2>
        <div className="page-header-actions">
          <button type="button" className="button" autoFocus onClick={() => go({ page: 'customers' })}>
            {t('credit.due.back')}
          </button>
        </div>
      </div>
      <p className="field-hint">{t('credit.due.hint', { source: cite(CREDIT_PACK.reviewSource) })}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {rows && rows.length === 0 && <p className="muted">{t('credit.due.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-wrap">
          <table className="credit-criteria" data-testid="credit-due-table">
            <thead>
              <tr>
                <th scope="col">{t('credit.due.customer')}</th>
                <th scope="col">{t('credit.due.grade')}</th>
                <th scope="col">{t('credit.due.limit')}</th>
                <th scope="col">{t('credit.due.approvedOn')}</th>
                <th scope="col">{t('credit.due.dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.customerId} data-testid={`credit-due-${row.customerId}`} data-overdue={String(row.overdue)}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => go({ page: 'customer-detail', id: row.customerId })}>
                      {row.customerName}
                    </button>
                    {row.pending && <small className="credit-kind"> （{t('credit.due.pending')}）</small>}
                  </th>
                  <td>{t(`credit.grades.${row.grade}`)}</td>
                  <td>{row.creditLimit > 0 ? yuan(row.creditLimit) : t('credit.noCredit')}</td>
                  <td>{day(row.approvedOn)}</td>
                  <td className={row.overdue ? 'credit-due-overdue' : undefined}>
                    {day(row.dueOn)}
                    {row.overdue && ` ${t('credit.due.overdue')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
