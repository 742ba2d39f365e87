import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pushAll, pushOnce } from '../../electron/core/sync/push';
import { busyWaitMs, SERVER_BUSY, sleep } from '../../electron/core/sync/server-busy';
import { SyncClientError } from '../../electron/core/sync/http';
import { readState, writeState } from '../../electron/core/sync/sync-state';
import { PATHS } from '../../shared/sync/protocol';
import { createSite, openTestServer, rowCounts, type TestServer } from '../server/support/test-server';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Issue 24 item 5: head office answering 503/429 is busy, not a slow link.
 * The real head office behind a fetch that answers "busy" when the test
 * says, and a fake clock: the waits are recorded, never slept.
 */
let server: TestServer;
let url: string;
let core: TestCore;

beforeEach(async () => {
  server = await openTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  core = await openTestCore({ demo: true });
  const { enrolCode } = await createSite(server.app, 'YY42');
  await core.call('sync.enrol', { serverUrl: url, code: enrolCode, deviceName: '站长电脑' }, await core.signIn('wangjg'));
  setBatchSize(20);
});
afterEach(async () => {
  vi.useRealTimers();
  core.close();
  await server.close();
});

const setBatchSize = (n: number) => core.context.store.transaction((tx) => writeState(tx, 'batchSize', String(n)));
const batchSize = () => Number(readState(core.context.store.read, 'batchSize'));
const pending = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;
const outboxSize = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
const batchOf = (init: RequestInit | undefined) => JSON.parse(gunzipSync(init!.body as Uint8Array).toString('utf8')) as { batchId: string; entries: unknown[] };

/** Answers the first `busyAnswers` pushes with `status` (and Retry-After when given); the rest reach head office. */
function busyHeadOffice(busyAnswers: number, status = 503, retryAfter?: string) {
  const pushes: { batchId: string; entries: number; answered: number }[] = [];
  const fetchLike: typeof fetch = async (input, init) => {
    if (!String(input).endsWith(PATHS.push)) return fetch(input, init);
    const batch = batchOf(init);
    if (pushes.length < busyAnswers) {
      pushes.push({ batchId: batch.batchId, entries: batch.entries.length, answered: status });
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) };
      return new Response(JSON.stringify({ error: { code: status === 503 ? 'overloaded' : 'busy', message: '总部正忙 / head office is busy' } }), { status, headers });
    }
    const answer = await fetch(input, init);
    pushes.push({ batchId: batch.batchId, entries: batch.entries.length, answered: answer.status });
    return answer;
  };
  return { fetch: fetchLike, pushes };
}

function fakeClock(random = 0.5) {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms), random: () => random };
}

const options = (extra: object) => ({ store: core.context.store, now: core.context.now, ...extra });

describe('the client and a busy head office (503/429)', () => {
  it('waits what head office asked plus a little jitter, sends the same batch again, and applies everything once', async () => {
    const office = busyHeadOffice(2, 503, '7');
    const clock = fakeClock(0.5);
    const result = await pushAll(options({ fetch: office.fetch, ...clock }));

    // 7 s asked, plus half of the jitter allowed (the larger of 1 s and 20 % of 7 s).
    expect(clock.waits).toEqual([7_700, 7_700]);
    expect(office.pushes.slice(0, 3).map((p) => p.batchId)).toEqual(Array(3).fill(office.pushes[0]!.batchId));
    expect(office.pushes.slice(0, 3).map((p) => p.entries)).toEqual([20, 20, 20]);
    expect(result.acknowledged).toBe(outboxSize());
    expect(pending()).toBe(0);
    expect((await rowCounts(server.store)).received_entries).toBe(outboxSize());
  });

  it('without Retry-After waits longer each time, jittered, and treats 429 alike', async () => {
    for (const [random, expected] of [
      [0, [1_000, 2_000, 4_000, 8_000]],
      [0.999, [1_999, 3_998, 7_996, 15_992]],
    ] as const) {
      const clock = fakeClock(random);
      await pushOnce(options({ fetch: busyHeadOffice(4, 429).fetch, ...clock }));
      expect(clock.waits).toEqual(expected);
    }
  });

  it('never waits longer than its cap, whatever head office asks', async () => {
    const clock = fakeClock(0.9);
    await pushOnce(options({ fetch: busyHeadOffice(1, 503, '3600').fetch, ...clock }));
    expect(clock.waits).toEqual([SERVER_BUSY.capMs]);
  });

  it('after a few tries ends the run with head office’s answer, and keeps the batch size: a busy server is not a slow link', async () => {
    const clock = fakeClock();
    const failure = await pushAll(options({ fetch: busyHeadOffice(100, 503, '7').fetch, ...clock })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncClientError);
    expect(failure).toMatchObject({ code: 'overloaded', status: 503, retryAfterMs: 7_000 });
    expect(clock.waits).toHaveLength(SERVER_BUSY.retries);
    expect(batchSize()).toBe(20);
    expect(pending()).toBe(outboxSize());

    // A real failure of head office (500) still halves it, as before.
    const broken: typeof fetch = async (input, init) => (String(input).endsWith(PATHS.push) ? new Response('{}', { status: 500 }) : fetch(input, init));
    await expect(pushOnce(options({ fetch: broken, ...fakeClock() }))).rejects.toMatchObject({ status: 500 });
    expect(batchSize()).toBe(10);
  });

  it('sizes batches by the link: a slow answer that head office says was its own queueing does not halve the batch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const answeredIn12s = (serverTiming: string | null): typeof fetch => async (input, init) => {
      const answer = await fetch(input, init);
      if (!String(input).endsWith(PATHS.push)) return answer;
      // Head office's own answer says how long it worked on the batch.
      expect(answer.headers.get('server-timing')).toMatch(/^app;dur=\d+(\.\d+)?$/);
      vi.setSystemTime(Date.now() + 12_000);
      const headers = new Headers(answer.headers);
      headers.delete('server-timing');
      if (serverTiming) headers.set('server-timing', serverTiming);
      return new Response(await answer.text(), { status: answer.status, headers });
    };
    await pushOnce(options({ fetch: answeredIn12s('app;dur=11900') }));
    expect(batchSize()).toBe(40);
    // The same 12 s with nothing said about head office's share: the link is slow, the batch halves.
    await pushOnce(options({ fetch: answeredIn12s(null) }));
    expect(batchSize()).toBe(20);
  });

  it('stops waiting at once when the app closes', async () => {
    const stop = new AbortController();
    const waiting = sleep(60_000, stop.signal);
    setTimeout(() => stop.abort(), 10);
    const started = Date.now();
    await expect(waiting).rejects.toMatchObject({ code: 'stopped' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(sleep(1, stop.signal)).rejects.toMatchObject({ code: 'stopped' });
  });

  it('the wait it computes: Retry-After plus jitter within bounds, exponential without it', () => {
    const asked = new SyncClientError('overloaded', 'x', 503, 10_000);
    for (const r of [0, 0.5, 0.999]) expect(busyWaitMs(asked, 1, () => r)).toBe(Math.round(10_000 + r * 2_000));
    const silent = new SyncClientError('overloaded', 'x', 503);
    expect([1, 2, 3, 10, 20].map((n) => busyWaitMs(silent, n, () => 0))).toEqual([1_000, 2_000, 4_000, 60_000, 60_000]);
  });
});
