import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { pushOnce } from '../../electron/core/sync/push';
import { readState } from '../../electron/core/sync/sync-state';
import { openTestCore, type TestCore } from '../support/temp-core';
import { startServerProcess, type ServerProcess } from '../support/server-process';

let server: ServerProcess | undefined;
let core: TestCore | undefined;
afterEach(async () => {
  core?.close();
  await server?.stop();
  core = undefined;
  server = undefined;
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 56 }, (_, i) => (i * 13) % 256)]);

interface Row {
  entry_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  payload: string;
}

describe('sync with the real head-office server process', () => {
  it('moves every outbox record to head office exactly once, equal to the client, through a lost acknowledgement', async () => {
    server = await startServerProcess();
    const { enrolCode, siteId } = await server.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' });
    core = await openTestCore({ demo: true });
    const lead = await core.signIn('wangjg');
    await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, lead);

    // New records through the core: complaints, one edited, and an evidence image (sent by hash, bytes uploaded apart).
    const receiver = await core.signIn('limei');
    for (let i = 0; i < 25; i++) {
      await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: `客户${i}`, customerPhone: `1380000${String(i).padStart(4, '0')}`, content: `第 ${i} 件：水压低` }, receiver);
    }
    const incident = await core.call('media.create', { occurredAt: '2026-11-20T02:00:00.000Z', channel: 'online', platform: '百度贴吧', description: '贴吧发帖' }, receiver);
    await core.call('media.attach', { id: incident.id, fileName: '截图.png', mimeType: 'image/png', dataBase64: PNG.toString('base64') }, receiver);

    // The first batch reaches the server, but its answer is lost on the way back.
    const store = core.context.store;
    const losingFetch: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError('fetch failed');
    };
    await expect(pushOnce({ store, now: core.context.now, fetch: losingFetch })).rejects.toMatchObject({ code: 'network' });
    const lost = JSON.parse(readState(store.read, 'inFlightBatch')!) as { batchId: string; entryIds: string[] };
    expect(lost.entryIds.length).toBeGreaterThan(0);
    expect(pendingIds(core)).toEqual(expect.arrayContaining(lost.entryIds));

    // The resend carries the same batch id and gets the first answer back.
    const resent = await pushOnce({ store, now: core.context.now });
    expect(resent.acknowledged).toBe(lost.entryIds.length);
    expect(readState(store.read, 'inFlightBatch')).toBeNull();

    const result = await core.call('sync.runNow', {}, lead);
    expect(result.pushed).toBeGreaterThan(0);
    const status = await core.call('sync.status', {}, lead);
    expect(status).toMatchObject({ queueLength: 0, enrolled: true, lastError: null, progress: null });
    expect(status.lastSuccessAt).not.toBeNull();

    const head = new Database(path.join(server.dataDir, 'head-office.sqlite'), { readonly: true });
    try {
      const client = core.context.store.read.prepare('SELECT entry_id, entity, entity_id, entity_version, payload FROM outbox ORDER BY entry_id').all() as Row[];
      const received = head.prepare('SELECT entry_id, entity, entity_id, entity_version, payload FROM received_entries WHERE site_id = ? ORDER BY entry_id').all(siteId) as Row[];
      // Exactly once: the same ids, no more, and equal payloads.
      expect(received.map((r) => r.entry_id)).toEqual(client.map((r) => r.entry_id));
      expect(received.map(parsed)).toEqual(client.map(parsed));
      // The record table holds each record's latest version.
      const latest = new Map<string, Row>();
      for (const row of client) {
        const key = `${row.entity}/${row.entity_id}`;
        if (!latest.has(key) || latest.get(key)!.entity_version <= row.entity_version) latest.set(key, row);
      }
      const records = head.prepare('SELECT r.entity, r.entity_id, r.entity_version, e.payload FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ?').all(siteId) as Row[];
      expect(records).toHaveLength(latest.size);
      for (const record of records) {
        const mine = latest.get(`${record.entity}/${record.entity_id}`)!;
        expect(record.entity_version).toBe(mine.entity_version);
        expect(JSON.parse(record.payload)).toEqual(JSON.parse(mine.payload));
      }
      const batches = head.prepare('SELECT count(*) AS n FROM received_batches WHERE batch_id = ?').get(lost.batchId) as { n: number };
      expect(batches.n).toBe(1);
      // The image's bytes arrived under their hash.
      const { createHash } = await import('node:crypto');
      const blob = head.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(createHash('sha256').update(PNG).digest('hex')) as { data: Buffer } | undefined;
      expect(blob?.data.equals(PNG)).toBe(true);
    } finally {
      head.close();
    }

    // Reference data flows back and the cursor moves with it.
    await server.admin('POST', PATHS.adminReference, { kind: 'calendar', id: 'cn-2027', version: 1, body: { year: 2027, holidays: ['2027-01-01'] } });
    expect((await core.call('sync.runNow', {}, lead)).pulled).toBe(1);
    const items = core.context.store.read.prepare('SELECT kind, id, version, body FROM reference_items').all();
    expect(items).toEqual([{ kind: 'calendar', id: 'cn-2027', version: 1, body: JSON.stringify({ year: 2027, holidays: ['2027-01-01'] }) }]);
    expect(readState(core.context.store.read, 'pullCursor')).toBe('1');

    // A revoked device is refused with a clear reason, kept as the last error.
    await server.admin('POST', PATHS.adminRevokeDevice(readState(core.context.store.read, 'deviceId')!));
    await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '客户末', customerPhone: '13800009999', content: '吊销后' }, receiver);
    const refused = await core.dispatch({ method: 'sync.runNow', input: {}, session: lead });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('吊销') } });
    expect((await core.call('sync.status', {}, lead)).lastError).toMatchObject({ code: 'device_revoked' });
    expect((await core.call('sync.status', {}, lead)).queueLength).toBe(1);
  });
});

function pendingIds(core: TestCore): string[] {
  return (core.context.store.read.prepare('SELECT entry_id FROM outbox WHERE acknowledged_at IS NULL').all() as { entry_id: string }[]).map((r) => r.entry_id);
}

function parsed(row: Row) {
  return { ...row, payload: JSON.parse(row.payload) as unknown };
}
