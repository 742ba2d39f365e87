import { HeadedTable } from '../../../components/HeadedTable';
import type { ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { formatInstant } from '../../../lib/zoned-time';
import { useTextContext } from './use-text-context';
import { actorText, reasonText } from './workflow-text';

/** Extensions, call-backs and escalations as small tables; a kind with no records is left out. */
export function WorkflowRecords({ complaint }: { complaint: ComplaintDetail }) {
  const { t, lang, timeZone } = useTextContext(complaint);
  const { extensions, callBacks, escalations, escalationReasons } = complaint.workflow;
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <>
      {extensions.length > 0 && (
        <RecordTable
          testId="extension-records"
          title={t('workflow.extensions')}
          head={[t('workflow.extensionType'), t('workflow.extensionReason'), t('workflow.newDueAt'), t('workflow.customerConsentAt'), t('workflow.requested'), t('workflow.status'), t('workflow.decided')]}
        >
          {extensions.map((x) => (
            <tr key={x.id} className={x.status === 'pending' ? 'record-pending' : undefined}>
              <td className="nowrap">{t(`extensionTypes.${x.extensionType}`)}</td>
              <td>{x.reason}</td>
              <td className="nowrap">{when(x.newDueAt)}</td>
              <td className="nowrap">{when(x.customerConsentAt)}</td>
              <td>
                {x.requestedByName}
                <small className="record-time">{when(x.requestedAt)}</small>
              </td>
              <td className="nowrap">{t(`extensionStatuses.${x.status}`)}</td>
              <td>
                {x.decidedByName}
                {x.decidedAt && <small className="record-time">{when(x.decidedAt)}</small>}
                {x.decisionNote && <span className="record-note">{x.decisionNote}</span>}
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
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
      {escalations.length > 0 && (
        <RecordTable testId="escalation-records" title={t('workflow.escalations')} head={[t('workflow.time'), t('workflow.by'), t('workflow.escalationReason'), t('workflow.escalationNote')]}>
          {escalations.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{when(e.at)}</td>
              <td>{actorText(e.byName, t)}</td>
              <td>{reasonText(escalationReasons, e.reasonCode, lang)}</td>
              <td>{e.note}</td>
            </tr>
          ))}
        </RecordTable>
      )}
    </>
  );
}

function RecordTable({ title, head, testId, children }: { title: string; head: string[]; testId: string; children: ReactNode }) {
  return (
    <section className="panel workflow-records" data-testid={testId}>
      <h3>{title}</h3>
      <HeadedTable head={head}>{children}</HeadedTable>
    </section>
  );
}
