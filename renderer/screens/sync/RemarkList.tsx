import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useSyncStore } from '../../stores/sync-store';

/** What head office said about this site's records lately, and what the merge did with each field. */
export function RemarkList() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const remarks = useSyncStore((s) => s.remarks);
  return (
    <div className="panel" data-testid="sync-remarks">
      <h3>{t('syncRemarks.title')}</h3>
      {remarks.length === 0 ? (
        <p className="muted">{t('syncRemarks.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('syncRemarks.record')}</th>
              <th>{t('syncRemarks.remark')}</th>
              <th>{t('syncRemarks.note')}</th>
              <th>{t('syncRemarks.outcome')}</th>
              <th>{t('syncRemarks.received')}</th>
            </tr>
          </thead>
          <tbody>
            {remarks.map((r) => (
              <tr key={r.remarkId} data-testid="sync-remark">
                <td>{r.label}</td>
                <td>{r.remark ?? ''}</td>
                <td>{[r.note, r.author].filter(Boolean).join(' — ')}</td>
                <td>
                  {Object.entries(r.outcome)
                    .map(([field, outcome]) => `${t(`sync.conflicts.fields.${field}`, { defaultValue: field })}：${t(`syncRemarks.outcomes.${outcome}`, { defaultValue: outcome })}`)
                    .join(t('common.listSeparator'))}
                </td>
                <td>{formatInstant(r.mergedAt, timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
