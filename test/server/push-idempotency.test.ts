import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entry, enrolledSite, openTestServer, push, rowCounts, siteRecords, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer();
});
afterEach(async () => server.close());

async function records(siteId: string) {
  return siteRecords(server.store, siteId);
}

describe('push is applied exactly once', () => {
  it('runs on the database the test run asked for (scripts/test-server-pg.mjs sets PostgreSQL)', () => {
    expect(server.store.dialect).toBe(process.env.BRANCHLINE_TEST_PG_URL ? 'postgres' : 'sqlite');
  });


  it('answers a resent batch with the same ack and keeps one record', async () => {
    const site = await enrolledSite(server.app);
    const batch = { batchId: 'batch-1', entries: [entry({ entityId: 'c1' }), entry({ entityId: 'c2' })] };
    const first = await push(server.app, site.auth, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ batchId: 'batch-1', acknowledged: batch.entries.map((e) => e.entryId), duplicates: 0 });
    const before = await rowCounts(server.store);

    const again = await push(server.app, site.auth, batch);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await rowCounts(server.store)).toEqual(before);
    expect((await records(site.siteId)).map((r) => r.entity_id)).toEqual(['c1', 'c2']);
  });

  it('acknowledges an entry received before in a new batch, counts it as a duplicate and does not apply it again', async () => {
    const site = await enrolledSite(server.app);
    const old = entry({ entityId: 'c1', entityVersion: 1, payload: { v: 1 } });
    await push(server.app, site.auth, { batchId: 'b1', entries: [old] });
    const newer = entry({ entityId: 'c1', entityVersion: 2, payload: { v: 2 } });
    await push(server.app, site.auth, { batchId: 'b2', entries: [newer] });

    const resent = await push(server.app, site.auth, { batchId: 'b3', entries: [old, entry({ entityId: 'c9' })] });
    expect(resent.statusCode).toBe(200);
    expect(resent.json().duplicates).toBe(1);
    expect(resent.json().acknowledged).toContain(old.entryId);
    const entries = await server.store.db.selectFrom('received_entries').select('entry_id').where('entry_id', '=', old.entryId).execute();
    expect(entries).toHaveLength(1);
    const c1 = (await records(site.siteId)).find((r) => r.entity_id === 'c1')!;
    expect(JSON.parse(c1.payload)).toEqual({ v: 2 });
  });

  it('never lets an older entity version overwrite a newer one, in one batch or across batches', async () => {
    const site = await enrolledSite(server.app);
    await push(server.app, site.auth, {
      batchId: 'b1',
      entries: [entry({ entityId: 'c1', entityVersion: 3, payload: { v: 3 } }), entry({ entityId: 'c1', entityVersion: 2, payload: { v: 2 } })],
    });
    await push(server.app, site.auth, { batchId: 'b2', entries: [entry({ entityId: 'c1', entityVersion: 1, payload: { v: 1 } })] });
    const [c1] = await records(site.siteId);
    expect(c1!.entity_version).toBe(3);
    expect(JSON.parse(c1!.payload)).toEqual({ v: 3 });
    // Every entry is still kept in the received log: the record table holds the latest, the log holds the history.
    expect((await rowCounts(server.store)).received_entries).toBe(3);

    await push(server.app, site.auth, { batchId: 'b3', entries: [entry({ entityId: 'c1', entityVersion: 4, payload: { v: 4 } })] });
    expect(JSON.parse((await records(site.siteId))[0]!.payload)).toEqual({ v: 4 });
  });

  it('answers two copies of a batch arriving at once with one ack and applies it once', async () => {
    const site = await enrolledSite(server.app);
    const batch = { batchId: 'racing', entries: Array.from({ length: 20 }, () => entry()) };
    const [a, b] = await Promise.all([push(server.app, site.auth, batch), push(server.app, site.auth, batch)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    expect(await rowCounts(server.store)).toMatchObject({ received_batches: 1, received_entries: 20, site_records: 20 });
  });

  it('refuses a batch id reused for different entries, changing nothing', async () => {
    const site = await enrolledSite(server.app);
    await push(server.app, site.auth, { batchId: 'b1', entries: [entry()] });
    const before = await rowCounts(server.store);
    const reused = await push(server.app, site.auth, { batchId: 'b1', entries: [entry()] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('batch_id_reused');
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('keeps batch ids per site: two sites may use the same batch id', async () => {
    const a = await enrolledSite(server.app, 'AA01');
    const b = await enrolledSite(server.app, 'BB01');
    expect((await push(server.app, a.auth, { batchId: 'same', entries: [entry()] })).json().duplicates).toBe(0);
    const second = await push(server.app, b.auth, { batchId: 'same', entries: [entry()] });
    expect(second.statusCode).toBe(200);
    expect(second.json().duplicates).toBe(0);
    expect((await rowCounts(server.store)).site_records).toBe(2);
  });
});
