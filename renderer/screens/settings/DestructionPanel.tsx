import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DestructionBatch, ExpiredCustomer } from '../../../shared/api/privacy-destruction';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';
import { DestructionBatchCard } from './DestructionBatchCard';
import { DestructionRecordPrint } from './print/DestructionRecordPrint';
import { RetentionRules } from './RetentionRules';

/** The expired customers and the destruction records, reloaded after each action; the customers chosen for a batch. */
function useDestruction() {
  const [expired, setExpired] = useState<ExpiredCustomer[]>([]);
  const [batches, setBatches] = useState<DestructionBatch[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [customers, records] = await Promise.all([api.call('privacy.expiredCustomers', {}), api.call('privacy.destructionBatches', {})]);
      setExpired(customers);
      setBatches(records);
      setChosen(new Set());
    } catch (error) {
      setFailure(error);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const act = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
      await load();
    } catch (error) {
      setFailure(error);
    }
  };
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { expired, batches, chosen, failure, load, act, toggle };
}

/** The customers whose retention has expired, each with a box to choose it for the batch. */
function ExpiredList({ expired, chosen, onToggle, at }: { expired: ExpiredCustomer[]; chosen: Set<string>; onToggle: (id: string) => void; at: (iso: string | null) => string }) {
  const { t } = useTranslation();
  if (expired.length === 0) return <p className="muted">{t('privacy.destruction.noneExpired')}</p>;
  return (
    <ul data-testid="destruction-expired">
      {expired.map((customer) => (
        <li key={customer.customerId}>
          <label>
            <input type="checkbox" data-testid="destruction-choose" checked={chosen.has(customer.customerId)} onChange={() => onToggle(customer.customerId)} /> {customer.name}{' '}
            <span className="muted">{t('privacy.destruction.lastActivity', { at: at(customer.lastActivityAt) })}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** The destruction record to print, and a print once the sheet has rendered. */
function usePrintRequest() {
  const [printed, setPrinted] = useState<DestructionBatch | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  // Print after the sheet has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);
  const print = (batch: DestructionBatch) => {
    setPrinted(batch);
    setPrintRequest((n) => n + 1);
  };
  return { printed, print };
}

/**
 * 个人信息销毁 for the station lead: the customers whose retention has expired (shared/privacy/retention.ts),
 * proposed as a batch, approved with a reason, and the destruction records (销毁记录, seed002
 * 客户管理制度1 第二十六条) to print (第三十七条: every bulk destruction reviewed and registered).
 */
export function DestructionPanel() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { expired, batches, chosen, failure, load, act, toggle } = useDestruction();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const { printed, print } = usePrintRequest();
  const panel = useRef<HTMLDivElement>(null);
  const at = (iso: string | null) => (iso ? formatMoment(iso, currentLanguage(), timeZone) : '');

  return (
    <div className="panel" data-testid="destruction" ref={panel}>
      <h3>{t('privacy.destruction.title')}</h3>
      <p className="field-hint">{t('privacy.destruction.intro')}</p>
      <RetentionRules onChanged={() => void load()} />
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <h4>{t('privacy.destruction.expired')}</h4>
      <ExpiredList expired={expired} chosen={chosen} onToggle={toggle} at={at} />
      <button type="button" className="button" data-testid="destruction-propose" disabled={chosen.size === 0} onClick={() => void act(() => api.call('privacy.proposeDestruction', { customerIds: [...chosen] }))}>
        {t('privacy.destruction.propose', { count: chosen.size })}
      </button>
      <h4>{t('privacy.destruction.records')}</h4>
      {batches.map((batch) => (
        <DestructionBatchCard
          key={batch.id}
          batch={batch}
          at={at}
          reason={reasons[batch.id] ?? ''}
          onReason={(reason) => setReasons((r) => ({ ...r, [batch.id]: reason }))}
          onApprove={() => void act(() => api.call('privacy.approveDestruction', { batchId: batch.id, reason: reasons[batch.id] ?? '' }))}
          onPrint={() => print(batch)}
        />
      ))}
      {/* The sheet sits directly in the page, where the print style sheet (renderer/styles/paper.css) shows it alone. */}
      {printed && createPortal(<DestructionRecordPrint batch={printed} />, panel.current?.closest('.page') ?? document.body)}
    </div>
  );
}
