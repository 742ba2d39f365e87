import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openServerDb } from '../../server/db/open';
import { serverMigrations } from '../../server/db/migrations';
import { datasetRow } from '../support/report-dataset';
import { freshServerTarget, openTestServerDb, siteRecords } from './support/test-server';

const TABLES = ['blob_owners', 'blobs', 'console_sessions', 'console_users', 'counters', 'devices', 'enrol_codes', 'head_office_personal_access', 'head_office_remarks', 'received_batches', 'received_entries', 'reference_items', 'report_complaints', 'report_reference', 'sign_in_limits', 'site_notifications', 'site_records', 'sites'];

describe('server migrations', () => {
  it('create every table once and keep the data when the server starts again', async () => {
    const first = await openTestServerDb();
    const tables = (await first.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
    expect(tables.sort()).toEqual(TABLES);
    await first.db.insertInto('sites').values({ id: 's1', code: 'YY42', name: '阳42井站', created_at: '2026-11-23T00:00:00.000Z' }).execute();
    await first.close();

    const again = await openServerDb(first.target);
    const ran = await sql<{ n: number | string }>`SELECT count(*) AS n FROM kysely_migration`.execute(again.db);
    expect(Number(ran.rows[0]!.n)).toBe(Object.keys(await serverMigrations(first.dialect).getMigrations()).length);
    expect(await again.db.selectFrom('sites').select('code').execute()).toEqual([{ code: 'YY42' }]);
    await again.close();
  });

  it('refuses a database that a newer server migrated, rather than half understand it', async () => {
    const first = await openTestServerDb();
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-a-newer-server', ${new Date().toISOString()})`.execute(first.db);
    await first.close();
    await expect(openServerDb(first.target)).rejects.toThrow(/9999-from-a-newer-server/);
  });
});

describe('migration 0003-payload-once', () => {
  const at = '2026-11-23T00:00:00.000Z';
  async function before0003(withEntry: boolean) {
    const target = await freshServerTarget();
    const old = await openServerDb(target, { upTo: '0002-console' });
    await old.db.insertInto('sites').values({ id: 's1', code: 'YY42', name: '阳42井站', created_at: at }).execute();
    if (withEntry) {
      await old.db
        .insertInto('received_entries')
        .values({ site_id: 's1', entry_id: 'e2', batch_id: 'b1', entity: 'complaint', entity_id: 'c1', entity_version: 2, operation: 'upsert', payload: '{"v":2}', created_at: at, received_at: at })
        .execute();
    }
    await sql`INSERT INTO site_records (site_id, entity, entity_id, entity_version, payload, entry_id, updated_at) VALUES ('s1', 'complaint', 'c1', 2, '{"v":2}', 'e2', ${at})`.execute(old.db);
    await old.close();
    return target;
  }

  it('keeps one copy of each payload, in the entry that wrote the record, which readers join', async () => {
    const migrated = await openServerDb(await before0003(true));
    try {
      const columns = (await migrated.db.introspection.getTables()).find((t) => t.name === 'site_records')!.columns.map((c) => c.name);
      expect(columns).not.toContain('payload');
      const [record] = await siteRecords(migrated, 's1');
      expect(record).toMatchObject({ entity_id: 'c1', entity_version: 2, entry_id: 'e2' });
      expect(JSON.parse(record!.payload)).toEqual({ v: 2 });
    } finally {
      await migrated.close();
    }
  });

  it('stops, keeping the payload, when a record names an entry head office does not hold', async () => {
    const target = await before0003(false);
    await expect(openServerDb(target)).rejects.toThrow(/no received_entries row/);
    const still = await openServerDb(target, { upTo: '0002-console' });
    try {
      const rows = await sql<{ payload: string }>`SELECT payload FROM site_records`.execute(still.db);
      expect(rows.rows).toEqual([{ payload: '{"v":2}' }]);
    } finally {
      await still.close();
    }
  });
});

describe('migration 0008-report-late-plans', () => {
  it('adds late_plan_at to the report rows head office holds, null until the site sends the row again', async () => {
    const target = await freshServerTarget();
    const old = await openServerDb(target, { upTo: '0007-notifications' });
    await old.db.insertInto('sites').values({ id: 'site-1', code: 'S1', name: '一号站', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    const { late_plan_at: _notYet, ...row } = datasetRow(3);
    await (old.db as unknown as Kysely<{ report_complaints: typeof row }>).insertInto('report_complaints').values(row).execute();
    await old.close();
    const migrated = await openServerDb(target);
    try {
      const stored = await migrated.db.selectFrom('report_complaints').select(['complaint_id', 'status', 'late_plan_at']).execute();
      expect(stored).toEqual([{ complaint_id: row.complaint_id, status: 'in_progress', late_plan_at: null }]);
      await migrated.db.updateTable('report_complaints').set({ late_plan_at: '2026-01-16T02:00:00.000Z' }).execute();
      expect(await migrated.db.selectFrom('report_complaints').select('late_plan_at').executeTakeFirst()).toEqual({ late_plan_at: '2026-01-16T02:00:00.000Z' });
    } finally {
      await migrated.close();
    }
  });
});
