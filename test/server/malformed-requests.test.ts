import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { CONSOLE_PATHS, CONSOLE_SESSION_COOKIE } from '../../shared/sync/console-api';
import { tempDir } from '../support/temp-core';
import { signedInStaff } from './support/console';
import { ADMIN_TOKEN, openTestServerDb } from './support/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function app() {
  const dir = tempDir('branchline-console-dist-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>总部控制台</title>');
  const store = await openTestServerDb();
  const built = buildApp({ db: store.db, adminToken: ADMIN_TOKEN, consoleDir: dir });
  closers.push(async () => {
    await built.close();
    await store.close();
  });
  return built;
}

describe('head office: malformed requests get a 400, never a 500', () => {
  it.each([
    ['a malformed escape', `${CONSOLE_SESSION_COOKIE}=%E0%A4%A`],
    ['a value that is no token of ours', `${CONSOLE_SESSION_COOKIE}=<script>`],
    ['a lone escape', `other=1; ${CONSOLE_SESSION_COOKIE}=%`],
  ])('a session cookie with %s', async (_name, cookie) => {
    const server = await app();
    for (const [method, url] of [['GET', CONSOLE_PATHS.sites], ['GET', CONSOLE_PATHS.session], ['DELETE', CONSOLE_PATHS.session]] as const) {
      const response = await server.inject({ method, url, headers: { cookie } });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400);
      expect(response.json().error.code).toBe('bad_request');
    }
  });

  it('a good session cookie beside a malformed foreign one still works', async () => {
    const server = await app();
    const { cookie } = await signedInStaff(server);
    const response = await server.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie: `junk=%E0%A4%A; ${cookie}` } });
    expect(response.statusCode).toBe(200);
  });

  it.each(['/console/%25E0%25A4%25A', '/console/%252e%252e/%252e%252e/etc/passwd', '/console/assets/%25zz.js', '/console/%E0%A4%A', '/api/v1/%E0%A4%A', '/api/v1/console/complaints/%E0%A4%A/x'])(
    'the path %s',
    async (url) => {
      const server = await app();
      const response = await server.inject({ method: 'GET', url });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe('bad_request');
      expect((await server.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    },
  );

  it('a malformed query string is a 400 naming the field, not a 500', async () => {
    const server = await app();
    const { cookie } = await signedInStaff(server);
    const response = await server.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?offset=%E0%A4%A`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(400);
  });
});
