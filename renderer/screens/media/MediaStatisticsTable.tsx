import { useTranslation } from 'react-i18next';
import type { MediaStatistics } from '../../../shared/api/media';
import { MEDIA_CHANNELS } from '../../../shared/domain/media';
import { pick } from '../settings/rule-pack-text';

/** A year's counts by channel and by content, laid out as the 3.15 notice reports 2013 (S1 二、1). */
export function MediaStatisticsTable({ statistics }: { statistics: MediaStatistics }) {
  const { t, i18n } = useTranslation();
  const rows = (title: string, cells: [string, number][]) => (
    <>
      <tr>
        <th scope="rowgroup" colSpan={2} className="media-stats-group">
          {title}
        </th>
      </tr>
      {cells.map(([label, n]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td className="number">{n}</td>
        </tr>
      ))}
    </>
  );
  // The site's organisation's categories (issue 17), then any older code found among the year's cases.
  const categories: [string, number][] = statistics.categories.map((c) => [c.label ? pick(c.label, i18n.language) : c.code, statistics.byCategory[c.code] ?? 0]);
  if ((statistics.byCategory.uncategorised ?? 0) > 0) categories.push([t('media.uncategorised'), statistics.byCategory.uncategorised ?? 0]);
  return (
    <div className="panel" data-testid="media-statistics">
      <h3>{t('media.statistics', { year: statistics.year })}</h3>
      <table className="table media-stats">
        <thead>
          <tr>
            {/* The corner above the row names heads nothing: a plain cell, not an empty header. */}
            <td />
            <th scope="col">{t('media.count')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('media.total')}</th>
            <td className="number" data-testid="media-total">
              {statistics.total}
            </td>
          </tr>
          {rows(
            t('media.byChannel'),
            MEDIA_CHANNELS.map((c) => [t(`mediaChannels.${c}`), statistics.byChannel[c] ?? 0]),
          )}
          {categories.length > 0 || (statistics.byCategory.uncategorised ?? 0) > 0 ? rows(t('media.byCategory'), categories) : null}
        </tbody>
      </table>
      <p className="muted">{t('media.statisticsSource')}</p>
    </div>
  );
}
