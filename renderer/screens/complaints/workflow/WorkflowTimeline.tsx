import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { formatInstant } from '../../../lib/zoned-time';
import { useTextContext } from './use-text-context';
import { actorText, eventText } from './workflow-text';

/** 处理过程: every step taken on the record, oldest first — when, who, what, and what it recorded. */
export function WorkflowTimeline({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const ctx = useTextContext(complaint);
  const { events } = complaint.workflow;
  return (
    <section className="panel workflow-timeline" data-testid="workflow-timeline" aria-labelledby="workflow-timeline-title">
      <h3 id="workflow-timeline-title">{t('workflow.timeline')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('workflow.noEvents')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => {
            const text = eventText(event, ctx);
            return (
              <li key={event.seq} className="timeline-event" data-testid="timeline-event" data-action={event.action}>
                <div className="timeline-head">
                  <time dateTime={event.at} className="nowrap">
                    {formatInstant(event.at, ctx.timeZone)}
                  </time>
                  <span className="timeline-who">{actorText(event.byName, t)}</span>
                  <strong className="timeline-what">{text.title}</strong>
                  {text.transition && <span className="timeline-transition">{text.transition}</span>}
                </div>
                {text.lines.length > 0 && (
                  <dl className="timeline-lines">
                    {text.lines.map((line) => (
                      <div key={line.label}>
                        <dt>{line.label}</dt>
                        <dd>{line.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
