import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerDb } from '../../server/db/open';
import { applyBatch } from '../../server/services/apply-batch';
import { PG_LOOKUP, pgLookupParameters } from '../../server/services/push-batch-repository';
import { foreignRecordsQuery } from '../../server/services/site-records-write';
import { entry, enrolledSite, openTestServer, push, rowCounts, siteRecords, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer();
});
afterEach(async () => server.close());

const AT = new Date('2026-12-07T00:00:00.000Z');

/** The plan of the push path's foreign-record check for a batch of 50 ids, as each engine explains it. */
async function checkPlan(store: ServerDb, siteId: string): Promise<string> {
  const compiled = foreignRecordsQuery(store.db, siteId, Array.from({ length: 50 }, () => entry()));
  const explain = store.dialect === 'postgres' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
  const rows = (await store.db.executeQuery<Record<string, unknown>>({ ...compiled, sql: explain + compiled.sql })).rows;
  return rows.map((row) => String(row['QUERY PLAN'] ?? row.detail)).join('\n');
}

/** PostgreSQL's plan of the push path's lookup (batch seen, entries seen, records held elsewhere) for a batch of 50. */
async function lookupPlan(store: ServerDb, siteId: string): Promise<string> {
  const batch = { batchId: 'plan', entries: Array.from({ length: 50 }, () => entry()) };
  const rows = (await store.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`EXPLAIN ${PG_LOOKUP}`, pgLookupParameters(siteId, batch)))).rows;
  return rows.map((row) => String(row['QUERY PLAN'])).join('\n');
}

/**
 * Issue 24 item 7: the foreign-record check is one statement per batch,
 * answered from the index that holds each record's owner (server migration
 * 0010), on a table filled and analysed as a working head office's is. Runs on
 * SQLite and, under `npm run test:server:pg`, on PostgreSQL.
 */
describe('the push path\'s foreign-record check', () => {
  it('reads the owner index, not the table, for a batch of ids', async () => {
    const holder = await enrolledSite(server.app, 'HH01');
    const pusher = await enrolledSite(server.app, 'PP01');
    for (let n = 0; n < 4; n++) {
      const entries = Array.from({ length: 1000 }, () => entry());
      await applyBatch(server.store.db, { deviceId: holder.deviceId, siteId: holder.siteId }, { batchId: `fill-${n}`, entries }, AT);
    }
    await sql`ANALYZE`.execute(server.store.db);

    const plan = await checkPlan(server.store, pusher.siteId);
    if (server.store.dialect === 'postgres') {
      expect(plan).toMatch(/(Index|Index Only) Scan using site_records_owner_by_entity_id on site_records/);
      expect(plan).not.toContain('Seq Scan');
      // The push path asks it inside its one lookup statement (push-batch-repository.ts), with the same plan.
      const lookup = await lookupPlan(server.store, pusher.siteId);
      expect(lookup).toMatch(/(Index|Index Only) Scan using site_records_owner_by_entity_id on site_records/);
      expect(lookup).not.toMatch(/Seq Scan on (site_records|received_entries)/);
    } else {
      expect(plan).toContain('USING COVERING INDEX site_records_owner_by_entity_id (entity_id=?)');
    }
  });

  it('refuses a batch of 50 with one foreign record among fresh ones, and applies none of it', async () => {
    const holder = await enrolledSite(server.app, 'HH01');
    const pusher = await enrolledSite(server.app, 'PP01');
    expect((await push(server.app, holder.auth, { batchId: 'h1', entries: [entry({ entityId: 'held-by-h', payload: { owner: 'h' } })] })).statusCode).toBe(200);
    const before = await rowCounts(server.store);

    const fresh = Array.from({ length: 49 }, (_, i) => entry({ entityId: `p-${i}` }));
    const mixed = [...fresh.slice(0, 37), entry({ entityId: 'held-by-h', entityVersion: 7, payload: { owner: 'p' } }), ...fresh.slice(37)];
    const refused = await push(server.app, pusher.auth, { batchId: 'p1', entries: mixed });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('foreign_record');
    expect(await rowCounts(server.store)).toEqual(before);
    expect((await siteRecords(server.store, holder.siteId)).map((r) => JSON.parse(r.payload))).toEqual([{ owner: 'h' }]);

    // Nothing of the batch was kept, not even its id: the site sends it again without the foreign record.
    const again = await push(server.app, pusher.auth, { batchId: 'p1', entries: fresh });
    expect(again.statusCode).toBe(200);
    expect((await siteRecords(server.store, pusher.siteId)).length).toBe(49);
  });

  it('tells records apart by entity and id: the same id under another entity is not another site\'s record', async () => {
    const holder = await enrolledSite(server.app, 'HH01');
    const pusher = await enrolledSite(server.app, 'PP01');
    expect((await push(server.app, holder.auth, { batchId: 'h1', entries: [entry({ entity: 'complaint', entityId: 'shared-id' })] })).statusCode).toBe(200);
    const response = await push(server.app, pusher.auth, { batchId: 'p1', entries: [entry({ entity: 'checklist_result', entityId: 'shared-id' }), entry()] });
    expect(response.statusCode).toBe(200);
    expect((await siteRecords(server.store, pusher.siteId)).map((r) => r.entity).sort()).toEqual(['checklist_result', 'complaint']);
  });
});
