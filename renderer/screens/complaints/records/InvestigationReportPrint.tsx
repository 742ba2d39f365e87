import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CaseRecords, ReportStepRecord } from '../../../../shared/api/case-records';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { REPORT_SECTION_LABELS, REPORT_SECTIONS, REPORT_SECTIONS_SOURCE, REVIEW_STEPS } from '../../../../shared/domain/case-records';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { pick } from '../../settings/rule-pack-text';
import './investigation-report-print.css';
import { useCitation } from '../../../components/SourceCitation';

const SIGN_STEPS = ['submit', ...REVIEW_STEPS] as const;

/**
 * 「投诉调查报告」 on A4 (篇4 第十七条: 发生原因、具体经过、具体责任者、结论、对策和防范措施),
 * with a signature line for each step of 第十一条、第十二条: 受理部门, 主管审核,
 * 行政人事部意见, 总经理批阅. Steps already taken in the latest round print who,
 * when and the opinion; the rest are left blank to sign by hand. Rendered
 * outside the app's root and shown only while printing it (see print-report.ts).
 */
export function InvestigationReportPrint({ complaint, records }: { complaint: ComplaintDetail; records: CaseRecords }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const site = useSessionStore((s) => s.status?.site ?? null);
  const report = records.report;
  if (!report) return null;

  return createPortal(
    <div className="investigation-report-print" data-testid="investigation-report-print" aria-hidden="true">
      <h1 className="report-print-title">{t('caseRecords.report.title')}</h1>
      <p className="report-print-meta">
        <span>
          {t('caseRecords.report.serial')}：<strong className="serial">{complaint.serial}</strong>
        </span>
        <span>
          {t('caseRecords.report.site')}：{site ? `${site.name}（${site.code}）` : ''}
        </span>
        <span>
          {t('caseRecords.report.status')}：{t(`caseRecords.report.statuses.${report.status}`)}
        </span>
      </p>
      <ReportBody complaint={complaint} report={report} />
      <SignatureTable report={report} />
      <p className="report-print-source">{t('caseRecords.report.source', { source: cite(`${REPORT_SECTIONS_SOURCE}、第十一条、第十二条`) })}</p>
    </div>,
    document.body,
  );
}

type Report = NonNullable<CaseRecords['report']>;

/** The complaint and the report's sections (第十七条), and whether the original is attached. */
function ReportBody({ complaint, report }: { complaint: ComplaintDetail; report: Report }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <table className="report-print-table">
      <colgroup>
        <col className="report-print-label" />
        <col />
        <col className="report-print-label" />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">{t('caseRecords.report.customer')}</th>
          <td>{complaint.customerName}</td>
          <th scope="row">{t('caseRecords.report.receivedAt')}</th>
          <td>{formatInstant(complaint.receivedAt, timeZone)}</td>
        </tr>
        <tr>
          <th scope="row">{t('caseRecords.report.content')}</th>
          <td colSpan={3} className="report-print-text">
            {complaint.content}
          </td>
        </tr>
        {REPORT_SECTIONS.map((section) => (
          <tr key={section}>
            <th scope="row">{pick(REPORT_SECTION_LABELS[section], i18n.language)}</th>
            <td colSpan={3} className={section === 'responsiblePerson' ? 'report-print-text' : 'report-print-text tall'}>
              {report[section]}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('caseRecords.report.originalLabel')}</th>
          <td colSpan={3}>{report.originalAttached ? t('caseRecords.report.originalAttached') : t('caseRecords.report.originalNotAttached')}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A line per step of 第十一条、第十二条: the latest round's decision, who and when, or blank to sign by hand. */
function SignatureTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const latest = (step: (typeof SIGN_STEPS)[number]): ReportStepRecord | undefined => report.steps.filter((s) => s.round === report.round && s.step === step).at(-1);
  return (
    <table className="report-print-table report-print-signatures">
      <colgroup>
        <col className="report-print-step" />
        <col />
        <col className="report-print-sign" />
        <col className="report-print-date" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('caseRecords.report.chain')}</th>
          <th scope="col">{t('caseRecords.report.opinion')}</th>
          <th scope="col">{t('caseRecords.report.signature')}</th>
          <th scope="col">{t('caseRecords.report.date')}</th>
        </tr>
      </thead>
      <tbody>
        {SIGN_STEPS.map((step) => {
          const done = latest(step);
          return (
            <tr key={step} className="report-print-sign-row" data-testid={`report-print-${step}`}>
              <th scope="row">{t(`caseRecords.report.steps.${step}`)}</th>
              <td className="report-print-text">
                {done && done.step !== 'submit' ? `${t(`caseRecords.report.decisions.${done.decision}`)}${done.opinion ? `：${done.opinion}` : ''}` : ''}
              </td>
              <td>{done?.byName ?? ''}</td>
              <td>{done ? formatInstant(done.at, timeZone) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
