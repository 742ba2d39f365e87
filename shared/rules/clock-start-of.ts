import type { WorkingCalendar } from '../calendar/working-calendar';
import { parseStartsAt, type ClockBasis } from './clock-start';
import type { GradingRecord } from './grade';
import type { Deadline } from './pack-schema';

/**
 * Where a step's clock starts and why: the event its `startsAt` names, else its `from` (`fromStart`, already
 * read off the record). A document date starts the clock at 00:00 of that local day, so calendar-day limits
 * count from the day after it (民法典 第二百零一条, as `appealDaysAfterReport` counts).
 */
export function clockStartOf(
  deadline: Pick<Deadline, 'startsAt'>,
  record: Pick<GradingRecord, 'receivedAt' | 'notified' | 'testReportReceivedOn'>,
  fromStart: Date | null,
  calendar: WorkingCalendar,
): { start: Date | null; basis: ClockBasis } {
  if (!deadline.startsAt) return { start: fromStart, basis: { kind: 'from' } };
  const parsed = parseStartsAt(deadline.startsAt);
  if (parsed.kind === 'received') return { start: record.receivedAt, basis: { kind: 'received' } };
  if (parsed.kind === 'notified') {
    const moment = record.notified?.[parsed.party];
    return { start: moment?.at ?? null, basis: { kind: 'notified', party: parsed.party, whom: moment?.whom ?? null, way: moment?.way ?? null } };
  }
  const date = parsed.fact === 'testReportReceivedOn' ? (record.testReportReceivedOn ?? null) : null;
  return { start: date ? calendar.at(date, 0) : null, basis: { kind: 'document', fact: parsed.fact, date } };
}
