import { useTranslation } from 'react-i18next';
import { ERASED_RECORD_TYPES, type DestructionBatch } from '../../../shared/api/privacy-destruction';

/** Formats a moment for the reader, '' for none. */
type At = (iso: string | null) => string;

/** A destruction record's facts: status, who proposed it, how many customers, who approved it and why, what was erased, where. */
function BatchDetails({ batch, at }: { batch: DestructionBatch; at: At }) {
  const { t } = useTranslation();
  return (
    <dl>
      <dt>{t('privacy.destruction.status')}</dt>
      <dd>{t(`privacy.destruction.statuses.${batch.status}`)}</dd>
      <dt>{t('privacy.destruction.proposedBy')}</dt>
      <dd>
        {batch.proposedBy} {at(batch.proposedAt)}
      </dd>
      <dt>{t('privacy.destruction.customers')}</dt>
      <dd>{batch.customerCount}</dd>
      {batch.approvedBy && (
        <>
          <dt>{t('privacy.destruction.approvedBy')}</dt>
          <dd>
            {batch.approvedBy} {at(batch.approvedAt)}
          </dd>
          <dt>{t('privacy.destruction.reason')}</dt>
          <dd>{batch.reason}</dd>
          <dt>{t('privacy.destruction.erased')}</dt>
          <dd>{ERASED_RECORD_TYPES.flatMap((type) => (batch.erasedCounts?.[type] ? [`${t(`privacy.destruction.types.${type}`)} ${batch.erasedCounts[type]}`] : [])).join(t('common.listSeparator'))}</dd>
        </>
      )}
      <dt>{t('privacy.destruction.place')}</dt>
      <dd>{batch.place}</dd>
    </dl>
  );
}

interface DestructionBatchCardProps {
  batch: DestructionBatch;
  at: At;
  /** The approval's reason as typed. */
  reason: string;
  onReason: (reason: string) => void;
  onApprove: () => void;
  onPrint: () => void;
}

/** One destruction record (销毁记录): approved with a reason while proposed, printed once approved. */
export function DestructionBatchCard({ batch, at, reason, onReason, onApprove, onPrint }: DestructionBatchCardProps) {
  const { t } = useTranslation();
  return (
    <section data-testid="destruction-batch">
      <h5>{t('privacy.destruction.recordTitle')}</h5>
      <BatchDetails batch={batch} at={at} />
      {batch.status === 'proposed' ? (
        <form
          className="toolbar no-print"
          onSubmit={(event) => {
            event.preventDefault();
            onApprove();
          }}
        >
          <label>
            {t('privacy.destruction.reason')} <input data-testid="destruction-reason" value={reason} onChange={(e) => onReason(e.target.value)} />
          </label>
          <button type="submit" className="button danger" data-testid="destruction-approve">
            {t('privacy.destruction.approve')}
          </button>
        </form>
      ) : (
        <button type="button" className="button no-print" data-testid="destruction-print" onClick={onPrint}>
          {t('privacy.destruction.print')}
        </button>
      )}
    </section>
  );
}
