import type { WorkingCalendar } from '../calendar/working-calendar';
import { factsReadBy, watchedDeadlines } from './facts-read';
import { deadlinesFor, ownClassOf, type GradingRecord } from './grade';
import type { RulePack } from './pack-schema';

const DAY_MS = 86_400_000;

/**
 * The earliest moment after `now` at which the record's computed class or its
 * escalations can change by the clock alone — a watched deadline passing, or
 * one more day open — or null when nothing time-driven is left. The store
 * keeps it, so the re-grading timer reads only the complaints that are due.
 */
export function nextRegradeAt(record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): Date | null {
  if (record.resolvedAt) return null;
  const candidates: number[] = [];
  for (const watched of watchedDeadlines(pack)) {
    const ofClass = watched.ofClass ?? ownClassOf(record, pack, now, calendar);
    const deadline = deadlinesFor(ofClass, record, pack, now, calendar).find((d) => d.step === watched.step);
    // A paused deadline keeps moving; looking again at its current due time is early, never late.
    if (deadline?.due && !deadline.done) candidates.push(new Date(deadline.due).getTime() + 1);
  }
  if (factsReadBy(pack).includes('openDays')) {
    const open = Math.floor((now.getTime() - record.receivedAt.getTime()) / DAY_MS);
    candidates.push(record.receivedAt.getTime() + (open + 1) * DAY_MS);
  }
  const future = candidates.filter((t) => t > now.getTime());
  return future.length > 0 ? new Date(Math.min(...future)) : null;
}
