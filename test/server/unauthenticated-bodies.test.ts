import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { floodWithGzip, gzipJsonOf, healthBudgetMs, healthMs } from '../support/hostile-bodies';

let server: ServerProcess;
let bomb: Buffer;
beforeAll(async () => {
  server = await startServerProcess();
  bomb = gzipJsonOf(31); // under the 32 MiB decompressed limit: today's parser would expand and parse it whole
  await healthMs(server.url); // warm
});
afterAll(async () => server?.stop());

describe('head office reads no body before authenticating its sender (the real server process)', () => {
  it.each([
    ['no credential', {}],
    ['a made-up credential', { authorization: 'Bearer 0190d9a0-0000-7000-8000-000000000000.made-up-secret' }],
  ])('20 parallel 31 MiB gzip pushes with %s: each 401, /health answers in < 100 ms, RSS grows < 50 MB', async (_name, headers) => {
    const result = await floodWithGzip({ url: server.url, pid: server.child.pid!, path: '/api/v1/push', headers, body: bomb, count: 20 });
    expect(result.statuses).toEqual(Array(20).fill(401));
    // 100 ms beyond /health's idle time just before (on a loaded shared machine that is a few ms, or tens).
    expect(result.medianHealthMs, `/health took ${result.healthMs.map(Math.round).join(', ')} ms, idle ${Math.round(result.idleHealthMs)} ms`).toBeLessThan(healthBudgetMs(result));
    expect(result.rssGrowthBytes).toBeLessThan(50 * 2 ** 20);
  });
});
