import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { DetailItem as Item } from './DetailItem';
import { pick } from '../settings/rule-pack-text';
import { reasonText } from './workflow/workflow-text';
import { useCitation } from '../../components/SourceCitation';

/** 办理情况: validity, the solution (解决人/解决措施/解决时限), the result and how the customer was told; parts not reached yet are left out. */
export function HandlingSummary({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const w = complaint.workflow;
  const runningPause = w.pauses.at(-1)?.to === null ? w.pauses.at(-1) : undefined;
  return (
    <section className="panel handling-summary" data-testid="handling-summary" aria-labelledby="handling-summary-title">
      <h3 id="handling-summary-title">{t('complaintDetail.handling')}</h3>
      <dl className="details">
        <Item label={t('complaintDetail.validity')} testId="detail-validity">
          {t(`validity.${w.validity}`)}
          {w.invalidReason && <span className="muted"> · {reasonText(w.invalidReasons, w.invalidReason, i18n.language)}</span>}
        </Item>
        {runningPause && (
          <Item label={t('workflow.pausedNow')} testId="detail-paused">
            {t(`pauseReasons.${runningPause.reason}`)}
            <span className="muted"> · {t('workflow.pausedFrom')} {formatInstant(runningPause.from, timeZone)}</span>
          </Item>
        )}
        {w.solution && (
          <>
            <Item label={t('complaintDetail.resolver')}>{w.solution.resolverName}</Item>
            <Item label={t('complaintDetail.solutionDue')}>{formatInstant(w.solution.dueAt, timeZone)}</Item>
            <Item label={t('complaintDetail.measures')} wide testId="detail-measures">
              <p className="content-text">{w.solution.measures}</p>
            </Item>
          </>
        )}
        {w.result && (
          <Item label={complaint.kind === 'complaint' ? t('complaintDetail.result') : t('workflow.answerText')} wide testId="detail-result">
            <p className="content-text">{w.result}</p>
          </Item>
        )}
        {w.replyMethod && <Item label={t('complaintDetail.replyMethod')}>{t(`replyMethods.${w.replyMethod}`)}</Item>}
        {w.customerInformedAt && <Item label={t('complaintDetail.customerInformedAt')}>{formatInstant(w.customerInformedAt, timeZone)}</Item>}
        {w.closedAt && <Item label={t('complaintDetail.closedAt')}>{formatInstant(w.closedAt, timeZone)}</Item>}
        <OverdueItems complaint={complaint} />
      </dl>
    </section>
  );
}

/**
 * 超时情况 (issue 17 §1.1): the limit the case ran past (kept, so it counts as overdue whatever followed), a
 * plan recorded late and by whom, the delay told to the customer with their answer (篇6 第三十一条), and the
 * consequence its cause carries (篇5 6.3).
 */
function OverdueItems({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const { overdue, consequences } = complaint.workflow;
  return (
    <>
      {overdue.limitMissedAt && (
        <Item label={t('overdueFacts.limitMissed')} testId="detail-limit-missed">
          <span className="overdue">{formatInstant(overdue.limitMissedAt, timeZone)}</span>
          <span className="muted"> · {t('overdueFacts.limitMissedHint')}</span>
        </Item>
      )}
      {overdue.latePlan && (
        <Item label={t('overdueFacts.latePlan')} testId="detail-late-plan">
          {t('overdueFacts.byAt', { name: overdue.latePlan.byName, at: formatInstant(overdue.latePlan.at, timeZone) })}
        </Item>
      )}
      {overdue.delayExplained && (
        <Item label={t('overdueFacts.delayExplained')} testId="detail-delay-explained">
          {overdue.delayExplained.agreed ? t('overdueFacts.agreed') : t('overdueFacts.notAgreed')}
          <span className="muted"> · {formatInstant(overdue.delayExplained.at, timeZone)}</span>
        </Item>
      )}
      {consequences.map((c) => (
        <Item key={c.articleCode} label={t('consequences.title')} wide testId="detail-consequence">
          {pick(c.label, i18n.language)} <small className="grade-source">{cite(c.source)}</small>
          <span className={c.met ? 'muted' : 'overdue'}> · {c.met ? t('consequences.met') : t('consequences.pending')}</span>
        </Item>
      ))}
    </>
  );
}
