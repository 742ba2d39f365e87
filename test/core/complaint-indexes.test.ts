import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { ReadDb, WriteDb } from '../../electron/core/db/handles';
import { sameCustomerComplaints } from '../../electron/core/escalations/repeat-repository';
import { caseCandidates } from '../../electron/core/narrative-reports/repository';
import { markOpenComplaintsForRegrade } from '../../electron/core/complaints/complaints-repository';
import { registerSearchFunctions } from '../../electron/core/db/search-functions';

/**
 * Issue 21 §1: only the indexes on `complaints` a query plan uses. Migration 0049 drops one none used (a
 * write on every save): `complaints_by_customer_phone` (phone numbers are found through
 * `customer_phone_digits` and the search index). Checked here on the schema before the drop: the queries
 * that name the customer's columns plan without it, and no repository's SQL compares `customer_phone`
 * itself. `complaints_open_by_class` looked unused too (nothing selects open complaints by class), but the
 * plan of `markOpenComplaintsForRegrade` scans it to find the open ones, so it stays (asserted below).
 */
const DROPPED = ['complaints_by_customer_phone'];

function storeBefore0049(): Database.Database {
  const db = new Database(':memory:');
  registerSearchFunctions(db);
  migrate(db, () => new Date('2026-11-23T00:00:00Z'), MIGRATIONS.filter((m) => m.id < 49));
  return db;
}

/** The plans of every statement `work` runs on `db`, with its own arguments. */
function plansOf(db: Database.Database, work: (db: Database.Database) => void): string[] {
  const prepare = db.prepare.bind(db);
  const plans: string[] = [];
  const record = (sql: string, args: unknown[]) => plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('\n'));
  db.prepare = ((sql: string) => {
    const real = prepare(sql);
    return new Proxy(real, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'all' || key === 'get' || key === 'run') return (...args: unknown[]) => (record(sql, args), (value as (...a: unknown[]) => unknown).apply(target, args));
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  }) as typeof db.prepare;
  work(db);
  return plans;
}

function repositorySql(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('-repository.ts')) files.push(path.join(entry.parentPath, entry.name));
  }
  return files;
}

describe('indexes on complaints', () => {
  it('the queries on the columns of the dropped indexes never planned with them', () => {
    const db = storeBefore0049();
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'complaints'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(DROPPED));
    const plans = plansOf(db, (raw) => {
      sameCustomerComplaints(raw as ReadDb, { customerId: 'k1', digits: '13808301122', name: '周桂芳', from: '2026-01-01', to: '2026-12-31', excludeId: 'c1' });
      caseCandidates(raw as ReadDb, '2026-01-01', '2026-12-31', ['major']);
      markOpenComplaintsForRegrade(raw as WriteDb, new Date('2026-11-23T00:00:00Z'));
    });
    expect(plans).toHaveLength(3);
    for (const plan of plans) for (const name of DROPPED) expect(plan).not.toContain(name);
    expect(plans[0]).toContain('complaints_by_customer_name'); // the repeat match by name, kept
    expect(plans[2]).toContain('complaints_open_by_class'); // the open ones to re-grade, kept
    db.close();
  });

  it('no repository compares a customer_phone itself', () => {
    for (const file of repositorySql(path.resolve(__dirname, '../../electron/core'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bcustomer_phone\s*(=(?!\s*NULL)|IN\s*\(|LIKE|GLOB|>|<)/);
    }
  });

  it('migration 0049 drops them', () => {
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    migrate(db, () => new Date('2026-11-23T00:00:00Z'));
    const left = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (${DROPPED.map(() => '?').join(', ')})`).all(...DROPPED);
    expect(left).toEqual([]);
    db.close();
  });
});
