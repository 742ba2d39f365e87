import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../electron/browser-mode/http-bridge';
import { precompress } from '../../scripts/precompress.mjs';
import { openTestCore, tempDir, type TestCore } from '../support/temp-core';

/** Issue 21 §3: browser mode sends the renderer compressed, and lets the browser keep what never changes. */
const SCRIPT = `export const screen = ${JSON.stringify('投诉登记 '.repeat(2000))};`;
const PAGE = `<!doctype html><title>Branchline</title><script type="module" src="./assets/index-abc123.js"></script>${' '.repeat(2000)}`;
let core: TestCore;
let server: FastifyInstance;
let port: number;

beforeAll(async () => {
  core = await openTestCore();
  const staticDir = tempDir();
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), SCRIPT);
  fs.writeFileSync(path.join(staticDir, 'assets', 'tiny-def456.js'), 'export {};');
  await precompress(staticDir);
  server = createBrowserBridge({ dispatch: core.dispatch, staticDir, secret: 'launch-secret-for-tests' });
  await server.listen({ port: 0, host: '127.0.0.1' });
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await server.close();
  core.close();
});

function get(pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('browser mode serves the renderer compressed and cached', () => {
  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, the plain file otherwise; same bytes, same type', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);
    for (const answer of [br, gzip, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(answer.headers['vary']).toMatch(/accept-encoding/i);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('keeps hashed files for a year and asks again for the page that names them', async () => {
    expect((await get('/assets/index-abc123.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A file too small to be worth compressing is sent plain, cached the same.
    const tiny = await get('/assets/tiny-def456.js', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/index.html', '/complaints/some-screen']) {
      const page = await get(pathname, 'br, gzip');
      expect(page.status, pathname).toBe(200);
      expect(page.headers['cache-control'], pathname).toBe('no-cache');
      expect(page.headers['content-type'], pathname).toBe('text/html; charset=utf-8');
      expect(page.headers['content-encoding'], pathname).toBe('br');
      expect(zlib.brotliDecompressSync(page.body).toString(), pathname).toBe(PAGE);
    }
  });

  it('revalidates the page by its ETag: an unchanged page is 304 with no body', async () => {
    const first = await get('/index.html');
    expect(first.headers.etag).toBeTruthy();
    const again = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: '/index.html', headers: { 'if-none-match': first.headers.etag! } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).on('error', reject);
    });
    expect(again).toBe(304);
  });
});
