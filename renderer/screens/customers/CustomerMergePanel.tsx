import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFile, CustomerSummary } from '../../../shared/api/customers';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useCustomersStore } from '../../stores/customers-store';

/**
 * 合并重复档案 (issue 19 §1): find the duplicate of this file by name or phone,
 * say why, confirm; its complaints and follow-ups move here and it leaves the
 * search. Only for those who may correct customer files.
 */
export function CustomerMergePanel({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const merge = useCustomersStore((s) => s.merge);
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<CustomerSummary[] | null>(null);
  const [picked, setPicked] = useState<CustomerSummary | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const showFound = (rows: CustomerSummary[]) => {
    setError(null);
    setPicked(null);
    setFound(rows.filter((row) => row.id !== file.id));
  };
  const run = async () => {
    setConfirming(false);
    if (!picked) return;
    try {
      const duplicate = await api.call('customers.get', { id: picked.id });
      await merge({ keepId: file.id, keepVersion: file.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version, reason });
      setOpen(false);
      setFound(null);
      setPicked(null);
      setReason('');
    } catch (err) {
      setError(err);
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" data-testid="customer-merge-open" onClick={() => setOpen(true)}>
        {t('customerMerge.open')}
      </button>
    );
  }
  return (
    <section className="customer-file-section" data-testid="customer-merge" aria-label={t('customerMerge.title')}>
      <h3>{t('customerMerge.title')}</h3>
      <p className="field-hint">{t('customerMerge.hint', { name: file.name })}</p>
      <MergeSearch onFound={showFound} onError={setError} onClose={() => setOpen(false)} />
      {found && <MergeCandidates found={found} picked={picked} onPick={setPicked} />}
      {picked && <MergeReason reason={reason} onChange={setReason} onSubmit={() => setConfirming(true)} />}
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {confirming && picked && (
        <ConfirmDialog
          title={t('customerMerge.confirmTitle')}
          consequences={[t('customerMerge.confirmMoves', { from: picked.name, to: file.name, n: picked.complaintCount }), t('customerMerge.confirmFinal')]}
          confirmLabel={t('customerMerge.submit')}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

/** The other file, found by name or phone through the same search as intake's. */
function MergeSearch({ onFound, onError, onClose }: { onFound: (rows: CustomerSummary[]) => void; onError: (error: unknown) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      onFound(await api.call('customers.search', { query, limit: 20 }));
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form className="toolbar" onSubmit={(e) => void search(e)}>
      <label>
        {t('customerMerge.search')} <input value={query} onChange={(e) => setQuery(e.target.value)} maxLength={100} size={24} data-testid="customer-merge-query" />
      </label>
      <button type="submit" className="button" disabled={query.trim() === ''} data-testid="customer-merge-search">
        {t('customerMerge.find')}
      </button>
      <button type="button" className="button ghost" onClick={onClose}>
        {t('customerMerge.close')}
      </button>
    </form>
  );
}

function MergeCandidates({ found, picked, onPick }: { found: CustomerSummary[]; picked: CustomerSummary | null; onPick: (customer: CustomerSummary) => void }) {
  const { t } = useTranslation();
  if (found.length === 0) return <p className="muted">{t('customerMerge.noneFound')}</p>;
  return (
    <ul className="customer-list" data-testid="customer-merge-candidates">
      {found.map((c) => (
        <li key={c.id}>
          <label>
            <input type="radio" name="merge-duplicate" checked={picked?.id === c.id} onChange={() => onPick(c)} data-testid="customer-merge-candidate" />{' '}
            {c.name} {c.phone ? `· ${c.phone}` : ''} · {t('customerMerge.records', { n: c.complaintCount })}
          </label>
        </li>
      ))}
    </ul>
  );
}

function MergeReason({ reason, onChange, onSubmit }: { reason: string; onChange: (reason: string) => void; onSubmit: () => void }) {
  const { t } = useTranslation();
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label className="field">
        {t('customerMerge.reason')}
        <input value={reason} onChange={(e) => onChange(e.target.value)} maxLength={500} required minLength={4} size={40} data-testid="customer-merge-reason" />
      </label>
      <button type="submit" className="button primary" disabled={reason.trim().length < 4} data-testid="customer-merge-submit">
        {t('customerMerge.submit')}
      </button>
    </form>
  );
}

/** On a merged duplicate: where its record went, and the way there. */
export function MergedNotice({ file, onOpen }: { file: CustomerFile; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (!file.mergedInto) return null;
  return (
    <div className="notice" role="status" data-testid="customer-merged-into">
      {t('customerMerge.mergedInto', { name: file.mergedInto.name, reason: file.mergedInto.reason })}{' '}
      <button type="button" className="button" onClick={() => onOpen(file.mergedInto!.id)} data-testid="customer-merged-open">
        {t('customerMerge.openKept')}
      </button>
    </div>
  );
}
