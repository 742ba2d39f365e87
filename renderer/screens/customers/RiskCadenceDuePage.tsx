import { useTranslation } from 'react-i18next';
import type { CadenceDue } from '../../../shared/api/risk-classes';
import { RISK_CLASS_PACK_SOURCE } from '../../../shared/risk-classes/pack';
import { api } from '../../api/client';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate } from '../../lib/locale-format';
import { useNavigationStore } from '../../stores/navigation-store';
import { DueListPage } from './DueListPage';
import { CadenceState } from './RiskCadencePanel';
import { ScreeningState } from './RiskScreeningPanel';
import { riskClassLabel } from './risk-class-text';
import './credit/credit.css';

/** 风险分类客户跟进到期 (seed000 第二篇 三、): classified customers by the day their next follow-up falls due, overdue first, planned against done. */
export function RiskCadenceDuePage() {
  const { t } = useTranslation();
  const cite = useCitation();
  const go = useNavigationStore((s) => s.go);
  const lang = currentLanguage();
  const day = (d: string) => formatCalendarDate(d, lang);
  const columns = [
    t('riskClasses.cadence.customer'),
    t('riskClasses.cadence.riskClass'),
    t('riskClasses.cadence.since'),
    t('riskClasses.cadence.done'),
    t('riskClasses.cadence.dueColumn'),
    t('riskClasses.screening.column'),
  ];
  return (
    <DueListPage<CadenceDue>
      load={() => api.call('riskClasses.cadence', {})}
      testId="risk-cadence-due"
      tableTestId="risk-cadence-table"
      title={t('riskClasses.cadence.pageTitle')}
      hint={t('riskClasses.cadence.pageHint', { source: cite(RISK_CLASS_PACK_SOURCE) })}
      backLabel={t('riskClasses.cadence.back')}
      emptyText={t('riskClasses.cadence.empty')}
      columns={columns}
      renderRow={({ customerId, customerName, status, screening }) => (
        <tr key={customerId} data-testid={`risk-cadence-${customerId}`} data-state={status.state}>
          <th scope="row">
            <button type="button" className="link-button" onClick={() => go({ page: 'customer-detail', id: customerId })}>
              {customerName}
            </button>
          </th>
          <td>{riskClassLabel(status.riskClass, lang)}</td>
          <td>{day(status.since)}</td>
          <td>
            {status.planned} / {status.done}
          </td>
          <td>
            {day(status.dueOn)} <CadenceState status={status} />
          </td>
          <td data-testid="cadence-screening">{screening && <ScreeningState filed={screening.filed} required={screening.required} missed={screening.missed} />}</td>
        </tr>
      )}
    />
  );
}
