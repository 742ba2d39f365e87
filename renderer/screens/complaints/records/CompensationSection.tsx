import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecords, Compensation } from '../../../../shared/api/case-records';
import { COMPENSATION_TYPE_INFO, LATE_DELIVERY_SOURCE } from '../../../../shared/domain/case-records';
import { HeadedTable } from '../../../components/HeadedTable';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { DecideCompensationForm, DeliverCompensationForm } from './CompensationDecisionForms';
import { CompensationForm } from './CompensationForm';
import { compensationParts } from './record-text';
import { useCitation } from '../../../components/SourceCitation';

type Open = { form: 'add' } | { form: 'decide' | 'deliver'; id: string } | null;

/**
 * 补偿: what was offered (篇1 9.2, 篇4 第十八条, 篇5 6.4), quantities and amounts,
 * the company's approval where the rules require it, and delivery — late or
 * overdue delivery marked, being itself a complaint (篇1 10.1.2.2 c)).
 */
export function CompensationSection({ complaintId, records }: { complaintId: string; records: CaseRecords }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const pending = records.compensations.some((c) => c.status === 'pending_approval');
  const chosen = open && open.form !== 'add' ? records.compensations.find((c) => c.id === open.id) : undefined;

  return (
    <section className="record-section" data-testid="compensation-section" aria-labelledby="compensation-section-title">
      <div className="record-section-head">
        <h4 id="compensation-section-title">{t('caseRecords.compensation.title')}</h4>
      </div>
      {pending && (
        <p className="banner banner-hint" data-testid="compensation-blocks-close">
          {t('caseRecords.compensation.blocksClose')}
        </p>
      )}
      {records.compensations.length === 0 ? (
        <p className="muted">{t('caseRecords.compensation.none')}</p>
      ) : (
        <HeadedTable label={t('caseRecords.compensation.title')} testId="compensation-records" className="record-table" head={[t('caseRecords.compensation.type'), t('caseRecords.compensation.status'), t('caseRecords.compensation.deliveredAt'), '']}>
          {records.compensations.map((c) => (
            <CompensationRow key={c.id} c={c} onOpen={setOpen} />
          ))}
        </HeadedTable>
      )}
      {records.may.addCompensation && (
        <div className="action-buttons">
          <button type="button" className={open?.form === 'add' ? 'button primary' : 'button'} data-testid="compensation-add" aria-expanded={open?.form === 'add'} onClick={() => setOpen(open?.form === 'add' ? null : { form: 'add' })}>
            {t('caseRecords.compensation.add')}
          </button>
        </div>
      )}
      {open?.form === 'add' && <CompensationForm complaintId={complaintId} records={records} onDone={close} onCancel={close} />}
      {open?.form === 'decide' && chosen && <DecideCompensationForm key={chosen.id} complaintId={complaintId} compensation={chosen} onDone={close} onCancel={close} />}
      {open?.form === 'deliver' && chosen && <DeliverCompensationForm key={chosen.id} complaintId={complaintId} compensation={chosen} onDone={close} onCancel={close} />}
    </section>
  );
}

/** The kit every cell uses: the translator, the language, citations and times in the site's zone. */
function useRowKit() {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  return { t, lang: i18n.language, cite, when };
}

/** One compensation: what, its approval, its delivery, and the buttons for the next step. */
function CompensationRow({ c, onOpen }: { c: Compensation; onOpen: (open: Open) => void }) {
  const { t, lang, cite, when } = useRowKit();
  return (
    <tr className={c.status === 'pending_approval' || c.deliveryOverdue ? 'record-pending' : undefined} data-testid="compensation-row">
      <td className="record-main">
        {compensationParts(c, t, lang).map((part) => (
          <span key={part} className="record-line">
            {part}
          </span>
        ))}
        {c.description && <span className="record-note">{c.description}</span>}
        {c.specialCaseNote && <span className="record-note">{c.specialCaseNote}</span>}
        <small className="record-time">
          {cite(COMPENSATION_TYPE_INFO[c.type].source)} · {c.requestedByName} {when(c.requestedAt)}
        </small>
      </td>
      <td data-testid="compensation-status">
        <span className="nowrap">{t(`caseRecords.compensation.statuses.${c.status}`)}</span>
        {c.approvalBasis && <small className="record-time">{c.approvalBasis === 'requested' ? t('caseRecords.compensation.basisRequested') : cite(c.approvalBasis)}</small>}
        {c.decidedByName && (
          <span className="record-note">
            {c.decidedByName} {when(c.decidedAt)}
            {c.decisionNote ? `：${c.decisionNote}` : ''}
          </span>
        )}
      </td>
      <DeliveryCell c={c} />
      <td className="record-row-actions">
        {c.mayDecide && (
          <button type="button" className="button" data-testid="compensation-decide" onClick={() => onOpen({ form: 'decide', id: c.id })}>
            {t('caseRecords.compensation.decide')}
          </button>
        )}
        {c.mayDeliver && (
          <button type="button" className="button" data-testid="compensation-deliver" onClick={() => onOpen({ form: 'deliver', id: c.id })}>
            {t('caseRecords.compensation.deliver')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** When it is to be and was delivered; late or overdue delivery marked, itself a complaint (篇1 10.1.2.2 c)). */
function DeliveryCell({ c }: { c: Compensation }) {
  const { t, cite, when } = useRowKit();
  return (
    <td>
      {c.deliverBy && (
        <span className="record-line">
          {t('caseRecords.compensation.deliverBy')}：<span className="nowrap">{when(c.deliverBy)}</span>
        </span>
      )}
      {c.deliveredAt && (
        <span className="record-line">
          {t('caseRecords.compensation.deliveredAt')}：<span className="nowrap">{when(c.deliveredAt)}</span>
        </span>
      )}
      {(c.deliveryOverdue || c.deliveredLate) && (
        <>
          <span className="tag tag-escalated" data-testid="compensation-late">
            {c.deliveryOverdue ? t('caseRecords.compensation.overdue') : t('caseRecords.compensation.late')}
          </span>
          <small className="record-time">{t('caseRecords.compensation.lateSource', { source: cite(LATE_DELIVERY_SOURCE) })}</small>
        </>
      )}
    </td>
  );
}
