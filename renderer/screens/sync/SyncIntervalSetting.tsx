import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SYNC_INTERVAL_CHOICES } from '../../../shared/api/sync';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSyncStore } from '../../stores/sync-store';

/** How often this computer syncs by itself (station lead, head office). */
export function SyncIntervalSetting({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const setInterval = useSyncStore((s) => s.setInterval);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = (m: number) => (m === 0 ? t('sync.interval.off') : t('sync.interval.minutes', { n: m }));
  const choices: number[] = SYNC_INTERVAL_CHOICES.includes(minutes as (typeof SYNC_INTERVAL_CHOICES)[number]) ? [...SYNC_INTERVAL_CHOICES] : [...SYNC_INTERVAL_CHOICES, minutes];

  const onChange = async (value: number) => {
    setSaved(null);
    setError(null);
    try {
      await setInterval(value);
      setSaved(t('sync.interval.saved', { value: label(value) }));
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  return (
    <div className="panel" data-testid="sync-interval">
      <label htmlFor="sync-interval-select">
        <h3>{t('sync.interval.title')}</h3>
      </label>
      <p className="field-hint">{t('sync.interval.hint')}</p>
      <select id="sync-interval-select" className="toolbar-select" data-testid="sync-interval-select" value={minutes} onChange={(e) => void onChange(Number(e.target.value))}>
        {choices.map((m) => (
          <option key={m} value={m}>
            {label(m)}
          </option>
        ))}
      </select>
      {saved && (
        <p className="banner banner-success" role="status">
          {saved}
        </p>
      )}
      <ErrorBanner messages={error ? [error] : []} />
    </div>
  );
}
