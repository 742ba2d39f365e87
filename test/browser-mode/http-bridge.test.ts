import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBrowserBridge, MAX_BODY_BYTES, SECRET_HEADER } from '../../electron/browser-mode/http-bridge';
import { countRows, openTestCore, tempDir, type TestCore } from '../support/temp-core';

const SECRET = 'launch-secret-for-tests';
let core: TestCore;
let server: FastifyInstance;
let port: number;

beforeEach(async () => {
  core = await openTestCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  server = createBrowserBridge({ dispatch: core.dispatch, staticDir, secret: SECRET });
  await server.listen({ port: 0, host: '127.0.0.1' });
  port = (server.server.address() as AddressInfo).port;
});
afterEach(async () => {
  await server.close();
  core.close();
});

/** A raw request, so that headers (Host, Content-Type) and bodies can be anything. */
function request(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/api', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'content-type': 'application/json', [SECRET_HEADER]: SECRET };
const envelope = JSON.stringify({ method: 'session.status', input: {} });

describe('browser-mode HTTP bridge', () => {
  it('answers a keyed request through the dispatcher', async () => {
    const response = await request({ headers: json, body: envelope });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { initialised: true } });
  });

  it.each([
    ['no key', { 'content-type': 'application/json' }],
    ['a wrong key', { 'content-type': 'application/json', [SECRET_HEADER]: 'guess' }],
    ['a key of the right length but wrong', { 'content-type': 'application/json', [SECRET_HEADER]: 'x'.repeat(SECRET.length) }],
  ])('refuses %s with 401 and no CORS headers', async (_name, headers) => {
    const response = await request({ headers, body: envelope });
    expect(response.status).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await request({ headers: { ...json, host: 'evil.example:80' }, body: envelope });
    expect(response.status).toBe(421);
  });

  it('refuses malformed JSON, a malformed envelope, a wrong content type and an oversize body, writing nothing', async () => {
    const before = countRows(core);
    expect((await request({ headers: json, body: '{"method": ' })).status).toBe(400);
    expect((await request({ headers: json, body: JSON.stringify({ input: {} }) })).status).toBe(400);
    expect((await request({ headers: { ...json, 'content-type': 'text/plain' }, body: envelope })).status).toBe(415);
    const huge = JSON.stringify({ method: 'complaints.create', input: { content: 'x'.repeat(MAX_BODY_BYTES) } });
    expect((await request({ headers: json, body: huge })).status).toBe(413);
    expect(countRows(core)).toEqual(before);
  });

  it('answers OPTIONS and GET on /api without CORS permission', async () => {
    const response = await request({ method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(405);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const index = await request({ method: 'GET', path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const escape = await request({ method: 'GET', path: '/..%2f..%2fetc%2fpasswd' });
    expect(escape.body).not.toContain('root:');
  });
});

/** Writes bytes as they are (no URL or header checks on the client side) and reads the answer until the server closes. */
function rawRequest(text: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), text: answer }));
    socket.on('error', reject);
  });
}

describe('browser-mode HTTP bridge: malformed requests', () => {
  it.each([
    ['a bad percent-escape in the path', 'GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    ['a bad percent-escape in a file path', 'GET /assets/%C0%AF..%2fx.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    ['a bad percent-escape in the API path', `POST /api%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\n${SECRET_HEADER}: ${SECRET}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`],
    ['a control character in a header', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Evil: a\u0001b\r\nConnection: close\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nthis is not a header\r\nConnection: close\r\n\r\n'],
    ['a malformed request line', 'GET /\u0000 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    ['a wrong Content-Length', `POST /api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}`],
  ])('answers %s with 400 and keeps serving', async (_name, text) => {
    const answer = await rawRequest(text);
    expect(answer.status, answer.text).toBe(400);
    const after = await request({ headers: json, body: envelope });
    expect(after.status).toBe(200);
  });

  it('answers a malformed query string without failing, and the API still works', async () => {
    const answer = await rawRequest('GET /?a=%E0%A4%A&b=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text).toContain('<title>t</title>');
    expect((await request({ path: '/api?x=%E0%A4%A', headers: json, body: envelope })).status).toBe(200);
  });
});
