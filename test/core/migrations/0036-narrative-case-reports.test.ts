import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';

/**
 * Migration 0036 rebuilds narrative_reports with a case scope: the period
 * reports written before it keep every column, their correction chain and
 * their freeze; a case row needs its complaint.
 */
const NOW = () => new Date('2026-12-02T02:00:00.000Z');
const AT = '2026-12-01T02:00:00.000Z';

function storeAt0035(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, NOW, MIGRATIONS.filter((m) => m.id <= 35));
  db.prepare("INSERT INTO users (id, login, display_name, roles, secret_kind, secret_hash, created_at, updated_at, version) VALUES ('u1', 'zhaoli', '赵丽', '[\"call_centre\"]', 'pin', 'x', ?, ?, 1)").run(AT, AT);
  const insert = db.prepare(
    `INSERT INTO narrative_reports (id, kind_id, period_kind, period_key, version, status, sections, replaces, correction_reason, drafted_by, updated_at, statistics, issued_by, issued_role, issued_at)
     VALUES (?, 'sichuan-p6-analysis-report', 'month', '2026-11', ?, ?, '{"overview":"x"}', ?, ?, 'u1', ?, ?, ?, ?, ?)`,
  );
  insert.run('r1', 1, 'issued', null, null, AT, '{"n":1}', 'u1', 'call_centre', AT);
  insert.run('r2', 2, 'draft', 'r1', '更正', AT, null, null, null, null);
  return db;
}

describe('migration 0036 (narrative case reports)', () => {
  it('keeps the period reports, their corrections and their freeze, and scopes case rows to a complaint', () => {
    const db = storeAt0035();
    const before = db.prepare('SELECT * FROM narrative_reports ORDER BY version').all();
    expect(migrate(db, NOW, MIGRATIONS.filter((m) => m.id <= 36))).toEqual([36]);
    const after = db.prepare('SELECT * FROM narrative_reports ORDER BY version').all() as Record<string, unknown>[];
    expect(after.map(({ complaint_id, ...rest }) => (expect(complaint_id).toBeNull(), rest))).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare("UPDATE narrative_reports SET sections = '{}' WHERE id = 'r1'").run()).toThrow(/frozen/);
    expect(() => db.prepare("DELETE FROM narrative_reports WHERE id = 'r1'").run()).toThrow(/frozen/);
    // Still one open draft per report.
    expect(() => db.prepare("INSERT INTO narrative_reports (id, kind_id, period_kind, period_key, version, status, sections, replaces, correction_reason, drafted_by, updated_at) VALUES ('r3', 'sichuan-p6-analysis-report', 'month', '2026-11', 3, 'draft', '{}', 'r2', 'x', 'u1', ?)").run(AT)).toThrow(/UNIQUE/);
    // A case row names a complaint that exists, as its key.
    const caseRow = (complaintId: string | null, key: string) => () =>
      db.prepare("INSERT INTO narrative_reports (id, kind_id, period_kind, period_key, complaint_id, version, status, sections, drafted_by, updated_at) VALUES ('c1', 'sichuan-p6-major-complaint-report', 'case', ?, ?, 1, 'draft', '{}', 'u1', ?)").run(key, complaintId, AT);
    expect(caseRow(null, 'x')).toThrow(/CHECK/);
    expect(caseRow('no-such-complaint', 'no-such-complaint')).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'narrative_reports_0035%'").get()).toEqual({ n: 0 });
  });
});
