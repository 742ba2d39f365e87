import { useTranslation } from 'react-i18next';
import type { ComplaintClass, ComplaintRow, ComplaintSort, ComplaintsQuery } from '../../../shared/sync/console-api';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleNav } from '../stores/console-nav-store';
import { ComplaintStatusTag } from './ComplaintStatusTag';
import { SortHeader } from './ListControls';

interface ComplaintsTableProps {
  rows: ComplaintRow[] | null;
  query: ComplaintsQuery;
  classes: ComplaintClass[];
  load: (query: ComplaintsQuery) => Promise<void>;
}

/** The page of complaints: a row each, sortable by site, serial, status, received and due; the serial opens the complaint. */
export function ComplaintsTable({ rows, query, classes, load }: ComplaintsTableProps) {
  const { t, i18n } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const en = i18n.language === 'en';
  const classText = (code: string | null) => (code === null ? '—' : (classes.find((c) => c.code === code)?.label[en ? 'en' : 'zh'] ?? code));
  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: ComplaintSort, label: string) => (
    <SortHeader column={column} current={query} defaultKey="receivedAt" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );
  return (
    <table className="table" data-testid="complaints-table">
      <thead>
        <tr>
          {sortable('site', t('console.complaints.site'))}
          {sortable('serial', t('console.complaints.serial'))}
          <th>{t('console.complaints.kind')}</th>
          <th>{t('consoleLists.class')}</th>
          {sortable('status', t('console.complaints.status'))}
          {sortable('receivedAt', t('console.complaints.received'))}
          {sortable('dueAt', t('console.complaints.due'))}
          <th>{t('console.complaints.summary')}</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((row) => (
          <tr key={`${row.siteId}/${row.id}`} data-testid="complaint-row">
            <td className="mono">{row.siteCode}</td>
            <td>
              <button type="button" className="link-button serial" onClick={() => go({ page: 'complaint', siteId: row.siteId, id: row.id })}>
                {row.serial ?? row.id}
              </button>
            </td>
            <td>{row.kind === 'complaint' || row.kind === 'suggestion' || row.kind === 'inquiry' ? t(`kinds.${row.kind}`) : row.kind}</td>
            <td data-testid="complaint-class">{classText(row.classCode)}</td>
            <td>
              <ComplaintStatusTag status={row.status} />
            </td>
            <td className="nowrap">{formatInstant(row.receivedAt)}</td>
            <td className="nowrap">
              {formatInstant(row.dueAt)} {row.overdue && <span className="tag tag-escalated">{t('console.complaints.overdue')}</span>}
            </td>
            <td>{row.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
