import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy, takeMessage, type FaultProxy } from '../support/fault-proxy';

/** A trivial upstream that counts the requests it got and echoes the body's length. */
let upstream: http.Server;
let received: string[] = [];
let proxy: FaultProxy;

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push(`${request.method} ${request.url} ${body.length}`);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ got: body.length, pad: 'x'.repeat(200) }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy({ targetPort: (upstream.address() as AddressInfo).port });
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});
beforeEach(() => {
  received = [];
  proxy.load([]);
});

const post = (body = 'hello') => fetch(`${proxy.url}/echo`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.json() as Promise<{ got: number }>);

describe('fault proxy', () => {
  it('frames requests and responses by length, chunked or bodiless', () => {
    const two = Buffer.from('POST /a HTTP/1.1\r\ncontent-length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\n');
    const first = takeMessage(two)!;
    expect(first.message.bytes.toString()).toBe('POST /a HTTP/1.1\r\ncontent-length: 3\r\n\r\nabc');
    expect(takeMessage(first.rest)!.message.head).toBe('GET /b HTTP/1.1');
    expect(takeMessage(Buffer.from('POST /a HTTP/1.1\r\ncontent-length: 3\r\n\r\nab'))).toBeNull();
    const chunked = Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n');
    expect(takeMessage(chunked)!.rest.length).toBe(0);
    expect(takeMessage(Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'))!.message.bodyStart).toBe(27);
  });

  it('passes everything when the schedule is empty, then consumes faults in order, one per request', async () => {
    expect(await post('abc')).toMatchObject({ got: 3 });
    proxy.load([{ kind: 'drop' }, { kind: 'pass' }]);
    await expect(post()).rejects.toThrow();
    expect(await post()).toMatchObject({ got: 5 });
    expect(proxy.schedule).toEqual([]);
    expect(received).toHaveLength(2); // the dropped request never reached upstream
    expect(proxy.log.slice(-3).map((e) => e.fault)).toEqual(['pass', 'drop', 'pass']);
  });

  it('delays a request', async () => {
    proxy.load([{ kind: 'delay', ms: 300 }]);
    const t0 = Date.now();
    await post();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it('throttles to 64 kbit/s: 6 KB up and an answer down take about 0.8 s', async () => {
    proxy.load([{ kind: 'throttle' }]);
    const t0 = Date.now();
    expect(await post('y'.repeat(6000))).toMatchObject({ got: 6000 });
    const ms = Date.now() - t0;
    expect(ms).toBeGreaterThanOrEqual(700); // 6,000 B at 8,000 B/s is 750 ms before the answer
    expect(ms).toBeLessThan(5000);
  });

  it('cuts an answer midway: upstream got the request, the client gets an error', async () => {
    proxy.load([{ kind: 'cut', afterBytes: 40 }]);
    await expect(post()).rejects.toThrow();
    expect(received).toHaveLength(1);
  });

  it('resets before forwarding (nothing reaches upstream) or after the answer (upstream applied it)', async () => {
    proxy.load([{ kind: 'reset', phase: 'request' }, { kind: 'reset', phase: 'response' }]);
    await expect(post()).rejects.toThrow();
    expect(received).toHaveLength(0);
    await expect(post()).rejects.toThrow();
    await proxy.idle();
    expect(received).toHaveLength(1);
  });

  it.each(['twice', 'replay', 'concurrent'] as const)('duplicates a request (%s): upstream gets it twice, the client one answer', async (mode) => {
    proxy.load([{ kind: 'duplicate', mode }]);
    expect(await post('abcd')).toMatchObject({ got: 4 });
    await proxy.idle();
    expect(received).toEqual(['POST /echo 4', 'POST /echo 4']);
  });

  it('holds an answer until released, and holds a request midway', async () => {
    proxy.load([{ kind: 'holdResponse' }, { kind: 'holdRequest', bytes: 2 }]);
    const heldOnce = new Promise((resolve) => proxy.events.once('held', resolve));
    const answer = post();
    await heldOnce;
    expect(received).toHaveLength(1);
    proxy.release();
    expect(await answer).toMatchObject({ got: 5 });

    const heldAgain = new Promise((resolve) => proxy.events.once('held', resolve));
    const second = post('abcdef');
    await heldAgain;
    expect(received).toHaveLength(1); // upstream has half a body and is still waiting
    proxy.release();
    expect(await second).toMatchObject({ got: 6 });
  });
});
