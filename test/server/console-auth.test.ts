import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { admin, openTestServer, rowCounts, type TestServer } from './support/test-server';
import { signedInStaff, STAFF } from './support/console';

let server: TestServer;
afterEach(async () => server.close());

const EVERY_CONSOLE_CALL = [
  { method: 'GET', url: CONSOLE_PATHS.session },
  { method: 'GET', url: CONSOLE_PATHS.sites },
  { method: 'POST', url: CONSOLE_PATHS.sites, payload: { code: 'ZZ9', name: '新站' } },
  { method: 'POST', url: CONSOLE_PATHS.enrolCode('x') },
  { method: 'POST', url: CONSOLE_PATHS.revokeDevice('x') },
  { method: 'GET', url: CONSOLE_PATHS.reference },
  { method: 'POST', url: CONSOLE_PATHS.reference, payload: { kind: 'calendar', id: 'cn', version: 1, body: {} } },
  { method: 'GET', url: CONSOLE_PATHS.complaints },
  { method: 'GET', url: CONSOLE_PATHS.complaint('s', 'c') },
  { method: 'GET', url: CONSOLE_PATHS.checklists },
  { method: 'POST', url: CONSOLE_PATHS.complaintRemarks('s', 'c'), payload: { basedOnVersion: 1, remark: '好' } },
  { method: 'GET', url: CONSOLE_PATHS.staff },
  { method: 'POST', url: CONSOLE_PATHS.staff, payload: { login: 'li.hq', displayName: '李', password: 'long enough password', admin: true } },
  { method: 'POST', url: CONSOLE_PATHS.staffPassword('x'), payload: { password: 'long enough password' } },
  { method: 'POST', url: CONSOLE_PATHS.staffAccess('x'), payload: { active: false } },
] as const;

describe('console sign-in', () => {
  it('refuses every console call without a session, with the admin token, or with a made-up cookie, and changes nothing', async () => {
    server = await openTestServer();
    const before = await rowCounts(server.store);
    for (const headers of [{}, admin, { cookie: 'branchline_console=made-up-token' }]) {
      for (const call of EVERY_CONSOLE_CALL) {
        const response = await server.app.inject({ ...call, headers });
        expect(response.statusCode, `${call.method} ${call.url}`).toBe(401);
        expect(response.json().error.code).toBe('unauthorized');
      }
    }
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('says plainly that the login or password is wrong, the same for an unknown login', async () => {
    server = await openTestServer();
    await signedInStaff(server.app);
    for (const payload of [{ login: STAFF.login, password: 'wrong password!' }, { login: 'nobody', password: STAFF.password }]) {
      const response = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toBe('登录名或密码不正确 / wrong login or password');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie and stores only a scrypt hash of the password', async () => {
    server = await openTestServer();
    const created = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: STAFF });
    expect(created.statusCode).toBe(201);
    const response = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login: 'ZHANG.HQ', password: STAFF.password } });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ login: STAFF.login, displayName: STAFF.displayName });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^branchline_console=[\w-]{40,}; /);
    expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/api/v1/console', 'SameSite=Strict']);
    const stored = await server.store.db.selectFrom('console_users').select('password_hash').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.password_hash).not.toContain(STAFF.password);
    const session = await server.store.db.selectFrom('console_sessions').select('token_hash').executeTakeFirstOrThrow();
    expect(cookie).not.toContain(session.token_hash);
  });

  it('refuses a short password, a duplicate login, and account creation without the admin token', async () => {
    server = await openTestServer();
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: { ...STAFF, password: 'short' } })).statusCode).toBe(400);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, payload: STAFF })).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: STAFF })).statusCode).toBe(201);
    const again = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: STAFF });
    expect(again.statusCode).toBe(409);
  });

  it('ends a session at sign-out and when it expires', async () => {
    let now = new Date('2026-11-23T08:00:00.000Z');
    server = await openTestServer({ now: () => now });
    const { cookie } = await signedInStaff(server.app);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).statusCode).toBe(200);
    now = new Date('2026-11-23T20:00:00.000Z'); // 12 h later
    const expired = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/登录已失效/);

    now = new Date('2026-11-24T08:00:00.000Z');
    const fresh = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login: STAFF.login, password: STAFF.password } });
    const second = String(fresh.headers['set-cookie']).split(';')[0]!;
    expect((await server.app.inject({ method: 'DELETE', url: CONSOLE_PATHS.session, headers: { cookie: second } })).statusCode).toBe(200);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.session, headers: { cookie: second } })).statusCode).toBe(401);
  });
});
