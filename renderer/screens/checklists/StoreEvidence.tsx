import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { storeEvidenceItems } from '../../../shared/checklists/store-evidence';
import { errorText } from '../../lib/error-text';

/**
 * The evidence a template takes from this computer's store (issue 19 §4: the personal-information
 * self-check's accounts, sign-ins, access register, destruction records): said once at the top, with
 * 重新统计本机数据 while the record is a draft. Each evidence item itself shows under its check (EvidenceValue).
 */
export function StoreEvidencePanel({ record, refresh }: { record: ChecklistRecord; refresh: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (storeEvidenceItems(record.template).length === 0) return null;
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await refresh();
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" data-testid="store-evidence">
      <h3>{t('checklists.evidence.title')}</h3>
      <p className="muted">{t('checklists.evidence.intro')}</p>
      {record.status === 'draft' && record.may.fill && (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void run()} data-testid="refresh-evidence">
          {busy ? t('checklists.evidence.refreshing') : t('checklists.evidence.refresh')}
        </button>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** One evidence item's value as the core read it: a count or a list of names, never an input. */
export function EvidenceValue({ name, labelledBy, value }: { name: string; labelledBy: string; value: unknown }) {
  const { t } = useTranslation();
  const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : '—';
  return (
    <p className="checklist-evidence" aria-labelledby={labelledBy} data-testid={`evidence-${name}`}>
      <span className="badge">{t('checklists.evidence.fromStore')}</span> {shown}
    </p>
  );
}
