import type { OpinionCheck } from '../../../shared/api/opinion-book';
import type { OpinionEntryType } from '../../../shared/domain/opinion-book';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of the customers' opinion book (客户意见簿): its entries and its daily checks. */

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

const SELECT_CHECK = 'SELECT k.checked_at AS at, u.display_name AS byName, k.note FROM opinion_book_checks k JOIN users u ON u.id = k.checked_by';

export function entryRow(db: ReadDb, id: string): EntryRow | undefined {
  return statement(db, `${SELECT_ENTRY} WHERE e.id = ?`).get(id) as EntryRow | undefined;
}

/** The opinion-book entry a complaint was opened from, if any. */
export function entryOfComplaint(db: ReadDb, complaintId: string): { id: string; entryNo: number; entryDate: string } | undefined {
  return statement(db, 'SELECT id, entry_no AS entryNo, entry_date AS entryDate FROM opinion_book_entries WHERE complaint_id = ?').get(complaintId) as
    | { id: string; entryNo: number; entryDate: string }
    | undefined;
}

/** Entries without a handling opinion yet, in the book's order. */
export function unansweredEntryRows(db: ReadDb): EntryRow[] {
  return statement(db, `${SELECT_ENTRY} WHERE e.handling_opinion IS NULL ORDER BY e.entry_no`).all() as EntryRow[];
}

export function latestEntryRows(db: ReadDb, limit: number): EntryRow[] {
  return statement(db, `${SELECT_ENTRY} ORDER BY e.entry_no DESC LIMIT ?`).all(limit) as EntryRow[];
}

export function checksOfDay(db: ReadDb, siteDay: string): OpinionCheck[] {
  return statement(db, `${SELECT_CHECK} WHERE k.site_day = ? ORDER BY k.checked_at`).all(siteDay) as OpinionCheck[];
}

export function lastCheck(db: ReadDb): OpinionCheck | null {
  return (statement(db, `${SELECT_CHECK} ORDER BY k.checked_at DESC LIMIT 1`).get() as OpinionCheck | undefined) ?? null;
}

/** The book's next entry number. */
export function nextEntryNo(db: ReadDb): number {
  return (statement(db, 'SELECT ifnull(max(entry_no), 0) + 1 AS next FROM opinion_book_entries').get() as { next: number }).next;
}

export function insertEntry(
  tx: WriteDb,
  e: { id: string; entryNo: number; entryDate: string; entryType: OpinionEntryType; content: string; customerName: string | null; contact: string | null; recordedAt: string; recordedBy: string },
): void {
  statement(
    tx,
    `INSERT INTO opinion_book_entries (id, entry_no, entry_date, entry_type, content, customer_name, contact, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.id, e.entryNo, e.entryDate, e.entryType, e.content, e.customerName, e.contact, e.recordedAt, e.recordedBy);
}

export function insertCheck(tx: WriteDb, c: { id: string; siteDay: string; checkedAt: string; checkedBy: string; note: string | null }): void {
  statement(tx, 'INSERT INTO opinion_book_checks (id, site_day, checked_at, checked_by, note) VALUES (?, ?, ?, ?, ?)').run(c.id, c.siteDay, c.checkedAt, c.checkedBy, c.note);
}

/** Entries no daily check has seen yet, in the book's order. */
export function unreviewedEntryIds(db: ReadDb): string[] {
  return (statement(db, 'SELECT id FROM opinion_book_entries WHERE reviewed_at IS NULL ORDER BY entry_no').all() as { id: string }[]).map((r) => r.id);
}

export function markEntryReviewed(tx: WriteDb, id: string, at: string, userId: string): void {
  statement(tx, 'UPDATE opinion_book_entries SET reviewed_at = ?, reviewed_by = ?, version = version + 1 WHERE id = ?').run(at, userId, id);
}

export function markEntryAnswered(tx: WriteDb, id: string, opinion: string, at: string, userId: string, customerRepliedAt: string | null): void {
  statement(tx, 'UPDATE opinion_book_entries SET handling_opinion = ?, signed_at = ?, signed_by = ?, customer_replied_at = ?, version = version + 1 WHERE id = ?').run(
    opinion,
    at,
    userId,
    customerRepliedAt,
    id,
  );
}

export function linkEntryToComplaint(tx: WriteDb, id: string, complaintId: string): void {
  statement(tx, 'UPDATE opinion_book_entries SET complaint_id = ?, version = version + 1 WHERE id = ?').run(complaintId, id);
}
