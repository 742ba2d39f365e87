import type { Migration } from './migration';

/**
 * The sanction ledger (罚款与扣分台帐, issue 16 item 9, issue 23 item 5): every
 * fine (元) and every point deducted, against a person or a unit, for the case
 * (the occurrence) that caused it, with who decided and when.
 *
 * - A person's entry names the user and keeps the unit the person belonged
 *   to when it was booked (a later move does not shift old fines between
 *   units); a unit's entry names only the unit (篇6 第四十条 fines the person
 *   *and* the department; 篇5 6.2 charges the institution).
 * - `sanction_id` links an entry booked from a case's 奖惩记录 (sanctions, 0006).
 * - Append-only: the triggers refuse every UPDATE and DELETE, so a wrong
 *   entry is corrected by a reversing entry (`reverses`, the negated amount
 *   and points), at most one per entry (UNIQUE), and the history stays.
 * - `decided_on` is the site day (Asia/Shanghai) of the decision: the roll-up
 *   counts months and years by it.
 */
export const migration0029: Migration = {
  id: 29,
  name: 'sanction-ledger',
  sql: `
CREATE TABLE sanction_ledger (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  sanction_id TEXT REFERENCES sanctions(id),
  target TEXT NOT NULL CHECK (target IN ('person', 'unit')),
  person_id TEXT REFERENCES users(id),
  unit TEXT,
  article_code TEXT NOT NULL,
  measure TEXT NOT NULL CHECK (measure IN ('fine', 'points')),
  amount REAL NOT NULL DEFAULT 0,
  points INTEGER NOT NULL DEFAULT 0,
  deduction_role INTEGER,
  note TEXT,
  reverses TEXT UNIQUE REFERENCES sanction_ledger(id),
  decided_by TEXT NOT NULL REFERENCES users(id),
  decided_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CHECK ((target = 'person') = (person_id IS NOT NULL)),
  CHECK (target = 'person' OR unit IS NOT NULL)
) STRICT;
CREATE INDEX sanction_ledger_by_day ON sanction_ledger (decided_on);
CREATE INDEX sanction_ledger_by_person ON sanction_ledger (person_id, decided_on) WHERE person_id IS NOT NULL;
CREATE TRIGGER sanction_ledger_no_update BEFORE UPDATE ON sanction_ledger
BEGIN SELECT RAISE(ABORT, 'sanction_ledger is append-only: record a reversing entry'); END;
CREATE TRIGGER sanction_ledger_no_delete BEFORE DELETE ON sanction_ledger
BEGIN SELECT RAISE(ABORT, 'sanction_ledger is append-only: record a reversing entry'); END;
`,
};
