import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../../shared/api/credit';
import { CREDIT_CRITERIA, CREDIT_PACK, GRADE_CREDIT, INVESTIGATION_ITEMS } from '../../../../../shared/credit/credit-pack';
import { useCitation } from '../../../../components/SourceCitation';
import { useTimeZone } from '../../../../hooks/use-time-zone';
import { currentLanguage } from '../../../../i18n/i18n';
import { formatCalendarDate } from '../../../../lib/locale-format';
import { formatInstant } from '../../../../lib/zoned-time';
import { useSessionStore } from '../../../../stores/session-store';
import { yuan } from '../credit-form-model';
import './credit-print.css';

/** A signature line: the post, who signed in the app and when (if they did), and a line to sign on. */
export function SignatureRow({ post, signed }: { post: string; signed?: string }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th>{post}</th>
      <td>{signed ?? ''}</td>
      <td className="credit-print-sign">{t('credit.sheet.signature')}：</td>
    </tr>
  );
}

/** The quantities entered, in words, as label and value. */
function factsOf(grading: CreditGrading, t: TFunction): [string, string][] {
  const q = grading.quantities;
  const none = '—';
  return [
    [t('credit.form.cooperationSince'), q.cooperationSince ? formatCalendarDate(q.cooperationSince, currentLanguage()) : none],
    [t('credit.form.lastBreachOn'), q.lastBreachOn ? formatCalendarDate(q.lastBreachOn, currentLanguage()) : none],
    [t('credit.form.goodOperatingYears'), String(q.goodOperatingYears)],
    [t('credit.form.monthsCounted'), String(q.monthsCounted)],
    [t('credit.form.paymentsTotal'), yuan(q.paymentsTotal)],
    [t('credit.form.shipmentsTotal'), yuan(q.shipmentsTotal)],
    [t('credit.form.hadCreditSales'), q.hadCreditSales ? t('credit.sheet.yes') : t('credit.sheet.no')],
    [t('credit.form.existingCreditLimit'), q.existingCreditLimit === null ? none : yuan(q.existingCreditLimit)],
    [t('credit.form.mortgageValue'), q.mortgageValue === null ? none : yuan(q.mortgageValue)],
  ];
}

