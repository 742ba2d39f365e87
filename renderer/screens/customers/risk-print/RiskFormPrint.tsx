import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/api/customers';
import type { CustomerRisk, RiskClassChange } from '../../../../shared/api/risk-classes';
import { RISK_CLASS_PACK_SOURCE } from '../../../../shared/risk-classes/pack';
import { useCitation } from '../../../components/SourceCitation';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../../lib/locale-format';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { SignatureRow } from '../credit/print/CreditGradingPrint';
import '../credit/print/credit-print.css';
import { criterionLabel, judgementLabel, riskClassLabel } from '../risk-class-text';

/** The two forms seed000 第二篇 三、 names: 《客户风险排查表》 (monthly, 三(一)1, 三(二)1(4)) and 《预警信号报告及处理表》 (三(二)1(3)). */
export type RiskForm = 'screening' | 'warning';

/** What a filled form is filled from; null prints the form blank, to fill in by hand. */
export interface RiskFormData {
  customerName: string;
  risk: CustomerRisk;
  followUps: FollowUp[];
  /** The site's current month ('yyyy-MM'): the screening form covers it. */
  month: string;
}

type Row = [label: string, value: string];

/** The class change a warning form reports: the newest one recorded under early warning, else the newest one. */
function warningChange(risk: CustomerRisk): RiskClassChange | null {
  return risk.history.find((change) => change.facts.warning === 'active') ?? risk.history[0] ?? null;
}

