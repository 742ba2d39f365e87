import type { Migration } from './migration';

/**
 * Narrative periodic reports (issue 16 item 7): one row per version of a
 * kind's report for a period (shared/reports/narrative).
 *
 * - A draft is written and rewritten in place (its text survives a crash: it
 *   is saved as it is typed) and may be issued.
 * - Issuing stores the statistics as they were at that moment (`statistics`,
 *   the computed report as JSON) beside the text, the signer and the role
 *   signed in. From then on the row is frozen: the triggers refuse every
 *   UPDATE and DELETE of an issued row, so records changed later cannot move
 *   the numbers and nobody can rewrite what was signed.
 * - A correction is a new version (`version` + 1) whose `replaces` names the
 *   issued one (at most one correction each: UNIQUE) with its reason; the old
 *   version stays readable.
 * - At most one open draft per kind and period.
 */
export const migration0035: Migration = {
  id: 35,
  name: 'narrative-reports',
  sql: `
CREATE TABLE narrative_reports (
  id TEXT PRIMARY KEY,
  kind_id TEXT NOT NULL,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year')),
  period_key TEXT NOT NULL,
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
  UNIQUE (kind_id, period_kind, period_key, version)
) STRICT;
CREATE UNIQUE INDEX narrative_reports_one_draft ON narrative_reports (kind_id, period_kind, period_key) WHERE status = 'draft';
CREATE TRIGGER narrative_reports_issued_no_update BEFORE UPDATE ON narrative_reports WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;
CREATE TRIGGER narrative_reports_issued_no_delete BEFORE DELETE ON narrative_reports WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;
`,
};
