import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerDb } from '../../server/db/open';
import { applyBatch } from '../../server/services/apply-batch';
import type { PushEntry } from '../../shared/sync/protocol';
import { datasetRow } from '../support/report-dataset';
import { openTestServerDb } from './support/test-server';

/** Head office stores the report row a complaint payload carries, in the batch's transaction, keeping the highest version. */
let office: ServerDb;
const device = { deviceId: 'dev-1', siteId: 'site-1' };
beforeAll(async () => {
  office = await openTestServerDb();
  const created_at = '2026-01-01T00:00:00.000Z';
  await office.db.insertInto('sites').values({ id: 'site-1', code: 'S1', name: '一号站', created_at }).execute();
  await office.db.insertInto('devices').values({ id: 'dev-1', site_id: 'site-1', name: 'pc', credential_hash: 'x', enrolled_at: created_at, revoked_at: null, last_push_at: null, pending_after_batch: null, pending_reported_at: null }).execute();
});
afterAll(async () => office?.close());

function entry(version: number, report: unknown): PushEntry {
  return { entryId: randomUUID(), entity: 'complaint', entityId: 'site-1-c00', entityVersion: version, operation: 'upsert', payload: { id: 'site-1-c00', version, report } as PushEntry['payload'], createdAt: '2026-01-05T02:00:00.000Z' };
}
/** PostgreSQL returns the bigint lag as text: compared as the number it is. */
const stored = async () => {
  const row = await office.db.selectFrom('report_complaints').selectAll().where('complaint_id', '=', 'site-1-c00').executeTakeFirst();
  return row && { ...row, call_back_lag_ms: row.call_back_lag_ms === null ? null : Number(row.call_back_lag_ms) };
};

describe('report rows at head office', () => {
  it('stores the row as the site built it, the site id from the device, and never lets an older version overwrite a newer one', async () => {
    const row = { ...datasetRow(0), version: 3 };
    // A row claiming another site is stored under the pushing device's site.
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(3, { ...row, site_id: 'site-9' })] }, new Date());
    expect(await stored()).toEqual({ ...row, site_id: 'site-1' });
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(2, { ...row, version: 2, status: 'registered' })] }, new Date());
    expect((await stored())!.status).toBe('closed');
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(4, { ...row, version: 4, status: 'invalid' })] }, new Date());
    expect((await stored())!).toMatchObject({ version: 4, status: 'invalid' });
  });

  it('a payload without a row, or with one that fails the schema, is stored as a record and adds no row', async () => {
    const before = await stored();
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(5, { ...datasetRow(0), version: 5, call_backs: -1 })] }, new Date());
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(6, undefined)] }, new Date());
    expect(await stored()).toEqual(before);
    const record = await office.db.selectFrom('site_records').select('entity_version').where('entity_id', '=', 'site-1-c00').executeTakeFirst();
    expect(record?.entity_version).toBe(6);
  });

  it('stores a late plan, and a row from a site older than late plans (no late_plan_at) as one without', async () => {
    const late = { ...datasetRow(0), version: 7, late_plan_at: '2026-01-13T02:00:00.000Z' };
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(7, late)] }, new Date());
    expect(await stored()).toEqual(late);
    const { late_plan_at: _absent, ...older } = { ...datasetRow(0), version: 8, status: 'resolved' };
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(8, older)] }, new Date());
    expect(await stored()).toEqual({ ...older, late_plan_at: null });
  });
});