function RowsTable({ rows, testId }: { rows: Row[]; testId: string }) {
  return (
    <table data-testid={testId}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td className="credit-print-write">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useFactsRows(change: RiskClassChange | null): Row[] {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (!change) return [t('riskClasses.sheet.facts'), t('riskClasses.sheet.signals'), t('riskClasses.sheet.judged')].map((label) => [label, '']);
  const facts = change.facts;
  return [
    [
      t('riskClasses.sheet.facts'),
      t('riskClasses.history.facts', {
        fiveLevel: t(`riskClasses.propose.fiveLevels.${facts.fiveLevel ?? 'none'}`),
        warning: t(`riskClasses.propose.warnings.${facts.warning}`),
        overdueDays: facts.overdueDays,
        interestArrears: facts.interestArrears,
        advances: facts.advances,
      }),
    ],
    [t('riskClasses.sheet.signals'), change.met.map((id) => criterionLabel(id, lang)).join('；')],
    [t('riskClasses.sheet.judged'), change.judgements.map((j) => `${judgementLabel(j.judgement, lang)}：${j.reason}`).join('；')],
  ];
}

function ScreeningSheet({ data }: { data: RiskFormData | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const lang = currentLanguage();
  const latest = data?.risk.history[0] ?? null;
  const inMonth = data ? data.followUps.filter((f) => siteMonthOf(new Date(f.at), timeZone) === data.month) : [];
  const cadence = data?.risk.cadence;
  // The month's filed form, when there is one, fills the account manager's analysis; otherwise lines to write on.
  const filed = data?.risk.screenings.find((s) => s.month === data.month);
  const rows: Row[] = [
    [t('riskClasses.sheet.riskClass'), data && data.risk.since ? `${riskClassLabel(data.risk.current, lang)}（${formatInstant(data.risk.since, timeZone)}）` : ''],
    ...useFactsRows(latest),
    [t('riskClasses.sheet.followUps'), inMonth.map((f) => `${formatInstant(f.at, timeZone)} ${f.method ? t(`followUpMethods.${f.method}`) : t('customers.followUpMethodOther')} ${f.byName}：${f.note}`).join('；')],
    [t('riskClasses.sheet.cadence'), cadence ? t('riskClasses.cadence.plannedDone', { planned: cadence.planned, done: cadence.done, since: formatCalendarDate(cadence.since, lang) }) : ''],
    [t('riskClasses.sheet.fundingChain'), filed?.capitalChain ?? ''],
    [t('riskClasses.sheet.operatingChain'), filed?.operatingChain ?? ''],
    [t('riskClasses.sheet.investmentChain'), filed?.investmentChain ?? ''],
    [t('riskClasses.sheet.guaranteeChain'), filed?.guaranteeChain ?? ''],
    [t('riskClasses.sheet.disposal'), filed?.situation ?? ''],
  ];
  return (
    <>
      <h1>{t('riskClasses.sheet.screeningTitle')}</h1>
      <SheetHead customerName={data?.customerName ?? ''} dateLabel={t('riskClasses.sheet.month')} date={data ? data.month : ''} />
      <RowsTable rows={rows} testId="risk-screening-rows" />
      <table className="credit-print-signatures">
        <tbody>
          <SignatureRow post={t('riskClasses.sheet.manager')} />
          <SignatureRow post={t('riskClasses.sheet.creditReviewer')} />
          <SignatureRow post={t('riskClasses.sheet.institutionHead')} />
        </tbody>
      </table>
    </>
  );
}

/** The site month ('yyyy-MM') an instant falls in. */
export function siteMonthOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(instant).slice(0, 7);
}

function WarningSheet({ data }: { data: RiskFormData | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const change = data ? warningChange(data.risk) : null;
  const rows: Row[] = [
    ...useFactsRows(change),
    [t('riskClasses.sheet.assessment'), change ? `${change.reason}（${change.proposedByName}）` : ''],
    [t('riskClasses.sheet.review'), change ? change.reviewedByName : ''],
    [t('riskClasses.sheet.finalPlan'), change ? `${change.decisionNote}（${change.decidedByName} ${formatInstant(change.decidedAt, timeZone)}）` : ''],
    [t('riskClasses.sheet.reportedTo'), ''],
    [t('riskClasses.sheet.enteredInSystem'), ''],
    [t('riskClasses.sheet.result'), ''],
  ];
  return (
    <>
      <h1>{t('riskClasses.sheet.warningTitle')}</h1>
      <SheetHead customerName={data?.customerName ?? ''} dateLabel={t('riskClasses.sheet.detectedOn')} date={change ? formatInstant(change.decidedAt, timeZone) : ''} />
      <RowsTable rows={rows} testId="risk-warning-rows" />
      <table className="credit-print-signatures">
        <tbody>
          <SignatureRow post={t('riskClasses.sheet.manager')} />
          <SignatureRow post={t('riskClasses.sheet.institutionHead')} />
          <SignatureRow post={t('riskClasses.sheet.creditDepartment')} />
        </tbody>
      </table>
    </>
  );
}

function SheetHead({ customerName, dateLabel, date }: { customerName: string; dateLabel: string; date: string }) {
  const { t } = useTranslation();
  const siteInfo = useSessionStore((s) => s.status?.site ?? null);
  const site = siteInfo ? `${siteInfo.name}（${siteInfo.code}）` : '';
  return (
    <p className="credit-print-head">
      {t('credit.sheet.site')}：{site}　{t('credit.sheet.customer')}：{customerName || '＿＿＿＿＿＿＿＿'}　{dateLabel}：{date || '＿＿＿＿＿＿'}
    </p>
  );
}

/**
 * One of the two forms of 三、 on A4 through the credit forms' print sheet (paper-sheet, credit-print): filled
 * from the customer's recorded class history and follow-ups, or blank. The four chains, the reporting and the
 * result are the account manager's own analysis: left as lines to write on.
 */
export function RiskFormPrint({ form, data }: { form: RiskForm; data: RiskFormData | null }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const source = form === 'screening' ? `${RISK_CLASS_PACK_SOURCE} 三(一)1、三(二)1(4)` : `${RISK_CLASS_PACK_SOURCE} 三(二)1(3)`;
  return (
    <div className="paper-sheet credit-print" data-testid={`risk-print-${form}`} data-blank={String(data === null)} aria-hidden="true">
      <section className="credit-print-page">
        {form === 'screening' ? <ScreeningSheet data={data} /> : <WarningSheet data={data} />}
        <p>{t('riskClasses.sheet.basis', { source: cite(source) })}</p>
      </section>
    </div>
  );
}
