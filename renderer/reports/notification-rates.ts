import type { NotificationTimeliness } from '../../shared/api/notifications';

/**
 * "Notified within the limit" (issue 16 item 8) as rows a reader can check:
 * each figure with the count it is a share of. The denominators follow the
 * definitions of docs/notifications.md: acknowledgement is owed by recipients
 * (copies owe none), "within the limit" needs a due time, only what has a due
 * time can escalate, and the phone and written rows count over the
 * notifications whose source asks for them. A zero denominator gives no rate
 * (shown as —), never 0%.
 */
export const RATE_ROWS = [
  { id: 'raised', count: 'raised', of: null },
  { id: 'withinLimit', count: 'acknowledgedWithinLimit', of: 'withDue' },
  { id: 'late', count: 'acknowledgedLate', of: 'withDue' },
  { id: 'unacknowledged', count: 'unacknowledged', of: 'acknowledgeRequired' },
  { id: 'escalated', count: 'escalated', of: 'withDue' },
  { id: 'phone', count: 'phoneConfirmed', of: 'phoneRequired' },
  { id: 'written', count: 'writtenOnTime', of: 'writtenRequired' },
] as const satisfies readonly { id: string; count: keyof NotificationTimeliness; of: keyof NotificationTimeliness | null }[];

export type RateRowId = (typeof RATE_ROWS)[number]['id'];
export type DenominatorId = NonNullable<(typeof RATE_ROWS)[number]['of']>;

export interface RateRow {
  id: RateRowId;
  count: number;
  /** Null for a plain count (raised). */
  denominator: { id: DenominatorId; value: number } | null;
  /** 0–1; null when there is no denominator or it is 0. */
  rate: number | null;
}

export function notificationRateRows(stats: NotificationTimeliness): RateRow[] {
  return RATE_ROWS.map((row) => {
    const count = stats[row.count];
    if (row.of === null) return { id: row.id, count, denominator: null, rate: null };
    const value = stats[row.of];
    return { id: row.id, count, denominator: { id: row.of, value }, rate: value === 0 ? null : count / value };
  });
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}
