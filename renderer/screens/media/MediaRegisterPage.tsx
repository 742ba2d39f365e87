import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaIncident } from '../../../shared/api/media';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useMediaStore } from '../../stores/media-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { MediaIncidentForm } from './MediaIncidentForm';
import { MediaStatisticsTable } from './MediaStatisticsTable';
import './media.css';

/** 负面新闻台账 (seed001 S1): a year's incidents and their statistics; a new one is registered here. */
export function MediaRegisterPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const { items, statistics, error, load } = useMediaStore();
  const thisYear = Number(siteDayOf(new Date(), timeZone).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <section className="page" data-testid="media-register">
      <div className="page-header">
        <h2 className="page-title">{t('media.title')}</h2>
        <label className="media-year">
          {t('media.year')}{' '}
          <input type="number" data-testid="media-year" min={2000} max={2100} value={year} onChange={(e) => Number(e.target.value) >= 2000 && setYear(Number(e.target.value))} />
        </label>
        {hasPermission(roles, 'media.record') && !adding && (
          <button type="button" className="button primary" data-testid="media-new" onClick={() => setAdding(true)}>
            {t('media.new')}
          </button>
        )}
        <button type="button" className="button" onClick={() => go({ page: 'complaints' })}>
          {t('media.back')}
        </button>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {adding && <MediaIncidentForm onSaved={(id) => go({ page: 'media-detail', id })} />}
      {statistics && <MediaStatisticsTable statistics={statistics} />}
      {items.length === 0 ? (
        <p className="muted">{t('media.empty')}</p>
      ) : (
        <MediaList items={items} />
      )}
    </section>
  );
}

/** The year's incidents as the core lists them; a row (click or Enter) opens the incident. */
function MediaList({ items }: { items: readonly MediaIncident[] }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="media-list">
        <thead>
          <tr>
            <th scope="col">{t('media.occurredAt')}</th>
            <th scope="col">{t('media.channel')}</th>
            <th scope="col">{t('media.mediaName')}</th>
            <th scope="col">{t('media.description')}</th>
            <th scope="col">{t('media.complaint')}</th>
            <th scope="col">{t('media.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="clickable" data-testid="media-row" tabIndex={0} onClick={() => go({ page: 'media-detail', id: i.id })} onKeyDown={(e) => e.key === 'Enter' && go({ page: 'media-detail', id: i.id })}>
              <td className="nowrap">{formatInstant(i.occurredAt, timeZone)}</td>
              <td>{t(`mediaChannels.${i.channel}`)}</td>
              <td>{[i.mediaName ?? i.platform, i.programme && `《${i.programme}》`].filter(Boolean).join(' ')}</td>
              <td className="summary">{i.description}</td>
              <td className="serial">{i.complaint?.serial ?? ''}</td>
              <td>{t(`mediaStatuses.${i.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
