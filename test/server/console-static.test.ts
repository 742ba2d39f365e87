import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { openServerDb } from '../../server/db/open';
import { SignInLimiter } from '../../server/auth/sign-in-limiter';
import { signIn } from '../../server/services/console-accounts';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { tempDir } from '../support/temp-core';
import { ADMIN_TOKEN, freshServerTarget, openTestServerDb } from './support/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function appServing(consoleDir: string) {
  const store = await openTestServerDb();
  const app = buildApp({ db: store.db, adminToken: ADMIN_TOKEN, consoleDir });
  closers.push(async () => {
    await app.close();
    await store.close();
  });
  return app;
}

describe('console static files', () => {
  it('serves the built console at /console/ with the CSP, answers index.html for a screen path, and nothing outside its folder', async () => {
    const dir = tempDir('branchline-console-dist-');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>总部控制台</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'not for you');
    const app = await appServing(dir);

    const redirect = await app.inject({ method: 'GET', url: '/console' });
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe('/console/');
    const index = await app.inject({ method: 'GET', url: '/console/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('总部控制台');
    expect((await app.inject({ method: 'GET', url: '/console/sites' })).body).toContain('总部控制台');
    const script = await app.inject({ method: 'GET', url: '/console/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const url of ['/console/../secret.txt', '/console/%2e%2e/secret.txt', '/console/assets/missing.js']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('not for you');
      expect(response.statusCode, url).toBe(404);
    }
  });

  it('says to build the console when dist/console is missing', async () => {
    const app = await appServing(path.join(tempDir('branchline-console-none-'), 'dist', 'console'));
    const response = await app.inject({ method: 'GET', url: '/console/' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('npm run build');
  });
});

describe('npm run server -- --create-user', () => {
  it('creates a console account with the password from the environment or stdin, never from the command line', async () => {
    const target = await freshServerTarget();
    const pgMode = target.startsWith('postgres');
    const args = ['node_modules/tsx/dist/cli.mjs', 'server/main.ts', '--create-user', 'li.hq', '--display-name', '李总部', ...(pgMode ? [] : ['--data-dir', path.dirname(target)])];
    const env = { ...process.env, DATABASE_URL: pgMode ? target : '' };
    const run = spawnSync(process.execPath, args, { env, input: 'typed-on-stdin-2026\n', encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('console account created: li.hq');
    // The same store as above (never the working directory's default one, which may hold another branch's migrations).
    const short = spawnSync(process.execPath, args.map((a) => (a === 'li.hq' ? 'wang.hq' : a)), { env: { ...env, BRANCHLINE_CONSOLE_PASSWORD: 'short' }, encoding: 'utf8' });
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/至少 10 位/);

    const store = await openServerDb(target);
    closers.push(() => store.close());
    const from = { limiter: new SignInLimiter(store.db, () => new Date()), address: '127.0.0.1' };
    const session = await signIn(store.db, { login: 'li.hq', password: 'typed-on-stdin-2026' }, from, new Date());
    // The operator's account manages the others.
    expect(session.user).toMatchObject({ login: 'li.hq', displayName: '李总部', admin: true });
    expect(await store.db.selectFrom('console_users').select('login').execute()).toEqual([{ login: 'li.hq' }]);
  });
});
