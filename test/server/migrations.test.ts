import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openServerDb } from '../../server/db/open';
import { serverMigrations } from '../../server/db/migrations';
import { openTestServerDb } from './support/test-server';

const TABLES = ['blob_owners', 'blobs', 'console_sessions', 'console_users', 'counters', 'devices', 'enrol_codes', 'head_office_remarks', 'received_batches', 'received_entries', 'reference_items', 'site_records', 'sites'];

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
