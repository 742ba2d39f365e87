import type { ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { formatInstant } from '../../../lib/zoned-time';
import { actorText, escalationNote, eventText, reasonText, type TextContext } from '../workflow/workflow-text';

/** The register's lists: handling log, extensions, call-backs (a blank row to fill in when none yet) and escalations. */
export function RegisterRecords({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  return (
    <>
      <HandlingLog complaint={complaint} ctx={ctx} />
      {complaint.workflow.extensions.length > 0 && <Extensions complaint={complaint} ctx={ctx} />}
      <CallBacks complaint={complaint} ctx={ctx} />
      <Escalations complaint={complaint} ctx={ctx} />
    </>
  );
}

/** Column widths by what the column holds ('' takes what is left); paper tables are laid out by their first row. */
type ColumnKind = 'time' | 'person' | 'kind' | 'short' | '';

function Section({ title, head, cols = [], testId, children }: { title: string; head: string[]; cols?: ColumnKind[]; testId?: string; children: ReactNode }) {
  return (
    <section className="register-section" data-testid={testId}>
      <h2>{title}</h2>
      <table className="register-table">
        <colgroup>
          {head.map((h, i) => (
            <col key={h} className={cols[i] ? `register-col-${cols[i]}` : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/** The handling log: each event, when, by whom, what. */
function HandlingLog({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, timeZone } = ctx;
  const w = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <Section title={t('register.handlingLog')} head={[t('workflow.time'), t('workflow.by'), t('workflow.what')]} cols={['time', 'person']}>
      {w.events.map((event) => {
        const text = eventText(event, ctx);
        return (
          <tr key={event.seq}>
            <td className="nowrap">{when(event.at)}</td>
            <td>{actorText(event.byName, t)}</td>
            <td>
              <strong>{text.title}</strong>
              {text.transition && `（${text.transition}）`}
              {text.lines.map((line) => (
                <span key={line.label} className="register-line">
                  {line.label}：{line.value}
                </span>
              ))}
            </td>
          </tr>
        );
      })}
    </Section>
  );
}

/** Each extension asked for, and how it was decided. */
function Extensions({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, timeZone } = ctx;
  const w = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <Section title={t('workflow.extensions')} cols={['kind', '', 'time', 'time', 'short', 'time']} head={[t('workflow.extensionType'), t('workflow.extensionReason'), t('workflow.newDueAt'), t('workflow.requested'), t('workflow.status'), t('workflow.decided')]}>
        {w.extensions.map((x) => (
          <tr key={x.id}>
            <td>{t(`extensionTypes.${x.extensionType}`)}</td>
            <td>{x.reason}</td>
            <td className="nowrap">{when(x.newDueAt)}</td>
            <td>
              {x.requestedByName} {when(x.requestedAt)}
            </td>
            <td>{t(`extensionStatuses.${x.status}`)}</td>
            <td>
              {x.decidedByName ?? ''} {when(x.decidedAt)} {x.decisionNote ?? ''}
            </td>
          </tr>
        ))}
      </Section>
  );
}

/** Each call-back and its answers; a blank row to fill in when none yet. */
function CallBacks({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, timeZone } = ctx;
  const w = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  const yesNo = (value: boolean) => (value ? t('workflow.yes') : t('workflow.no'));
  return (
    <Section
      title={t('workflow.callBacks')}
      testId="register-call-backs"
      cols={['time', 'person', 'short', 'short', 'short', 'short', 'short']}
      head={[t('workflow.time'), t('workflow.by'), t('workflow.callBackMethod'), t('workflow.resolutionAdequate'), t('workflow.timeliness'), t('workflow.attitude'), t('workflow.resultSatisfaction'), t('workflow.otherOpinions')]}
    >
      {w.callBacks.length === 0 ? (
        <tr className="register-blank">
          {Array.from({ length: 8 }, (_, i) => (
            <td key={i} />
          ))}
        </tr>
      ) : (
        w.callBacks.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{when(c.at)}</td>
            <td>{c.byName}</td>
            <td>{t(`callBackMethods.${c.method}`)}</td>
            <td>{yesNo(c.resolutionAdequate)}</td>
            <td>{t(`satisfaction.${c.timeliness}`)}</td>
            <td>{t(`satisfaction.${c.attitude}`)}</td>
            <td>{t(`satisfaction.${c.result}`)}</td>
            <td>{c.otherOpinions ?? ''}</td>
          </tr>
        ))
      )}
    </Section>
  );
}

/** Each escalation, its reason and note. */
function Escalations({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, lang, timeZone } = ctx;
  const w = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <Section title={t('workflow.escalations')} cols={['time', 'person']} head={[t('workflow.time'), t('workflow.by'), t('workflow.escalationReason'), t('workflow.escalationNote')]}>
      {w.escalations.length === 0 ? (
        <tr>
          <td colSpan={4}>{t('complaintDetail.none')}</td>
        </tr>
      ) : (
        w.escalations.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{when(e.at)}</td>
            <td>{actorText(e.byName, t)}</td>
            <td>{reasonText(w.escalationReasons, e.reasonCode, lang)}</td>
            <td>{escalationNote(e, ctx)}</td>
          </tr>
        ))
      )}
    </Section>
  );
}
