import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_UPLOADS_PER_DEVICE } from '../../server/http/upload-slots';
import { gzipJsonOf, postBytes } from '../support/hostile-bodies';
import { entry, enrolledSite, openTestServer, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server?.close());

const gzipJson = { 'content-type': 'application/json', 'content-encoding': 'gzip' };

describe('head office authenticates from the headers before reading a body', () => {
  it.each([
    ['POST', '/api/v1/push'],
    ['POST', '/api/v1/blobs/missing'],
    ['PUT', `/api/v1/blobs/${'a'.repeat(64)}`],
  ] as const)('%s %s without a credential: 401, the body (not even gzip) never read', async (method, url) => {
    server = await openTestServer();
    const response = await server.app.inject({ method, url, headers: gzipJson, payload: 'this is not gzip at all' });
    expect(response.statusCode, response.body).toBe(401);
    expect(response.json().error.code).toBe('unauthorized');
  });

  it('takes gzip only where a device is authenticated: enrolment and console sign-in are refused a compressed body', async () => {
    server = await openTestServer();
    const body = gzipSync(JSON.stringify({ code: 'AAAA-BBBB-CCCC', deviceName: 'x' }));
    for (const url of ['/api/v1/enrol', '/api/v1/console/session']) {
      const response = await server.app.inject({ method: 'POST', url, headers: gzipJson, payload: body });
      expect(response.statusCode, url).toBe(415);
      expect(response.json().error.code).toBe('bad_encoding');
    }
    const big = await server.app.inject({ method: 'POST', url: '/api/v1/enrol', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'x'.repeat(20_000), deviceName: 'x' }) });
    expect(big.statusCode).toBe(413);
  });

  it('decompresses an authenticated gzip bomb as a stream and stops at the limit: 413, nothing stored', async () => {
    server = await openTestServer();
    const { auth } = await enrolledSite(server.app);
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...gzipJson }, payload: gzipJsonOf(40) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('too_large');
    const ok = await server.app.inject({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...gzipJson }, payload: gzipSync(JSON.stringify({ batchId: 'b1', entries: [entry()] })) });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('concurrent uploads per device', () => {
  it(`holds at most ${MAX_UPLOADS_PER_DEVICE} bodies of one device at once (429 busy beyond), other devices unaffected, a slot freed when its connection ends`, async () => {
    server = await openTestServer();
    const site = await enrolledSite(server.app);
    const other = await enrolledSite(server.app);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.app.server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}`;
    // Uploads that send their headers and then stall mid-body. On PostgreSQL the credential check is a round trip, so a
    // push below can be checked first and hold a slot for a moment: a stalled upload that lost that race was answered
    // 429 and is started again, until all of them hold a slot.
    const stall = () => {
      const socket = net.connect(port, '127.0.0.1');
      const upload = { socket, answered: false };
      socket.on('data', () => (upload.answered = true));
      socket.write(`POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${site.auth.authorization}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"batchId":`);
      return upload;
    };
    let stalled = Array.from({ length: MAX_UPLOADS_PER_DEVICE }, stall);
    const restartRefused = () => {
      stalled = stalled.map((upload) => (upload.answered ? (upload.socket.destroy(), stall()) : upload));
    };
    const push = (auth: { authorization: string }) =>
      postBytes(url, '/api/v1/push', { ...auth, 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ batchId: `b-${Math.random()}`, entries: [entry()] })));
    expect(
      await eventually(() => {
        restartRefused();
        return push(site.auth);
      }, 429),
    ).toBe(429);
    expect(await push(other.auth)).toBe(200);
    stalled[0]!.socket.destroy();
    expect(await eventually(() => push(site.auth), 200)).toBe(200);
    for (const upload of stalled) upload.socket.destroy();
  });
});

/** Repeats `attempt` until it gives `wanted` or 5 s pass; the last answer. */
async function eventually(attempt: () => Promise<number>, wanted: number): Promise<number> {
  const until = Date.now() + 5000;
  let last = await attempt();
  while (last !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await attempt();
  }
  return last;
}
