import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { DetailItem as Item } from './DetailItem';
import { reasonText } from './workflow/workflow-text';

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
      </dl>
    </section>
  );
}
