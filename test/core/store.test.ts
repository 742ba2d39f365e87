import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, StoreIntegrityError } from '../../electron/core/db/store';
import { migrate, StoreVersionError } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import fs from 'node:fs';
import { tempDir } from '../support/temp-core';

describe('openStore', () => {
  it('opens in WAL mode with foreign keys on and full sync, and records every migration', () => {
    const file = path.join(tempDir(), 'nested', 'db.sqlite');
    const store = openStore(file);
    expect(store.read.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.read.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.read.pragma('synchronous', { simple: true })).toBe(2);
    const ids = (store.read.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
    store.close();
  });

  it('runs migrations only once across reopenings', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    openStore(file).close();
    const db = new Database(file);
    expect(migrate(db, () => new Date())).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer program', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (9999, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openStore(file)).toThrow(StoreVersionError);
  });

  it('rolls back a failing migration entirely', () => {
    const db = new Database(':memory:');
    const broken = [{ id: 1, name: 'half', sql: 'CREATE TABLE a (x INTEGER) STRICT; CREATE TABLE a (y INTEGER) STRICT;' }];
    expect(() => migrate(db, () => new Date(), broken)).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });

  it('refuses to open a corrupted file with a clear error', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const store = openStore(file);
    store.transaction((tx) => {
      for (let i = 0; i < 2000; i++) tx.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(200));
    });
    store.read.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    // Overwrite a page in the middle of the b-tree with garbage.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 5);
    fs.closeSync(fd);
    expect(() => openStore(file)).toThrow(/integrity|malformed|not a database/i);
    try {
      openStore(file);
    } catch (error) {
      expect(error instanceof StoreIntegrityError || /malformed/i.test(String(error))).toBe(true);
    }
  });

  it('checks a large file in a worker after opening, and refuses every write once it finds damage', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const store = openStore(file);
    store.transaction((tx) => {
      for (let i = 0; i < 2000; i++) tx.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?)').run(`k${i}`, 'x'.repeat(200));
    });
    store.read.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const healthy = openStore(file, { inlineCheckMaxBytes: 0 });
    await expect(healthy.integrity).resolves.toBe('ok');
    healthy.transaction((tx) => tx.prepare("INSERT INTO sync_state (key, value) VALUES ('after', 'check')").run());
    healthy.read.pragma('wal_checkpoint(TRUNCATE)');
    healthy.close();

    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 5);
    fs.closeSync(fd);
    const damaged = openStore(file, { inlineCheckMaxBytes: 0 }); // opens at once: the check has not run yet
    try {
      expect(await damaged.integrity).not.toBe('ok');
      expect(() => damaged.transaction((tx) => tx.prepare("INSERT INTO sync_state (key, value) VALUES ('x', 'y')").run())).toThrow(StoreIntegrityError);
    } finally {
      damaged.close();
    }
  });
});
