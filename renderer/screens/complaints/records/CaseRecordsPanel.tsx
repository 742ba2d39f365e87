import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { errorText } from '../../../lib/error-text';
import { useCaseRecords, useCaseRecordsStore } from './case-records-store';
import { CapaSection } from './CapaSection';
import { CompensationSection } from './CompensationSection';
import { InvestigationReportPrint } from './InvestigationReportPrint';
import { ReportSection } from './ReportSection';
import { SanctionSection } from './SanctionSection';
import './records.css';

/**
 * 案件记录: the records the sources name around a case beyond its handling —
 * 投诉调查报告, 补偿, 纠正预防措施, 奖惩记录 — each a sub-section with its own
 * forms. Re-read whenever the case changes (a step of the loop may change
 * what this person may do here).
 */
export function CaseRecordsPanel({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const records = useCaseRecords(complaint.id);
  const error = useCaseRecordsStore((s) => s.error);
  const fetch = useCaseRecordsStore((s) => s.fetch);

  useEffect(() => {
    void fetch(complaint.id);
  }, [fetch, complaint.id, complaint.version]);

  return (
    <section className="panel case-records" data-testid="case-records" aria-labelledby="case-records-title">
      <h3 id="case-records-title">{t('caseRecords.panel')}</h3>
      <ErrorBanner messages={error && !records ? [errorText(error, t)] : []} />
      {!records ? (
        !error && <p className="muted">{t('caseRecords.loading')}</p>
      ) : (
        <>
          <ReportSection complaintId={complaint.id} records={records} />
          <CompensationSection complaintId={complaint.id} records={records} />
          <CapaSection complaintId={complaint.id} subjectUserId={complaint.subjectUserId} records={records} />
          <SanctionSection complaintId={complaint.id} records={records} />
          <InvestigationReportPrint complaint={complaint} records={records} />
        </>
      )}
    </section>
  );
}
