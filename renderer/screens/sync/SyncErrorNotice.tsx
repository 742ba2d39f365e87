import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/api/sync';
import { classifySyncError } from '../../../shared/sync/error-kinds';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';

type LastError = NonNullable<SyncStatus['lastError']>;

/** The last failure in words a station lead can act on; the engine's code and message stay one click away. */
export function SyncErrorNotice({ error, failures }: { error: LastError; failures: number }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const kind = classifySyncError(error);
  return (
    <div className="banner banner-error" role="alert" data-testid="sync-error" data-kind={kind}>
      <p data-testid="sync-error-words">{t(`sync.errors.${kind}`)}</p>
      {failures > 1 && <p>{t('sync.failures', { n: failures })}</p>}
      <details className="sync-technical">
        <summary>{t('sync.technical')}</summary>
        <code data-testid="sync-error-detail">
          {formatInstant(error.at, timeZone)} · {error.code}
          {error.status ? ` · HTTP ${error.status}` : ''} · {error.message}
        </code>
      </details>
    </div>
  );
}
