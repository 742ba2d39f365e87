import type { Migration } from './migration';

/**
 * Case reports among the narrative reports (issue 16 item 7, 篇6 客户重大投诉
 * 专项报告): a report about one complaint rather than a period. Its rows live
 * in the same table, with the same freeze, versions and sync, scoped by
 * `period_kind = 'case'` and `complaint_id` (its `period_key` is the
 * complaint's id, so the one-draft index and the version numbering keep
 * working per case). `statistics` holds the case's facts as frozen at 签发.
 *
 * SQLite cannot widen a CHECK or add a foreign key in place: the table is
 * rebuilt (triggers and index dropped first, rows copied oldest version
 * first so each `replaces` finds its row, triggers and index made again).
 */
export const migration0036: Migration = {
  id: 36,
  name: 'narrative-case-reports',
  sql: `
DROP TRIGGER narrative_reports_issued_no_update;
DROP TRIGGER narrative_reports_issued_no_delete;
DROP INDEX narrative_reports_one_draft;
ALTER TABLE narrative_reports RENAME TO narrative_reports_0035;
CREATE TABLE narrative_reports (
  id TEXT PRIMARY KEY,
  kind_id TEXT NOT NULL,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year', 'case')),
  period_key TEXT NOT NULL,
  complaint_id TEXT REFERENCES complaints(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
  sections TEXT NOT NULL,
  replaces TEXT UNIQUE REFERENCES narrative_reports(id),
  correction_reason TEXT,
  drafted_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  statistics TEXT,
  issued_by TEXT REFERENCES users(id),
  issued_role TEXT,
  issued_at TEXT,
  CHECK ((status = 'issued') = (statistics IS NOT NULL AND issued_by IS NOT NULL AND issued_role IS NOT NULL AND issued_at IS NOT NULL)),
  CHECK ((version = 1) = (replaces IS NULL)),
  CHECK ((replaces IS NULL) = (correction_reason IS NULL)),
  CHECK ((period_kind = 'case') = (complaint_id IS NOT NULL)),
  CHECK (complaint_id IS NULL OR period_key = complaint_id),
  UNIQUE (kind_id, period_kind, period_key, version)
) STRICT;
INSERT INTO narrative_reports (id, kind_id, period_kind, period_key, complaint_id, version, status, sections, replaces, correction_reason, drafted_by, updated_at, statistics, issued_by, issued_role, issued_at)
  SELECT id, kind_id, period_kind, period_key, NULL, version, status, sections, replaces, correction_reason, drafted_by, updated_at, statistics, issued_by, issued_role, issued_at
  FROM narrative_reports_0035 ORDER BY version;
DROP TABLE narrative_reports_0035;
CREATE UNIQUE INDEX narrative_reports_one_draft ON narrative_reports (kind_id, period_kind, period_key) WHERE status = 'draft';
CREATE INDEX narrative_reports_complaint ON narrative_reports (complaint_id) WHERE complaint_id IS NOT NULL;
CREATE TRIGGER narrative_reports_issued_no_update BEFORE UPDATE ON narrative_reports WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;
CREATE TRIGGER narrative_reports_issued_no_delete BEFORE DELETE ON narrative_reports WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;
`,
};
