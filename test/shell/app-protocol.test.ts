import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_RESPONSE_HEADERS, createAppProtocolHandler, resolveAppRequest } from '../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

/** The renderer served as app://branchline/ (issue 18 §2), against a real folder with a secret beside it. */
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-app-protocol-'));
const root = path.join(base, 'renderer');
fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Branchline</title>');
fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
fs.writeFileSync(path.join(base, 'secret.json'), '{"credential":"x"}');
fs.writeFileSync(path.join(base, 'branchline.sqlite'), 'SQLite format 3');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const handler = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves the page and its assets with their types, the CSP and no-sniff on every answer', async () => {
    const page = await get('app://branchline/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Branchline</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://branchline/')).status).toBe(200);
    expect((await get('app://branchline/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://branchline/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const missing = await get('app://branchline/assets/nothing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(APP_RESPONSE_HEADERS['Content-Security-Policy']);
  });

  it('serves nothing outside the renderer folder, however the path is spelt', async () => {
    for (const url of [
      'app://branchline/../secret.json',
      'app://branchline/%2e%2e/secret.json',
      'app://branchline/assets/..%2f..%2fsecret.json',
      'app://branchline/..%5csecret.json',
      'app://branchline/%2E%2E%2Fbranchline.sqlite',
      'app://branchline/index.html%00.png',
      'app://branchline/%E0%A4%A',
    ]) {
      const answer = await get(url);
      expect([400, 404], url).toContain(answer.status);
      expect(await answer.text(), url).not.toContain('credential');
    }
    expect(resolveAppRequest('app://branchline/%E0%A4%A', 'GET', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://branchline/..%5csecret.json', 'GET', root)).toEqual({ status: 400 });
  });

  it('answers only its own host, only GET and HEAD, only the types it knows', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://branchline/index.html', 'POST')).status).toBe(405);
    const head = await get('app://branchline/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    fs.writeFileSync(path.join(root, 'notes.sqlite'), 'x');
    expect((await get('app://branchline/notes.sqlite')).status).toBe(404);
  });
});