/** Page 1, 客户信用调查评定表 (第八条–第十条): the investigation points covered, the data entered, the filler's declaration. */
function InvestigationSheet({ grading, site }: { grading: CreditGrading; site: string }) {
  const { t } = useTranslation();
  const q = grading.quantities;
  const facts = factsOf(grading, t);
  return (
    <section className="credit-print-page">
      <h1>{t('credit.sheet.investigationTitle')}</h1>
      <p className="credit-print-head">
        {t('credit.sheet.site')}：{site}　{t('credit.sheet.customer')}：{grading.customerName}　{t('credit.sheet.gradedOn')}：{formatCalendarDate(grading.gradedOn, currentLanguage())}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('credit.sheet.item')}</th>
            <th>{t('credit.sheet.result')}</th>
          </tr>
        </thead>
        <tbody>
          {INVESTIGATION_ITEMS.map(({ item, label }) => (
            <tr key={item}>
              <td>
                {item}. {label.zh}
              </td>
              <td>{q.investigationItems.includes(item) ? t('credit.sheet.collected') : t('credit.sheet.notCollected')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('credit.sheet.quantities')}</h2>
      <table>
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('credit.sheet.filerTruth')}</p>
      <table className="credit-print-signatures">
        <tbody>
          <SignatureRow post={t('credit.sheet.filler')} />
          <SignatureRow post={t('credit.sheet.managerReview')} />
          <SignatureRow post={t('credit.sheet.financeFiling')} />
        </tbody>
      </table>
    </section>
  );
}

/**
 * 客户信用调查评定表 and 客户信用等级分类汇总表 of one grading on A4 (seed002
 * 客户管理制度3 第十条、第十九条): every criterion with its result and section,
 * the grade, the credit and review period, and the signature lines of the posts
 * 第十九条 names — with who took each step in the app. Shown only on paper.
 */
export function CreditGradingPrint({ grading }: { grading: CreditGrading }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const siteInfo = useSessionStore((s) => s.status?.site ?? null);
  const site = siteInfo ? `${siteInfo.name}（${siteInfo.code}）` : '';
  const signed = (step: 'review' | 'approve') => {
    const s = grading.steps.find((x) => x.step === step);
    return s ? `${s.decidedByName} ${t(`credit.decisions.${s.decision}`)} ${formatInstant(s.decidedAt, timeZone)}${s.reason ? `：${s.reason}` : ''}` : undefined;
  };
  return (
    <div className="paper-sheet credit-print" data-testid="credit-print-sheet" aria-hidden="true">
      <InvestigationSheet grading={grading} site={site} />
      <section className="credit-print-page">
        <h1>{t('credit.sheet.summaryTitle')}</h1>
        <p className="credit-print-head">
          {t('credit.sheet.site')}：{site}　{t('credit.sheet.customer')}：{grading.customerName}　{t('credit.sheet.gradedOn')}：{formatCalendarDate(grading.gradedOn, currentLanguage())}
        </p>
        <CriteriaTable grading={grading} />
        <GradeTable grading={grading} />
        <table className="credit-print-signatures">
          <tbody>
            <SignatureRow post={t('credit.sheet.proposer')} signed={`${grading.proposedByName} ${formatInstant(grading.proposedAt, timeZone)}`} />
            <SignatureRow post={t('credit.sheet.salesperson')} />
            <SignatureRow post={t('credit.sheet.creditControl')} />
            <SignatureRow post={t('credit.sheet.vp')} signed={signed('review')} />
            <SignatureRow post={t('credit.sheet.cfo')} />
            <SignatureRow post={t('credit.sheet.gm')} signed={signed('approve')} />
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** Every criterion of 第十条 with its result, its basis (computed, or who judged it) and its section. */
function CriteriaTable({ grading }: { grading: CreditGrading }) {
  const { t } = useTranslation();
  const cite = useCitation();
  return (
    <table className="credit-print-criteria">
      <thead>
        <tr>
          <th>{t('credit.sheet.criterion')}</th>
          <th className="credit-print-result">{t('credit.sheet.result')}</th>
          <th className="credit-print-basis">{t('credit.sheet.basis')}</th>
          <th className="credit-print-cite">{t('credit.sheet.source')}</th>
        </tr>
      </thead>
      <tbody>
        {CREDIT_CRITERIA.map((criterion) => {
          const result = grading.criteria.find((c) => c.id === criterion.id);
          const holds = result?.holds ?? false;
          const judge = grading.judgements.find((j) => j.id === criterion.id);
          return (
            <tr key={criterion.id}>
              <td>
                {criterion.id}. {criterion.label.zh}
              </td>
              <td>{criterion.grade === 'A' ? (holds ? t('credit.form.holds') : t('credit.form.notHolds')) : holds ? t('credit.form.present') : t('credit.form.absent')}</td>
              <td>{result?.basis?.zh ?? (judge ? `${t('credit.sheet.judgedBy')}：${judge.byName}` : '')}</td>
              <td>{cite(criterion.source)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The grade, the credit it gives, the review period, the pack and the reason. */
function GradeTable({ grading }: { grading: CreditGrading }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const rule = GRADE_CREDIT[grading.grade];
  const credit = grading.creditLimit > 0 ? t('credit.limitValue', { amount: yuan(grading.creditLimit), kind: t(`credit.creditKinds.${grading.creditKind}`), days: grading.termDays }) : t('credit.noCredit');
  return (
    <table>
      <tbody>
        <tr>
          <th>{t('credit.sheet.grade')}</th>
          <td>
            <strong>{t(`credit.grades.${grading.grade}`)}</strong>（{cite(rule.source)}）
          </td>
        </tr>
        <tr>
          <th>{t('credit.sheet.credit')}</th>
          <td>{credit}</td>
        </tr>
        <tr>
          <th>{t('credit.sheet.reviewEvery')}</th>
          <td>{t('credit.reviewEvery', { months: grading.reviewMonths })}</td>
        </tr>
        <tr>
          <th>{t('credit.sheet.pack')}</th>
          <td>
            {t('credit.packVersion', { pack: CREDIT_PACK.name.zh, version: grading.packVersion })}（{cite(CREDIT_PACK.source)}）
          </td>
        </tr>
        <tr>
          <th>{t('credit.sheet.reason')}</th>
          <td>{grading.reason}</td>
        </tr>
      </tbody>
    </table>
  );
}
