import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullOnce } from '../../electron/core/sync/pull';
import { recordChange } from '../../electron/core/change-log/change-log';
import { pushAll, pushOnce } from '../../electron/core/sync/push';
import { readState } from '../../electron/core/sync/sync-state';
import { findTemplate } from '../../shared/checklists/templates';
import { PATHS } from '../../shared/sync/protocol';
import { admin, createSite, openTestServer, rowCounts, type TestServer } from '../server/support/test-server';
import { openTestCore, type TestCore } from '../support/temp-core';

let server: TestServer;
let url: string;
let core: TestCore;
let lead: string;

beforeEach(async () => {
  server = await openTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  core = await openTestCore({ demo: true });
  lead = await core.signIn('wangjg');
});
afterEach(async () => {
  core.close();
  await server.close();
});

const options = (extra: { fetch?: typeof fetch } = {}) => ({ store: core.context.store, now: core.context.now, ...extra });
const pending = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;

async function enrol(): Promise<void> {
  const { enrolCode } = await createSite(server.app, 'YY42');
  await core.call('sync.enrol', { serverUrl: url, code: enrolCode, deviceName: '站长电脑' }, lead);
}

describe('enrolment on the client', () => {
  it('keeps the credential in sync_state only: never in the outbox nor the audit log', async () => {
    const outboxBefore = pending();
    await enrol();
    const credential = readState(core.context.store.read, 'credential')!;
    expect(credential).toMatch(/\./);
    const secret = credential.split('.')[1]!;
    const db = core.context.store.read;
    const leaks = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE CAST(${table === 'outbox' ? 'payload' : 'after'} AS TEXT) LIKE ?`).get(`%${secret}%`) as { n: number }).n;
    expect(leaks('outbox')).toBe(0);
    expect(leaks('audit_log')).toBe(0);
    expect(pending()).toBe(outboxBefore);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sync.enrol'").get()).toEqual({ n: 1 });
    expect(await core.call('sync.status', {}, lead)).toMatchObject({ enrolled: true, serverUrl: `${url}/` });
  });

  it('is for the station lead and head office: a receiver is refused', async () => {
    const { enrolCode } = await createSite(server.app, 'YY42');
    const receiver = await core.signIn('limei');
    const refused = await core.dispatch({ method: 'sync.enrol', input: { serverUrl: url, code: enrolCode, deviceName: 'x' }, session: receiver });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch({ method: 'sync.runNow', input: {}, session: receiver })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('says plainly when a code is wrong, and stores nothing', async () => {
    const refused = await core.dispatch({ method: 'sync.enrol', input: { serverUrl: url, code: 'AAAA-BBBB-CCCC', deviceName: 'x' }, session: lead });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('登记码') } });
    expect(readState(core.context.store.read, 'credential')).toBeNull();
  });

  it('refuses to sync before enrolment with a reason', async () => {
    const refused = await core.dispatch({ method: 'sync.runNow', input: {}, session: lead });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('尚未在总部登记') } });
    expect((await core.call('sync.status', {}, lead)).lastError).toMatchObject({ code: 'not_enrolled' });
  });
});

describe('push', () => {
  it('sends the oldest entries first, up to the batch size, and marks exactly what was acknowledged', async () => {
    await enrol();
    const oldest = core.context.store.read.prepare('SELECT entry_id FROM outbox ORDER BY seq LIMIT 50').all() as { entry_id: string }[];
    const before = pending();
    const result = await pushOnce(options());
    expect(result.sent).toBe(50); // the initial batch size
    expect(result.acknowledged).toBe(50);
    expect(pending()).toBe(before - 50);
    const acked = core.context.store.read.prepare('SELECT entry_id FROM outbox WHERE acknowledged_at IS NOT NULL ORDER BY seq').all();
    expect(acked).toEqual(oldest);
    expect(result.batchSize).toBe(100); // a quick success doubles it
  });

  it('leaves everything pending when the server cannot be reached, and halves the batch', async () => {
    await enrol();
    const before = pending();
    const unreachable: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(pushOnce(options({ fetch: unreachable }))).rejects.toMatchObject({ code: 'network', message: expect.stringContaining('无法连接总部') });
    expect(pending()).toBe(before);
    expect(readState(core.context.store.read, 'batchSize')).toBe('25');
    expect((await rowCounts(server.store)).received_entries).toBe(0);
  });

  it('after a timeout sends a smaller new batch, not the one that timed out', async () => {
    await enrol();
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    await expect(pushOnce({ ...options({ fetch: hanging }), timeoutMs: 50 })).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('超时') });
    expect(readState(core.context.store.read, 'inFlightBatch')).toBeNull();
    expect((await pushOnce(options())).sent).toBe(25);
  });

  it('after an answer lost on the way back resends the same batch under the same id', async () => {
    await enrol();
    const losing: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError('fetch failed');
    };
    await expect(pushOnce(options({ fetch: losing }))).rejects.toMatchObject({ code: 'network' });
    const inFlight = JSON.parse(readState(core.context.store.read, 'inFlightBatch')!) as { batchId: string; entryIds: string[] };
    const again = await pushOnce(options());
    expect(again.sent).toBe(inFlight.entryIds.length); // 50, although the batch size is now 25
    expect(await server.store.db.selectFrom('received_batches').select('batch_id').execute()).toEqual([{ batch_id: inFlight.batchId }]);
  });

  it('leaves everything pending when the answer is off the protocol', async () => {
    await enrol();
    const before = pending();
    const liar: typeof fetch = async () => new Response(JSON.stringify({ batchId: 'x', acknowledged: 'all' }), { status: 200 });
    await expect(pushOnce(options({ fetch: liar }))).rejects.toMatchObject({ code: 'protocol' });
    expect(pending()).toBe(before);
  });

  it('marks only the ids the server acknowledged, not the whole batch', async () => {
    await enrol();
    const before = pending();
    const partial: typeof fetch = async (input, init) => {
      const real = await fetch(input, init);
      if (!String(input).endsWith(PATHS.push)) return real;
      const ack = (await real.json()) as { batchId: string; acknowledged: string[]; duplicates: number };
      return new Response(JSON.stringify({ ...ack, acknowledged: ack.acknowledged.slice(0, 3) }), { status: 200 });
    };
    expect((await pushOnce(options({ fetch: partial }))).acknowledged).toBe(3);
    expect(pending()).toBe(before - 3);
  });
});

describe('pushing the whole outbox', () => {
  const outboxSize = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  const pushBody = (init: RequestInit | undefined) =>
    JSON.parse(gunzipSync(init!.body as Uint8Array).toString('utf8')) as { batchId: string; entries: { entryId: string }[]; pendingAfterBatch: number };

  it('sends every batch in outbox order, each told the backlog it leaves, counting a change written while it runs', async () => {
    await enrol();
    core.context.store.transaction((tx) => tx.prepare("INSERT INTO sync_state (key, value) VALUES ('batchSize', '5') ON CONFLICT (key) DO UPDATE SET value = '5'").run());
    const total = pending();
    const seqs = core.context.store.read.prepare('SELECT entry_id, seq FROM outbox').all() as { entry_id: string; seq: number }[];
    const seqOf = new Map(seqs.map((r) => [r.entry_id, r.seq]));
    const sent: { ids: string[]; pendingAfterBatch: number }[] = [];
    const recording: typeof fetch = async (input, init) => {
      if (String(input).endsWith(PATHS.push)) {
        const body = pushBody(init);
        sent.push({ ids: body.entries.map((e) => e.entryId), pendingAfterBatch: body.pendingAfterBatch });
        // As the third batch leaves, someone files something: the fourth batch is read after it.
        if (sent.length === 3) {
          core.context.store.transaction((tx) =>
            recordChange(tx, { userId: null, at: new Date(), action: 'test.write', entity: 'customer', entityId: 'written-mid-sync', entityVersion: 1, before: null, after: {}, syncPayload: { id: 'written-mid-sync' } }),
          );
        }
      }
      return fetch(input, init);
    };
    const result = await pushAll(options({ fetch: recording }));
    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(result).toMatchObject({ acknowledged: total + 1, remaining: 0 });
    const ids = sent.flatMap((b) => b.ids);
    expect(new Set(ids).size).toBe(total + 1);
    const order = ids.map((id) => seqOf.get(id) ?? Number.MAX_SAFE_INTEGER); // the change written mid-sync is the newest
    expect(order).toEqual([...order].sort((a, b) => a - b));
    let left = total;
    sent.forEach((batch, i) => {
      if (i === 3) left += 1;
      left -= batch.ids.length;
      expect(batch.pendingAfterBatch, `batch ${i + 1}`).toBe(left);
    });
    expect(left).toBe(0);
    expect((await rowCounts(server.store)).received_entries).toBe(total + 1);
  });

  it('remembers the next batch in the commit after it left: a lost answer resends it under its id, nothing applied twice', async () => {
    await enrol();
    const batchIds: string[] = [];
    const losingSecond: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (String(input).endsWith(PATHS.push)) {
        batchIds.push(pushBody(init).batchId);
        if (batchIds.length === 2) throw new TypeError('fetch failed');
      }
      return answer;
    };
    await expect(pushAll(options({ fetch: losingSecond }))).rejects.toMatchObject({ code: 'network' });
    const inFlight = JSON.parse(readState(core.context.store.read, 'inFlightBatch')!) as { batchId: string; entryIds: string[] };
    expect(inFlight.batchId).toBe(batchIds[1]);
    expect(inFlight.entryIds).toHaveLength(Math.min(50, outboxSize() - 50)); // read at the first batch's size, while the first was applied

    const resent: string[] = [];
    const watching: typeof fetch = async (input, init) => {
      if (String(input).endsWith(PATHS.push)) resent.push(pushBody(init).batchId);
      return fetch(input, init);
    };
    await pushAll(options({ fetch: watching }));
    expect(resent[0]).toBe(inFlight.batchId);
    expect(pending()).toBe(0);
    const held = await server.store.db.selectFrom('received_entries').select(['entry_id', 'batch_id']).execute();
    expect(held).toHaveLength(outboxSize());
    expect(held.filter((e) => e.batch_id === inFlight.batchId).map((e) => e.entry_id).sort()).toEqual([...inFlight.entryIds].sort());
  });
});

describe('pull', () => {
  it('applies reference items and advances the cursor in one transaction, page after page', async () => {
    await enrol();
    const sewage = findTemplate('well.sewage-haulage-register')!;
    for (let v = 1; v <= 3; v++) {
      const body = { ...sewage, version: `1.${v}.0` };
      const published = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'template', id: sewage.id, version: v, body } });
      expect(published.statusCode).toBe(201);
    }
    const first = await pullOnce(options());
    expect(first).toMatchObject({ applied: 3, cursor: 3, more: false });
    expect(readState(core.context.store.read, 'pullCursor')).toBe('3');
    // Every version kept: a checklist started on v1 still finds v1.
    expect(core.context.store.read.prepare('SELECT version FROM reference_items WHERE id = ? ORDER BY version').all(sewage.id)).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    expect(await pullOnce(options())).toMatchObject({ applied: 0, cursor: 3 });
  });

  it('keeps the cursor when the pull fails', async () => {
    await enrol();
    await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'calendar', id: 'cn', version: 1, body: {} } });
    const broken: typeof fetch = async () => new Response('<html>proxy error</html>', { status: 502 });
    await expect(pullOnce(options({ fetch: broken }))).rejects.toMatchObject({ code: 'http', status: 502 });
    expect(readState(core.context.store.read, 'pullCursor')).toBe('0');
    expect(core.context.store.read.prepare('SELECT count(*) AS n FROM reference_items').get()).toEqual({ n: 0 });
  });
});
