import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerDb } from '../../server/db/open';
import { applyBatch } from '../../server/services/apply-batch';
import type { PushEntry } from '../../shared/sync/protocol';
import { compactReportRow, fullReportRow } from '../../shared/reports/report-payload';
import type { ReportRow } from '../../shared/reports/report-row';
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

function entry(version: number, report: unknown, complaint: Record<string, unknown> = { id: 'site-1-c00', version }): PushEntry {
  return { entryId: randomUUID(), entity: 'complaint', entityId: 'site-1-c00', entityVersion: version, operation: 'upsert', payload: { ...complaint, report } as PushEntry['payload'], createdAt: '2026-01-05T02:00:00.000Z' };
}

/** The complaint payload fields a site sends beside the row (shared/api/complaints.ts), agreeing with it. */
function complaintOf(row: ReportRow): Record<string, unknown> {
  return {
    id: row.complaint_id,
    version: row.version,
    serial: row.serial,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    classCode: row.class_code,
    problemCode: row.category,
    unit: row.unit,
    assigneeId: row.handler_id,
    assigneeName: row.handler_name,
    receivedAt: row.received_at,
    closedAt: row.closed_at,
    dueAt: row.due_at,
    resolvedAt: row.resolved_at,
    escalationCount: row.escalations,
    repeatOf: row.is_repeat ? { id: 'x', serial: 'S-x' } : null,
    customerName: '王敏',
    content: '噪声大',
  };
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

  it('rebuilds a compact row (what the payload already says left out) into the whole row, and still takes an old site\'s whole row beside the same payload', async () => {
    const row = { ...datasetRow(0), version: 9, site_id: 'site-1' };
    const complaint = complaintOf(row);
    const compact = compactReportRow(row, complaint);
    // The complaint's own fields and the period keys are not sent again.
    for (const column of ['site_id', 'complaint_id', 'version', 'serial', 'kind', 'status', 'received_at', 'received_month', 'closed_week', 'due_at'] as const) expect(compact).not.toHaveProperty(column);
    expect(Object.keys(compact).length).toBeLessThan(Object.keys(row).length / 2);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(row).length / 2);
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(9, compact, complaint)] }, new Date());
    expect(await stored()).toEqual(row);
    // An old site (before compact rows) sends the whole row beside a whole payload: stored the same.
    const old = { ...row, version: 10, status: 'resolved', escalations: 2 };
    await applyBatch(office.db, device, { batchId: randomUUID(), entries: [entry(10, old, { ...complaint, version: 10, status: 'closed', escalationCount: 0 })] }, new Date());
    expect(await stored()).toEqual(old);
  });

  it('every value a compact row leaves out comes back as it was, for rows of every shape in the data set', () => {
    for (let i = 0; i < 16; i++) {
      const row = datasetRow(i);
      const complaint = complaintOf(row);
      expect(fullReportRow(compactReportRow(row, complaint), complaint, row.site_id)).toEqual(row);
      // Values the payload does not say (another status, more escalations …) are sent, and win.
      const other = { ...row, status: 'x', escalations: 7, cause: 'c', call_backs: 3 };
      expect(compactReportRow(other, complaint)).toMatchObject({ status: 'x', escalations: 7, cause: 'c', call_backs: 3 });
      expect(fullReportRow(compactReportRow(other, complaint), complaint, row.site_id)).toEqual(other);
    }
  });
});
