import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the sanction ledger (migration 0029). */

export interface NewLedgerRow {
  id: string;
  complaint_id: string;
  sanction_id: string | null;
  target: 'person' | 'unit';
  person_id: string | null;
  unit: string | null;
  article_code: string;
  measure: 'fine' | 'points';
  amount: number;
  points: number;
  deduction_role: number | null;
  note: string | null;
  reverses: string | null;
  decided_by: string;
  decided_on: string;
  recorded_at: string;
}

/** A row as lists show it: with the case's serial, the names, and the entry that reversed it. */
export interface LedgerRow extends NewLedgerRow {
  serial: string;
  person_name: string | null;
  decided_by_name: string;
  reversed_by: string | null;
}

export function insertLedgerRow(tx: WriteDb, row: NewLedgerRow): void {
  statement(
    tx,
    `INSERT INTO sanction_ledger (id, complaint_id, sanction_id, target, person_id, unit, article_code, measure, amount, points, deduction_role, note, reverses, decided_by, decided_on, recorded_at)
     VALUES (@id, @complaint_id, @sanction_id, @target, @person_id, @unit, @article_code, @measure, @amount, @points, @deduction_role, @note, @reverses, @decided_by, @decided_on, @recorded_at)`,
  ).run(row);
}

const LISTED = `
  SELECT l.*, c.serial, p.display_name AS person_name, d.display_name AS decided_by_name, r.id AS reversed_by
  FROM sanction_ledger l
  JOIN complaints c ON c.id = l.complaint_id
  LEFT JOIN users p ON p.id = l.person_id
  JOIN users d ON d.id = l.decided_by
  LEFT JOIN sanction_ledger r ON r.reverses = l.id`;

export function ledgerRow(db: ReadDb, id: string): LedgerRow | undefined {
  return statement(db, `${LISTED} WHERE l.id = ?`).get(id) as LedgerRow | undefined;
}

/** The entries decided on the site days `from`..`to` (inclusive), of one unit or all, oldest first. */
export function ledgerRowsBetween(db: ReadDb, from: string, to: string, unit: string | null): LedgerRow[] {
  return statement(
    db,
    `${LISTED} WHERE l.decided_on BETWEEN @from AND @to AND (@unit IS NULL OR l.unit = @unit) ORDER BY l.decided_on, l.recorded_at, l.rowid`,
  ).all({ from, to, unit }) as LedgerRow[];
}

/** A person's entries, newest first. */
export function ledgerRowsOfPerson(db: ReadDb, personId: string): LedgerRow[] {
  return statement(db, `${LISTED} WHERE l.person_id = ? ORDER BY l.decided_on DESC, l.recorded_at DESC, l.rowid DESC`).all(personId) as LedgerRow[];
}

/** Complaints the person was the subject of (被投诉人) and found valid, with when each was received. */
export function validComplaintsAgainst(db: ReadDb, personId: string): { complaintId: string; serial: string; receivedAt: string }[] {
  return statement(
    db,
    `SELECT id AS complaintId, serial, received_at AS receivedAt FROM complaints
     WHERE subject_user_id = ? AND validity = 'valid' ORDER BY received_at DESC`,
  ).all(personId) as { complaintId: string; serial: string; receivedAt: string }[];
}

/** The 奖惩记录 of a person, by article: how many, and the latest. */
export function sanctionCountsOf(db: ReadDb, personId: string): { articleCode: string; count: number; lastAt: string }[] {
  return statement(
    db,
    `SELECT article_code AS articleCode, count(*) AS count, max(at) AS lastAt FROM sanctions WHERE person_id = ? GROUP BY article_code ORDER BY lastAt DESC`,
  ).all(personId) as { articleCode: string; count: number; lastAt: string }[];
}

/** When the complaints of the case's customer (by customer file, else by name and phone) were received. */
export function customerComplaintTimes(db: ReadDb, complaintId: string): string[] {
  return (
    statement(
      db,
      `SELECT o.received_at FROM complaints c JOIN complaints o
         ON (c.customer_id IS NOT NULL AND o.customer_id = c.customer_id)
         OR (c.customer_id IS NULL AND o.customer_name = c.customer_name AND ifnull(o.customer_phone, '') = ifnull(c.customer_phone, ''))
       WHERE c.id = ?`,
    ).all(complaintId) as { received_at: string }[]
  ).map((r) => r.received_at);
}

export interface ComplaintForLedger {
  id: string;
  serial: string;
  received_at: string;
  validity: 'pending' | 'valid' | 'invalid';
  subject_user_id: string | null;
  customer_name: string;
}

export function complaintForLedger(db: ReadDb, id: string): ComplaintForLedger | undefined {
  return statement(db, 'SELECT id, serial, received_at, validity, subject_user_id, customer_name FROM complaints WHERE id = ?').get(id) as ComplaintForLedger | undefined;
}

export function unitOfUser(db: ReadDb, userId: string): { id: string; display_name: string; unit: string | null } | undefined {
  return statement(db, 'SELECT id, display_name, unit FROM users WHERE id = ?').get(userId) as { id: string; display_name: string; unit: string | null } | undefined;
}
