import type { OpinionBookOverview, OpinionCheck, OpinionEntry } from '../../../shared/api/opinion-book';
import type { OpinionEntryType } from '../../../shared/domain/opinion-book';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { statement, type ReadDb } from '../db/handles';

export interface EntryRow {
  id: string;
  entry_no: number;
  entry_date: string;
  entry_type: OpinionEntryType;
  content: string;
  customer_name: string | null;
  contact: string | null;
  recorded_at: string;
  recorded_by_name: string;
  reviewed_at: string | null;
  reviewed_by_name: string | null;
  handling_opinion: string | null;
  signed_at: string | null;
  signed_by_name: string | null;
  customer_replied_at: string | null;
  complaint_id: string | null;
  complaint_serial: string | null;
  version: number;
}

const SELECT_ENTRY = `
  SELECT e.*, r.display_name AS recorded_by_name, v.display_name AS reviewed_by_name, s.display_name AS signed_by_name, c.serial AS complaint_serial
  FROM opinion_book_entries e
  JOIN users r ON r.id = e.recorded_by
  LEFT JOIN users v ON v.id = e.reviewed_by
  LEFT JOIN users s ON s.id = e.signed_by
  LEFT JOIN complaints c ON c.id = e.complaint_id`;

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

export function entryRow(db: ReadDb, id: string): EntryRow | undefined {
  return statement(db, `${SELECT_ENTRY} WHERE e.id = ?`).get(id) as EntryRow | undefined;
}

export function getEntry(db: ReadDb, id: string): OpinionEntry | null {
  const row = entryRow(db, id);
  return row ? toEntry(row) : null;
}

const RECENT = 50;

const SELECT_CHECK = 'SELECT k.checked_at AS at, u.display_name AS byName, k.note FROM opinion_book_checks k JOIN users u ON u.id = k.checked_by';

/** Today's check state in the site's time zone, the entries not answered yet and the latest ones. */
export function opinionBookOverview(db: ReadDb, now: Date, timeZone: string): OpinionBookOverview {
  const today = siteDayOf(now, timeZone);
  const todayChecks = statement(db, `${SELECT_CHECK} WHERE k.site_day = ? ORDER BY k.checked_at`).all(today) as OpinionCheck[];
  const lastCheck = (statement(db, `${SELECT_CHECK} ORDER BY k.checked_at DESC LIMIT 1`).get() as OpinionCheck | undefined) ?? null;
  const unanswered = (statement(db, `${SELECT_ENTRY} WHERE e.handling_opinion IS NULL ORDER BY e.entry_no`).all() as EntryRow[]).map(toEntry);
  const recent = (statement(db, `${SELECT_ENTRY} ORDER BY e.entry_no DESC LIMIT ${RECENT}`).all() as EntryRow[]).map(toEntry);
  return { today, checkedToday: todayChecks.length > 0, todayChecks, lastCheck, unanswered, recent };
}
