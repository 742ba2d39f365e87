import type { Migration } from './migration';

/**
 * The register of every view of a customer's full personal fields, every bulk export and every deletion
 * of personal data (issue 19 §4): 人员、时间、地点和事项 as the audit basis (seed002 客户管理制度1
 * 第三十七条; 第二十五条 查阅登记). Append-only: the triggers refuse to change or remove a row, so the
 * register cannot be tidied after the fact, not even by the application.
 */
export const migration0026: Migration = {
  id: 26,
  name: 'personal-data-access',
  sql: `
CREATE TABLE personal_data_access (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  user_name TEXT NOT NULL,
  -- 'reveal' (one record shown in full), 'export' (a report or ledger saved as a file), 'delete'
  action TEXT NOT NULL CHECK (action IN ('reveal', 'export', 'delete')),
  -- what: the kind of record or the export's name
  subject TEXT NOT NULL,
  record_id TEXT,
  -- how many rows an export carried
  row_count INTEGER,
  reason TEXT,
  -- where: the site and this computer
  place TEXT NOT NULL
) STRICT;
CREATE INDEX personal_data_access_at ON personal_data_access (at);
CREATE TRIGGER personal_data_access_no_update BEFORE UPDATE ON personal_data_access
BEGIN SELECT RAISE(ABORT, 'personal_data_access is append-only'); END;
CREATE TRIGGER personal_data_access_no_delete BEFORE DELETE ON personal_data_access
BEGIN SELECT RAISE(ABORT, 'personal_data_access is append-only'); END;
`,
};
