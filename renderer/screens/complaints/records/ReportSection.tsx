import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecords } from '../../../../shared/api/case-records';
import { REPORT_SECTION_LABELS, REPORT_SECTIONS, REPORT_SECTIONS_SOURCE } from '../../../../shared/domain/case-records';
import { HeadedTable } from '../../../components/HeadedTable';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';
import { printInvestigationReport } from './print-report';
import { ReportForm } from './ReportForm';
import { ReviewForm } from './ReviewForm';
import { useCitation } from '../../../components/SourceCitation';

/**
 * 投诉调查报告 (篇4 第十七条): its five sections, where it stands in the chain
 * (主管审核 → 行政人事部 → 总经理批阅), every step so far, and what this person may
 * do: write or correct it, review it, print it.
 */
export function ReportSection({ complaintId, records }: { complaintId: string; records: CaseRecords }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const [open, setOpen] = useState<'edit' | 'review' | null>(null);
  const report = records.report;
  const step = records.may.reviewStep;
  const close = () => setOpen(null);

  return (
    <section className="record-section" data-testid="report-section" aria-labelledby="report-section-title">
      <div className="record-section-head">
        <h4 id="report-section-title">{t('caseRecords.report.title')}</h4>
        {report && (
          <span className={`tag report-status report-${report.status}`} data-testid="report-status">
            {t(`caseRecords.report.statuses.${report.status}`)}
          </span>
        )}
        <small className="muted">{t('caseRecords.report.source', { source: cite(REPORT_SECTIONS_SOURCE) })}</small>
      </div>
      {records.reportRequiredToResolve && report?.status !== 'approved' && (
        <p className="banner banner-info" data-testid="report-required">
          {t('caseRecords.report.requiredToResolve', { source: cite(records.reportRequiredToResolve) })}
        </p>
      )}
      {report?.status === 'draft' && report.returnReason && (
        <p className="banner banner-hint" data-testid="report-returned">
          {t('caseRecords.report.returned', { reason: report.returnReason })}
        </p>
      )}
      {!report ? <p className="muted">{t('caseRecords.report.none')}</p> : <ReportDetails report={report} />}
      {report && report.steps.length > 0 && <ReportSteps report={report} />}
      <div className="action-buttons">
        {records.may.editReport && (
          <button type="button" className={open === 'edit' ? 'button primary' : 'button'} data-testid="report-edit" aria-expanded={open === 'edit'} onClick={() => setOpen(open === 'edit' ? null : 'edit')}>
            {report ? t('caseRecords.report.edit') : t('caseRecords.report.write')}
          </button>
        )}
        {step && report && (
          <button type="button" className={open === 'review' ? 'button primary' : 'button'} data-testid="report-review" aria-expanded={open === 'review'} onClick={() => setOpen(open === 'review' ? null : 'review')}>
            {t(`caseRecords.report.steps.${step}`)}
          </button>
        )}
        {report && (
          <button type="button" className="button" data-testid="print-report" onClick={printInvestigationReport}>
            {t('caseRecords.report.print')}
          </button>
        )}
      </div>
      {open === 'edit' && <ReportForm complaintId={complaintId} records={records} onDone={close} onCancel={close} />}
      {open === 'review' && step && report && <ReviewForm complaintId={complaintId} report={report} step={step} onDone={close} onCancel={close} />}
    </section>
  );
}

type Report = NonNullable<CaseRecords['report']>;

/** The report's five sections and whether the original is attached. */
function ReportDetails({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="details record-details" data-testid="report-details">
      {REPORT_SECTIONS.map((section) => (
        <div key={section}>
          <dt>{pick(REPORT_SECTION_LABELS[section], i18n.language)}</dt>
          <dd className="record-text">{report[section] || '—'}</dd>
        </div>
      ))}
      <div>
        <dt>{t('caseRecords.report.originalAttachedLabel')}</dt>
        <dd>{report.originalAttached ? t('caseRecords.yes') : t('caseRecords.no')}</dd>
      </div>
    </dl>
  );
}

/** Every step of the chain so far: who decided what, when, with what opinion. */
function ReportSteps({ report }: { report: Report }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <HeadedTable label={t('caseRecords.report.title')} testId="report-steps" head={[t('caseRecords.report.chain'), t('caseRecords.report.decision'), t('caseRecords.by'), t('caseRecords.time'), t('caseRecords.report.opinion')]}>
      {report.steps.map((s, index) => (
        <tr key={index}>
          <td>
            {t(`caseRecords.report.steps.${s.step}`)}
            <small className="record-time">{t('caseRecords.report.round', { round: s.round })}</small>
          </td>
          <td className="nowrap">{t(`caseRecords.report.decisions.${s.decision}`)}</td>
          <td>{s.byName}</td>
          <td className="nowrap">{formatInstant(s.at, timeZone)}</td>
          <td>{s.opinion ?? ''}</td>
        </tr>
      ))}
    </HeadedTable>
  );
}
