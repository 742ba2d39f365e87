import type { SanctionKind, SanctionMeasure } from '../../../shared/domain/sanction-articles';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the case's rewards and penalties (奖惩记录, the sanctions table of migration 0006). */

/** The columns a record is written with: kept as made (a correction is a new record). */
export interface NewSanctionRow {
  id: string;
  complaint_id: string;
  person_id: string;
  kind: SanctionKind;
  article_code: string;
  measure: SanctionMeasure;
  amount: number | null;
  points: number | null;
  deduction_role: number | null;
  note: string | null;
  by_user: string;
  at: string;
}

/** A record as the case records show it: with the names of the person and of who recorded it. */
export interface SanctionRow extends NewSanctionRow {
  person_name: string;
  by_name: string;
}

/** The stored row as the audit log and the sync payload carry it (every column). */
export type StoredSanctionRow = Record<string, unknown> & { id: string };

/** The case's records, oldest first. */
export function sanctionRowsOfComplaint(db: ReadDb, complaintId: string): SanctionRow[] {
  return statement(
    db,
    `SELECT s.*, p.display_name AS person_name, b.display_name AS by_name
     FROM sanctions s JOIN users p ON p.id = s.person_id JOIN users b ON b.id = s.by_user WHERE s.complaint_id = ? ORDER BY s.at, s.rowid`,
  ).all(complaintId) as SanctionRow[];
}

export function insertSanctionRow(tx: WriteDb, row: NewSanctionRow): void {
  statement(
    tx,
    `INSERT INTO sanctions (id, complaint_id, person_id, kind, article_code, measure, amount, points, deduction_role, note, by_user, at)
     VALUES (@id, @complaint_id, @person_id, @kind, @article_code, @measure, @amount, @points, @deduction_role, @note, @by_user, @at)`,
  ).run(row);
}

export function storedSanctionRow(db: ReadDb, id: string): StoredSanctionRow | undefined {
  return statement(db, 'SELECT * FROM sanctions WHERE id = ?').get(id) as StoredSanctionRow | undefined;
}
