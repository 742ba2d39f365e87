import { periodLastDay } from '../checklists/accident-cool-off';

/**
 * Counting records within a period the sources state in months or years
 * (篇5 6.2: 每年发生三次有效投诉), on calendar dates in Asia/Shanghai as the
 * Civil Code counts periods (民法典 第二百零一条至第二百零三条, as the coal-mine
 * cool-offs do, see accident-cool-off.ts): a record dated D still counts on
 * every day up to and including periodLastDay(D, months) — a complaint of
 * 2025-03-01 counts within a year on 2026-03-01 (365 days later) and no longer
 * on 2026-03-02 (366 days later).
 */

export interface DatedRecord {
  id: string;
  /** yyyy-mm-dd */
  on: string;
}

/** The records that fall within `months` counted back from `on` (the record of `on` itself included). */
export function countedWithin<T extends DatedRecord>(records: readonly T[], months: number, on: string): T[] {
  return records.filter((r) => r.on <= on && on <= periodLastDay(r.on, months));
}
