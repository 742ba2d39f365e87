import type { OpinionBookOverview, OpinionEntry } from '../../../shared/api/opinion-book';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { ReadDb } from '../db/handles';
import { checksOfDay, entryRow, lastCheck, latestEntryRows, unansweredEntryRows, type EntryRow } from './opinion-book-repository';

export function toEntry(r: EntryRow): OpinionEntry {
  return {
    id: r.id,
    entryNo: r.entry_no,
    entryDate: r.entry_date,
    entryType: r.entry_type,
    content: r.content,
    customerName: r.customer_name,
    contact: r.contact,
    recordedAt: r.recorded_at,
    recordedByName: r.recorded_by_name,
    reviewedAt: r.reviewed_at,
    reviewedByName: r.reviewed_by_name,
    handlingOpinion: r.handling_opinion,
    signedAt: r.signed_at,
    signedByName: r.signed_by_name,
    customerRepliedAt: r.customer_replied_at,
    complaint: r.complaint_id && r.complaint_serial ? { id: r.complaint_id, serial: r.complaint_serial } : null,
    version: r.version,
  };
}

export function getEntry(db: ReadDb, id: string): OpinionEntry | null {
  const row = entryRow(db, id);
  return row ? toEntry(row) : null;
}

const RECENT = 50;

/** Today's check state in the site's time zone, the entries not answered yet and the latest ones. */
export function opinionBookOverview(db: ReadDb, now: Date, timeZone: string): OpinionBookOverview {
  const today = siteDayOf(now, timeZone);
  const todayChecks = checksOfDay(db, today);
  const unanswered = unansweredEntryRows(db).map(toEntry);
  const recent = latestEntryRows(db, RECENT).map(toEntry);
  return { today, checkedToday: todayChecks.length > 0, todayChecks, lastCheck: lastCheck(db), unanswered, recent };
}
