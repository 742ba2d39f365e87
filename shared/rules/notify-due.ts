import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueTime } from './due-time';
import type { NotifyLimit, NotifyTerm } from './pack-schema';

/** The site's minutes for a limit the source gives in words only; null: no limit (never escalated). */
export type TermMinutes = Record<NotifyTerm, number | null>;

/**
 * When a notification must be acknowledged: the source's own limit counted
 * from the moment the obligation arose (working days and "same working day"
 * on the site's calendar), or the site's minutes for 立即 / 及时 / no time
 * given. Null when the site set none for that word.
 */
export function notifyDue(start: Date, limit: NotifyLimit, terms: TermMinutes, calendar: WorkingCalendar): Date | null {
  if ('term' in limit) {
    const minutes = terms[limit.term];
    return minutes === null ? null : new Date(start.getTime() + minutes * 60_000);
  }
  return dueTime(start, limit, calendar).due;
}
