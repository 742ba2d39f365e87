import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';

/**
 * Migration 0041 rebuilds customer_follow_ups so a follow-up may be an on-site
 * visit (实地走访, seed000 第二篇 三(一)1): the follow-ups recorded before keep
 * every column, the customer and user keys still hold, other methods are refused.
 */
const NOW = () => new Date('2026-12-02T02:00:00.000Z');
const AT = '2026-12-01T02:00:00.000Z';

function storeBefore0041(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, NOW, MIGRATIONS.filter((m) => m.id < 41));
  db.prepare("INSERT INTO users (id, login, display_name, roles, secret_kind, secret_hash, created_at, updated_at, version) VALUES ('u1', 'wangjg', '王建国', '[\"station_lead\"]', 'pin', 'x', ?, ?, 1)").run(AT, AT);
  db.prepare("INSERT INTO customers (id, kind, name, scheme, created_by, created_at, updated_at, version) VALUES ('c1', 'organisation', '绍兴某纺织有限公司', 'default', 'u1', ?, ?, 1)").run(AT, AT);
  const insert = db.prepare('INSERT INTO customer_follow_ups (id, customer_id, at, by_user, method, note) VALUES (?, ?, ?, ?, ?, ?)');
  insert.run('f1', 'c1', AT, 'u1', 'phone', '电话慰问');
  insert.run('f2', 'c1', AT, 'u1', 'material', '送慰问品');
  insert.run('f3', 'c1', AT, 'u1', null, '其他');
  expect(() => insert.run('f4', 'c1', AT, 'u1', 'visit', '走访')).toThrow(/CHECK/);
  return db;
}

describe('migration 0041 (follow-up visits)', () => {
  it('keeps the follow-ups, accepts a visit and still refuses an unknown method or customer', () => {
    const db = storeBefore0041();
    const before = db.prepare('SELECT * FROM customer_follow_ups ORDER BY id').all();
    expect(migrate(db, NOW, MIGRATIONS.filter((m) => m.id <= 41))).toEqual([41]);
    expect(db.prepare('SELECT * FROM customer_follow_ups ORDER BY id').all()).toEqual(before);
    const insert = db.prepare('INSERT INTO customer_follow_ups (id, customer_id, at, by_user, method, note) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('f4', 'c1', AT, 'u1', 'visit', '实地走访企业');
    expect(() => insert.run('f5', 'c1', AT, 'u1', 'email', '邮件')).toThrow(/CHECK/);
    expect(() => insert.run('f6', 'no-such-customer', AT, 'u1', 'visit', '走访')).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'customer_follow_ups' AND type = 'index' AND name NOT LIKE 'sqlite_%'").all()).toEqual([{ name: 'customer_follow_ups_by_customer' }]);
  });
});
