import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../shared/api/sync';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { useSyncStore } from '../../stores/sync-store';
import { useSitePack } from '../complaints/grading/use-site-pack';
import { classLabel } from '../settings/rule-pack-text';

/** Head-office decisions that met a site change: a person keeps one side, conflict by conflict. */
export function ConflictList({ canResolve }: { canResolve: boolean }) {
  const { t } = useTranslation();
  const conflicts = useSyncStore((s) => s.conflicts);
  const resolve = useSyncStore((s) => s.resolveConflict);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Class names as the site's pack (its newest version, shipped or published) gives them.
  const pack = useSitePack();

  const shown = (c: SyncConflict, value: SyncConflict['siteValue']) => {
    if (value === null || value === '') return t('sync.conflicts.empty');
    if (c.field === 'classCode' && typeof value === 'string') return pack ? classLabel(pack, value, currentLanguage()) : value;
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const onResolve = async (id: string, keep: 'site' | 'headOffice') => {
    setError(null);
    setBusy(id);
    try {
      await resolve(id, keep);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="panel" data-testid="sync-conflicts">
      <h3>{t('sync.conflicts.title')}</h3>
      <ErrorBanner messages={error ? [error] : []} />
      {conflicts.length === 0 ? (
        <p className="muted">{t('sync.conflicts.none')}</p>
      ) : (
        <>
          <p className="field-hint">{t('sync.conflicts.hint')}</p>
          <table className="table">
            <thead>
              <tr>
                <th>{t('sync.conflicts.record')}</th>
                <th>{t('sync.conflicts.field')}</th>
                <th>{t('sync.conflicts.siteValue')}</th>
                <th>{t('sync.conflicts.headOfficeValue')}</th>
                <th>{t('sync.conflicts.note')}</th>
                {canResolve && <ActionsHeader />}
              </tr>
            </thead>
            <tbody>
              {conflicts.map((c) => (
                <ConflictRow key={c.id} c={c} shown={shown} canResolve={canResolve} busy={busy === c.id} onResolve={onResolve} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

interface RowProps {
  c: SyncConflict;
  /** A value as shown: a class by its name in the site's pack, empty marked as such. */
  shown: (c: SyncConflict, value: SyncConflict['siteValue']) => string;
  canResolve: boolean;
  busy: boolean;
  onResolve: (id: string, keep: 'site' | 'headOffice') => Promise<void>;
}

/** One conflict: the record and field, both values, the note, and (for whoever may) the two choices. */
function ConflictRow({ c, shown, canResolve, busy, onResolve }: RowProps) {
  const { t } = useTranslation();
  return (
    <tr data-testid="sync-conflict">
      <td>{c.label}</td>
      <td>{t(`sync.conflicts.fields.${c.field}`, { defaultValue: c.field })}</td>
      <td data-testid="conflict-site-value">{shown(c, c.siteValue)}</td>
      <td data-testid="conflict-head-office-value">{shown(c, c.headOfficeValue)}</td>
      <td>{c.note ?? ''}</td>
      {canResolve && (
        <td className="sync-actions">
          <button type="button" className="button ghost" data-testid="conflict-keep-site" disabled={busy} onClick={() => void onResolve(c.id, 'site')}>
            {t('sync.conflicts.keepSite')}
          </button>
          <button type="button" className="button" data-testid="conflict-take-head-office" disabled={busy} onClick={() => void onResolve(c.id, 'headOffice')}>
            {t('sync.conflicts.takeHeadOffice')}
          </button>
        </td>
      )}
    </tr>
  );
}
