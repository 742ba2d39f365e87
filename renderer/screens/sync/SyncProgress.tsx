import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/api/sync';

type Progress = NonNullable<SyncStatus['progress']>;

/** The run under way: phase, entries acknowledged of those pending at its start, and bytes on the wire. */
export function SyncProgress({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  if (!progress) {
    return (
      <div className="sync-progress" data-testid="sync-progress">
        <p>{t('sync.running')}</p>
        <progress aria-label={t('sync.running')} />
      </div>
    );
  }
  const kb = (progress.bytes / 1024).toFixed(1);
  return (
    <div className="sync-progress" data-testid="sync-progress" data-phase={progress.phase}>
      <p>
        <strong>{t(`sync.phase.${progress.phase}`)}</strong> · <span data-testid="sync-progress-counts">{t('sync.progressCounts', { sent: progress.sent, total: progress.total })}</span> ·{' '}
        <span data-testid="sync-progress-bytes">{t('sync.progressBytes', { kb })}</span>
      </p>
      <progress aria-label={t(`sync.phase.${progress.phase}`)} max={Math.max(progress.total, 1)} value={progress.phase === 'pull' ? Math.max(progress.total, 1) : progress.sent} />
    </div>
  );
}
