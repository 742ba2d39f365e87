import { useTranslation } from 'react-i18next';
import type { ReviewDue } from '../../../../shared/api/credit';
import { CREDIT_CUSTOMERS, CREDIT_PACK } from '../../../../shared/credit/credit-pack';
import { api } from '../../../api/client';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../../lib/locale-format';
import { useNavigationStore } from '../../../stores/navigation-store';
import { DueListPage } from '../DueListPage';
import { CreditCapPanel } from './CreditCapPanel';
import { yuan } from './credit-form-model';
import './credit.css';

/** 信用复查到期: credit customers not yet graded (未评级, 第四条) first, then approved gradings by the day their review falls due, overdue first (第十二条 quarterly; 第三十八条 monthly with a limit). */
export function CreditReviewDuePage() {
  const { t } = useTranslation();
  const cite = useCitation();
  const go = useNavigationStore((s) => s.go);
  const day = (d: string) => formatCalendarDate(d, currentLanguage());
  const columns = [t('credit.due.customer'), t('credit.due.grade'), t('credit.due.limit'), t('credit.due.approvedOn'), t('credit.due.dueOn')];
  return (
    <DueListPage<ReviewDue>
      load={() => api.call('credit.reviewDue', {})}
      testId="credit-review-due"
      tableTestId="credit-due-table"
      title={t('credit.due.title')}
      hint={t('credit.due.hint', { source: cite(CREDIT_PACK.reviewSource), customers: cite(CREDIT_CUSTOMERS.source) })}
      backLabel={t('credit.due.back')}
      emptyText={t('credit.due.empty')}
      columns={columns}
      actions={
        <button type="button" className="button" data-testid="credit-monthly-link" onClick={() => go({ page: 'credit-monthly' })}>
          {t('creditMonthly.open')}
        </button>
      }
      aboveTable={<CreditCapPanel />}
      renderRow={(row) => (
        <tr key={row.customerId} data-testid={`credit-due-${row.customerId}`} data-overdue={String(row.overdue)} data-ungraded={String(row.grade === null)}>
          <th scope="row">
            <button type="button" className="link-button" onClick={() => go({ page: 'customer-detail', id: row.customerId })}>
              {row.customerName}
            </button>
            {row.pending && <small className="credit-kind"> （{t('credit.due.pending')}）</small>}
          </th>
          <td className={row.grade === null ? 'credit-due-overdue' : undefined}>{row.grade === null ? t('credit.due.ungraded') : t(`credit.grades.${row.grade}`)}</td>
          <td>{row.creditLimit > 0 ? yuan(row.creditLimit) : t('credit.noCredit')}</td>
          <td>{row.approvedOn ? day(row.approvedOn) : '—'}</td>
          <td className={row.overdue ? 'credit-due-overdue' : undefined}>
            {row.dueOn ? day(row.dueOn) : t('credit.due.ungradedDue')}
            {row.overdue && ` ${t('credit.due.overdue')}`}
          </td>
        </tr>
      )}
    />
  );
}
