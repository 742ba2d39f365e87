import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export class StoreVersionError extends Error {}

/**
 * Applies every migration the database has not seen, each in its own
 * transaction, and records it. Refuses a database that holds a migration
 * this program does not know (it was written by a newer version).
 */
export function migrate(db: Database.Database, now: () => Date, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((row) => row.id),
  );
  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...applied].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new StoreVersionError(
      `数据库由更新版本的程序创建（迁移 ${unknown.join(', ')}），请升级 Branchline 后再打开。` +
        ` The database was written by a newer Branchline (migrations ${unknown.join(', ')}); please upgrade.`,
    );
  }
  const ran: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.data?.(db);
      record.run(m.id, m.name, now().toISOString());
    })();
    ran.push(m.id);
  }
  return ran;
}
