import { useState, type ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { Escalation, Extension } from '../../../../shared/api/workflow';
import { HeadedTable } from '../../../components/HeadedTable';
import { citationText } from '../../../../shared/sources/citation';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';
import { ExtensionFormPrint } from '../print/ExtensionFormPrint';
import { printExtensionForm } from '../print/print-extension';
import { useTextContext } from './use-text-context';
import { actorText, escalationNote, reasonText, type TextContext } from './workflow-text';

/** Extensions, call-backs and escalations as small tables; a kind with no records is left out. */
export function WorkflowRecords({ complaint }: { complaint: ComplaintDetail }) {
  const ctx = useTextContext(complaint);
  const { t, timeZone, lang } = ctx;
  const { extensions, callBacks } = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  const spot = complaint.workflow.onTheSpot;
  return (
    <>
      {spot && (
        <RecordTable testId="on-the-spot-record" title={t('workflow.onSpotTitle')} head={[t('workflow.onSpotAnsweredAt'), t('workflow.onSpotAnsweredBy'), t('workflow.onSpotExplanation'), t('workflow.onSpotSource')]}>
          <tr>
            <td className="nowrap">{when(spot.at)}</td>
            <td>{spot.byName}</td>
            <td>{spot.explanation}</td>
            <td>{citationText(spot.source, lang)}</td>
          </tr>
        </RecordTable>
      )}
      {extensions.length > 0 && <ExtensionRecords complaint={complaint} ctx={ctx} />}
      {callBacks.length > 0 && (
        <RecordTable
          testId="call-back-records"
          title={t('workflow.callBacks')}
          head={[t('workflow.time'), t('workflow.by'), t('workflow.callBackMethod'), t('workflow.resolutionAdequate'), t('workflow.timeliness'), t('workflow.attitude'), t('workflow.resultSatisfaction'), t('workflow.otherOpinions'), t('workflow.outcome')]}
        >
          {callBacks.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">{when(c.at)}</td>
              <td>{c.byName}</td>
              <td>{t(`callBackMethods.${c.method}`)}</td>
              <td>{c.resolutionAdequate ? t('workflow.yes') : t('workflow.no')}</td>
              <td>{t(`satisfaction.${c.timeliness}`)}</td>
              <td>{t(`satisfaction.${c.attitude}`)}</td>
              <td>{t(`satisfaction.${c.result}`)}</td>
              <td>{c.otherOpinions ?? ''}</td>
              <td>{c.satisfied ? t('workflow.satisfied') : t('workflow.dissatisfied')}</td>
            </tr>
          ))}
        </RecordTable>
      )}
      {complaint.workflow.escalations.length > 0 && <EscalationRecords complaint={complaint} ctx={ctx} />}
    </>
  );
}

/** 延期记录, with how each took effect (approval, or the customer's consent and the call within 3 minutes) and its printable application. */
function ExtensionRecords({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, timeZone } = ctx;
  const { extensions } = complaint.workflow;
  const [printing, setPrinting] = useState<Extension | null>(null);
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <>
      <RecordTable
        testId="extension-records"
        title={t('workflow.extensions')}
        head={[t('workflow.extensionType'), t('workflow.extensionReason'), t('workflow.newDueAt'), t('workflow.customerConsentAt'), t('workflow.requested'), t('workflow.status'), t('workflow.decided'), '']}
      >
        {extensions.map((x) => (
          <tr key={x.id} className={x.status === 'pending' ? 'record-pending' : undefined} data-testid={`extension-${x.id}`}>
            <td className="nowrap">{t(`extensionTypes.${x.extensionType}`)}</td>
            <td>{x.reason}</td>
            <td className="nowrap">{when(x.newDueAt)}</td>
            <td>
              {when(x.customerConsentAt)}
              {x.consentMethod && <small className="record-time">{t(`replyMethods.${x.consentMethod}`)}</small>}
              {x.callCentreToldAt && (
                <small className={x.noticeLate ? 'record-time overdue' : 'record-time'} data-testid="extension-notice">
                  {t('workflow.callCentreToldAt', { to: '' })} {when(x.callCentreToldAt)}
                  {x.noticeLate && x.noticeDueAt ? `（${t('workflow.noticeLate', { due: when(x.noticeDueAt) })}）` : ''}
                </small>
              )}
            </td>
            <td>
              {x.requestedByName}
              <small className="record-time">{when(x.requestedAt)}</small>
            </td>
            <td className="nowrap">
              {t(`extensionStatuses.${x.status}`)}
              <small className="record-time">{t(`extensionEffect.${x.takesEffectBy}`)}</small>
            </td>
            <td>
              {x.decidedByName}
              {x.decidedAt && <small className="record-time">{when(x.decidedAt)}</small>}
              {x.decisionNote && <span className="record-note">{x.decisionNote}</span>}
            </td>
            <td>
              <button type="button" className="button small" data-testid={`print-extension-${x.id}`} onClick={() => printExtensionForm(() => setPrinting(x))}>
                {t('workflow.printExtension')}
              </button>
            </td>
          </tr>
        ))}
      </RecordTable>
      {printing && <ExtensionFormPrint complaint={complaint} extension={extensions.find((x) => x.id === printing.id) ?? printing} />}
    </>
  );
}

/** 升级记录, with the rule that escalated the case and whom it must be told to (the notifications inbox picks these up). */
function EscalationRecords({ complaint, ctx }: { complaint: ComplaintDetail; ctx: TextContext }) {
  const { t, lang, timeZone } = ctx;
  const { escalations, escalationReasons } = complaint.workflow;
  const notify = (e: Escalation) =>
    e.notify.map((n) => `${pick(n.party, lang)}${n.confirmByPhone ? `（${t('escalationInfo.confirmByPhone')}）` : ''}`).join('、');
  return (
    <RecordTable
      testId="escalation-records"
      title={t('workflow.escalations')}
      head={[t('workflow.time'), t('workflow.by'), t('workflow.escalationReason'), t('workflow.escalationNote'), t('escalationInfo.notify')]}
    >
      {escalations.map((e) => (
        <tr key={e.id}>
          <td className="nowrap">{formatInstant(e.at, timeZone)}</td>
          <td>{actorText(e.byName, t)}</td>
          <td>
            {reasonText(escalationReasons, e.reasonCode, lang)}
            {e.source && <small className="record-time">{citationText(e.source, lang)}</small>}
          </td>
          <td>{escalationNote(e, ctx)}</td>
          <td data-testid="escalation-notify">{notify(e)}</td>
        </tr>
      ))}
    </RecordTable>
  );
}

function RecordTable({ title, head, testId, children }: { title: string; head: string[]; testId: string; children: ReactNode }) {
  return (
    <section className="panel workflow-records" data-testid={testId}>
      <h3>{title}</h3>
      <HeadedTable label={title} head={head}>{children}</HeadedTable>
    </section>
  );
}
