import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ERASED_RECORD_TYPES, type DestructionBatch, type ExpiredCustomer } from '../../../shared/api/privacy-destruction';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';
import { DestructionRecordPrint } from './print/DestructionRecordPrint';
import { RetentionRules } from './RetentionRules';

/**
 * 个人信息销毁 for the station lead: the customers whose retention has expired (shared/privacy/retention.ts),
 * proposed as a batch, approved with a reason, and the destruction records (销毁记录, seed002
 * 客户管理制度1 第二十六条) to print (第三十七条: every bulk destruction reviewed and registered).
 */
export function DestructionPanel() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [expired, setExpired] = useState<ExpiredCustomer[]>([]);
  const [batches, setBatches] = useState<DestructionBatch[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [printed, setPrinted] = useState<DestructionBatch | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  // Print after the sheet has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);
  const at = (iso: string | null) => (iso ? formatMoment(iso, currentLanguage(), timeZone) : '');

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

  return (
    <div className="panel" data-testid="destruction" ref={panel}>
      <h3>{t('privacy.destruction.title')}</h3>
      <p className="field-hint">{t('privacy.destruction.intro')}</p>
      <RetentionRules onChanged={() => void load()} />
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <h4>{t('privacy.destruction.expired')}</h4>
      {expired.length === 0 && <p className="muted">{t('privacy.destruction.noneExpired')}</p>}
      {expired.length > 0 && (
        <ul data-testid="destruction-expired">
          {expired.map((customer) => (
            <li key={customer.customerId}>
              <label>
                <input type="checkbox" data-testid="destruction-choose" checked={chosen.has(customer.customerId)} onChange={() => toggle(customer.customerId)} /> {customer.name}{' '}
                <span className="muted">{t('privacy.destruction.lastActivity', { at: at(customer.lastActivityAt) })}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" data-testid="destruction-propose" disabled={chosen.size === 0} onClick={() => void act(() => api.call('privacy.proposeDestruction', { customerIds: [...chosen] }))}>
        {t('privacy.destruction.propose', { count: chosen.size })}
      </button>
      <h4>{t('privacy.destruction.records')}</h4>
      {batches.map((batch) => (
        <section key={batch.id} data-testid="destruction-batch">
          <h5>{t('privacy.destruction.recordTitle')}</h5>
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
          {batch.status === 'proposed' ? (
            <form
              className="toolbar no-print"
              onSubmit={(event) => {
                event.preventDefault();
                void act(() => api.call('privacy.approveDestruction', { batchId: batch.id, reason: reasons[batch.id] ?? '' }));
              }}
            >
              <label>
                {t('privacy.destruction.reason')} <input data-testid="destruction-reason" value={reasons[batch.id] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [batch.id]: e.target.value }))} />
              </label>
              <button type="submit" className="button danger" data-testid="destruction-approve">
                {t('privacy.destruction.approve')}
              </button>
            </form>
          ) : (
            <button
              type="button"
              className="button no-print"
              data-testid="destruction-print"
              onClick={() => {
                setPrinted(batch);
                setPrintRequest((n) => n + 1);
              }}
            >
              {t('privacy.destruction.print')}
            </button>
          )}
        </section>
      ))}
      {/* The sheet sits directly in the page, where the print style sheet (renderer/styles/paper.css) shows it alone. */}
      {printed && createPortal(<DestructionRecordPrint batch={printed} />, panel.current?.closest('.page') ?? document.body)}
    </div>
  );
}
