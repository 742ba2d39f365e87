import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './support/test-server';

/** Small limits, so that the test waits a second instead of the defaults' minutes (load-limits.ts). */
const LIMITS = { headersTimeoutMs: 500, requestTimeoutMs: 1_000, timeoutCheckMs: 50 };

let server: TestServer;
let port: number;
beforeEach(async () => {
  server = await openTestServer({ limits: LIMITS });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  port = (server.app.server.address() as net.AddressInfo).port;
  // The first request pays for fetch's own start-up (over 200 ms once under load), not the server's: pay it here.
  expect((await healthTakes()).status).toBe(200);
});
afterEach(async () => server.close());

interface Trickled {
  /** What the server wrote back before it closed the connection. */
  answer: string;
  elapsedMs: number;
}

/** Sends `head` at once, then `trickle` one byte every 100 ms, until the server closes the connection. */
function trickle(head: string, slow: string): Promise<Trickled> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      if (head) socket.write(head);
      timer = setInterval(() => {
        if (sent < slow.length && !socket.destroyed) socket.write(slow[sent++]!);
      }, 100);
    });
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      if (sent >= slow.length) reject(new Error('the whole request was sent before the server closed'));
      else resolve({ answer, elapsedMs: Date.now() - started });
    });
  });
}

/** A normal client meanwhile: answered, and quickly. */
async function healthTakes(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
  await response.text();
  return { status: response.status, ms: Date.now() - started };
}

const body = JSON.stringify({ code: 'ABCD-EFGH', deviceName: '前台电脑'.padEnd(60, '.') });
const headers = `POST /api/v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;

describe('a client that trickles its request (issue 24 item 2)', () => {
  it('trickling the headers a byte per 100 ms gets 408 and is closed at the header limit, while others are served', async () => {
    const slow = trickle('', headers + body);
    await new Promise((r) => setTimeout(r, 200));
    const meanwhile = await healthTakes();
    const { answer, elapsedMs } = await slow;

    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsedMs).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 50);
    expect(elapsedMs).toBeLessThan(LIMITS.headersTimeoutMs + 700);
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.ms).toBeLessThan(200);
  });

  it('trickling the body a byte per 100 ms gets 408 and is closed at the request limit, while others are served', async () => {
    const slow = trickle(headers, body);
    await new Promise((r) => setTimeout(r, 300));
    const meanwhile = await healthTakes();
    const { answer, elapsedMs } = await slow;

    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsedMs).toBeGreaterThanOrEqual(LIMITS.requestTimeoutMs - 50);
    expect(elapsedMs).toBeLessThan(LIMITS.requestTimeoutMs + 700);
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.ms).toBeLessThan(200);
  });

  it('a request sent at a normal pace is answered as before', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('enrol_code_invalid');
  });
});
