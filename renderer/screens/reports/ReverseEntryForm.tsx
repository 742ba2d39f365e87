import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../shared/api/sanction-ledger';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';

/**
 * 冲销: the ledger is append-only, so a wrong entry is corrected by a
 * reversing entry with the reason; the core refuses a second reversal and the
 * reversal of a reversal with their reasons, shown here.
 */
export function ReverseEntryForm({ entry, onDone, onCancel }: { entry: LedgerEntry; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(new Error(t('sanctions.reverse.reasonRequired')));
      return;
    }
    setBusy(true);
    try {
      await api.call('sanctionLedger.reverse', { entryId: entry.id, reason: reason.trim() });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const who = entry.target === 'unit' ? `${entry.unit ?? ''}${t('sanctions.rollup.unitTarget')}` : (entry.personName ?? '');
  return (
    <form className="card no-print" onSubmit={(e) => void submit(e)} data-testid="reverse-form">
      <p>{t('sanctions.reverse.what', { serial: entry.serial, who, amount: entry.amount.toFixed(2), points: entry.points })}</p>
      <label>
        {t('sanctions.reverse.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} data-testid="reverse-reason" />
      </label>
      {error !== null && <ErrorBanner messages={[error instanceof Error && !('code' in error) ? error.message : errorText(error, t)]} />}
      <div className="toolbar">
        <button type="submit" className="button primary" disabled={busy} data-testid="reverse-submit">
          {t('sanctions.reverse.submit')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('sanctions.reverse.cancel')}
        </button>
      </div>
    </form>
  );
}
