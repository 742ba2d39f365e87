import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { ComplaintRow } from './ComplaintRow';

/**
 * Up to this many rows the table is plain (every row in the DOM, as tests and
 * screen readers see it); beyond it, after many "load more", only the rows in
 * view are rendered.
 */
export const VIRTUALIZE_ABOVE = 200;
const ROW_HEIGHT_ESTIMATE = 49;

interface ComplaintTableProps {
  items: readonly ComplaintListItem[];
  pack: RulePack | null | undefined;
  onOpen: (id: string) => void;
}

function Head() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('complaints.serialReceived')}</th>
        <th scope="col">{t('complaints.kindChannel')}</th>
        <th scope="col">{t('grading.class')}</th>
        <th scope="col">{t('complaints.status')}</th>
        <th scope="col">{t('complaints.customer')}</th>
        <th scope="col">{t('complaints.summary')}</th>
        <th scope="col">{t('complaints.assignee')}</th>
        <th scope="col">{t('complaints.dueAt')}</th>
      </tr>
    </thead>
  );
}

/** The register's rows, newest or most urgent first as the list orders them. */
export function ComplaintTable(props: ComplaintTableProps) {
  return props.items.length > VIRTUALIZE_ABOVE ? <VirtualTable {...props} /> : <PlainTable {...props} />;
}

function PlainTable({ items, pack, onOpen }: ComplaintTableProps) {
  const now = new Date();
  return (
    <div className="table-wrap">
      <table className="table">
        <Head />
        <tbody>
          {items.map((item) => (
            <ComplaintRow key={item.id} item={item} pack={pack} now={now} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Its own scroll box with a sticky header; spacer rows above and below stand for the rows not rendered. */
function VirtualTable({ items, pack, onOpen }: ComplaintTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    getItemKey: (index) => items[index]!.id,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  const now = new Date();
  return (
    <div className="table-wrap virtual" ref={scrollRef} data-testid="complaint-table-virtual">
      <table className="table" aria-rowcount={items.length + 1}>
        <Head />
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {rows.map((row) => (
            <ComplaintRow key={row.key} item={items[row.index]!} pack={pack} now={now} onOpen={onOpen} index={row.index} measureRef={virtualizer.measureElement} />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
