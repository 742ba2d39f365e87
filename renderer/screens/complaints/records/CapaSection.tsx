import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecords } from '../../../../shared/api/case-records';
import { CAPA_SOURCE } from '../../../../shared/domain/case-records';
import { HeadedTable } from '../../../components/HeadedTable';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { AddCapaForm, CompleteCapaForm, VerifyCapaForm } from './CapaForms';
import { useCitation } from '../../../components/SourceCitation';

type Open = { form: 'add' } | { form: 'complete' | 'verify'; id: string } | null;

/** 纠正预防措施: each action with its owner, due time and state; overdue ones are marked and counted. */
export function CapaSection({ complaintId, subjectUserId, records }: { complaintId: string; subjectUserId: string | null; records: CaseRecords }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const overdue = records.capas.filter((c) => c.overdue).length;
  const chosen = open && open.form !== 'add' ? records.capas.find((c) => c.id === open.id) : undefined;

  return (
    <section className="record-section" data-testid="capa-section" aria-labelledby="capa-section-title">
      <div className="record-section-head">
        <h4 id="capa-section-title">{t('caseRecords.capa.title')}</h4>
        <small className="muted">{cite(CAPA_SOURCE)}</small>
      </div>
      {overdue > 0 && (
        <p className="banner banner-error" data-testid="capa-overdue">
          {t('caseRecords.capa.overdueCount', { count: overdue })}
        </p>
      )}
      {records.capas.length === 0 ? (
        <p className="muted">{t('caseRecords.capa.none')}</p>
      ) : (
        <HeadedTable label={t('caseRecords.capa.title')} testId="capa-records" className="record-table" head={[t('caseRecords.capa.action'), t('caseRecords.capa.owner'), t('caseRecords.capa.status'), '']}>
          {records.capas.map((c) => (
            <CapaRow key={c.id} capa={c} onOpen={setOpen} />
          ))}
        </HeadedTable>
      )}
      {records.may.addCapa && (
        <div className="action-buttons">
          <button type="button" className={open?.form === 'add' ? 'button primary' : 'button'} data-testid="capa-add" aria-expanded={open?.form === 'add'} onClick={() => setOpen(open?.form === 'add' ? null : { form: 'add' })}>
            {t('caseRecords.capa.add')}
          </button>
        </div>
      )}
      {open?.form === 'add' && <AddCapaForm complaintId={complaintId} subjectUserId={subjectUserId} onDone={close} onCancel={close} />}
      {open?.form === 'complete' && chosen && <CompleteCapaForm key={chosen.id} complaintId={complaintId} capa={chosen} onDone={close} onCancel={close} />}
      {open?.form === 'verify' && chosen && <VerifyCapaForm key={chosen.id} complaintId={complaintId} capa={chosen} onDone={close} onCancel={close} />}
    </section>
  );
}

/** An action: what and why, its owner and due time (marked when overdue), its state and checks, and what may be done next. */
function CapaRow({ capa: c, onOpen }: { capa: CaseRecords['capas'][number]; onOpen: (open: Open) => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return (
    <tr className={c.overdue ? 'record-pending' : undefined} data-testid="capa-row">
      <td className="record-main">
        <span className="record-line">{c.action}</span>
        <span className="record-note">
          {t('caseRecords.capa.problem')}：{c.problem}
        </span>
        {c.implementationNote && (
          <span className="record-note">
            {t('caseRecords.capa.implementationNote')}：{c.implementationNote}
          </span>
        )}
      </td>
      <td>
        <span className="record-line">{c.ownerName}</span>
        <span className="record-line nowrap">{when(c.dueAt)}</span>
        {c.overdue && (
          <span className="tag tag-escalated" data-testid="capa-overdue-tag">
            {t('caseRecords.capa.overdue')}
          </span>
        )}
      </td>
      <td>
        <span className="nowrap">{t(`caseRecords.capa.statuses.${c.status}`)}</span>
        {c.reopenCount > 0 && <small className="record-time">{t('caseRecords.capa.reopened', { count: c.reopenCount })}</small>}
        {c.verifications.map((v, index) => (
          <span key={index} className="record-note">
            {v.byName} {when(v.at)} {v.effective ? t('caseRecords.capa.effective') : t('caseRecords.capa.notEffective')}：{v.note}
          </span>
        ))}
      </td>
      <td className="record-row-actions">
        {c.mayComplete && (
          <button type="button" className="button" data-testid="capa-complete" onClick={() => onOpen({ form: 'complete', id: c.id })}>
            {t('caseRecords.capa.complete')}
          </button>
        )}
        {c.mayVerify && (
          <button type="button" className="button" data-testid="capa-verify" onClick={() => onOpen({ form: 'verify', id: c.id })}>
            {t('caseRecords.capa.verify')}
          </button>
        )}
      </td>
    </tr>
  );
}
