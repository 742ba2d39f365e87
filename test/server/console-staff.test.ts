import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openServerDb } from '../../server/db/open';
import { CONSOLE_PATHS, staffAccountResponseSchema, staffListResponseSchema } from '../../shared/sync/console-api';
import { signedInStaff, STAFF } from './support/console';
import { admin, freshServerTarget, openTestServer, rowCounts, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');
const LI = { login: 'li.hq', displayName: '李总部', password: 'li-password-2026', admin: false };

function call(app: FastifyInstance, cookie: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}

function signIn(app: FastifyInstance, login: string, password: string) {
  return app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login, password } });
}

const cookieOf = (response: { headers: Record<string, unknown> }) => String(response.headers['set-cookie']).split(';')[0]!;

describe('console: staff accounts (人员/账号)', () => {
  it('an administrator lists and creates accounts; a new one signs in with its password and is not an administrator unless made one', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const created = await call(server.app, cookie, 'POST', CONSOLE_PATHS.staff, LI);
    expect(created.statusCode).toBe(201);
    expect(staffAccountResponseSchema.parse(created.json()).account).toMatchObject({ login: 'li.hq', displayName: '李总部', admin: false, createdAt: NOW.toISOString(), disabledAt: null });

    const list = staffListResponseSchema.parse((await call(server.app, cookie, 'GET', CONSOLE_PATHS.staff)).json());
    expect(list.accounts.map((a) => [a.login, a.admin])).toEqual([
      ['li.hq', false],
      [STAFF.login, true], // made with the admin token: the operator's administrator
    ]);
    const li = await signIn(server.app, 'li.hq', LI.password);
    expect(li.statusCode).toBe(200);
    expect(li.json().user).toMatchObject({ login: 'li.hq', admin: false });
  });

  it('refuses bad input (short password, bad login, wrong types, unknown fields, duplicate login, unknown account) and changes nothing', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const before = await rowCounts(server.store);
    const refusals: [string, string, object, number, RegExp][] = [
      ['short password', CONSOLE_PATHS.staff, { ...LI, password: 'short' }, 400, /密码至少 10 位/],
      ['bad login', CONSOLE_PATHS.staff, { ...LI, login: 'Li Hq!' }, 400, /登录名为 2–32 位/],
      ['no display name', CONSOLE_PATHS.staff, { ...LI, displayName: '  ' }, 400, /请填写姓名/],
      ['admin as text', CONSOLE_PATHS.staff, { ...LI, admin: 'yes' }, 400, /admin/],
      ['admin missing', CONSOLE_PATHS.staff, { login: LI.login, displayName: LI.displayName, password: LI.password }, 400, /admin/],
      ['unknown field', CONSOLE_PATHS.staff, { ...LI, role: 'boss' }, 400, /role|Unrecognized/i],
      ['duplicate login', CONSOLE_PATHS.staff, { ...LI, login: STAFF.login }, 409, /已存在/],
      ['reset: short', CONSOLE_PATHS.staffPassword('x'), { password: 'short' }, 400, /密码至少 10 位/],
      ['reset: unknown account', CONSOLE_PATHS.staffPassword('no-such-id'), { password: 'long enough password' }, 404, /没有这个账号/],
      ['access: nothing asked', CONSOLE_PATHS.staffAccess('x'), {}, 400, /active、admin 或 personalReadFull/],
      ['access: wrong type', CONSOLE_PATHS.staffAccess('x'), { active: 'no' }, 400, /active/],
      ['access: unknown account', CONSOLE_PATHS.staffAccess('no-such-id'), { active: false }, 404, /没有这个账号/],
    ];
    for (const [what, url, payload, status, message] of refusals) {
      const response = await call(server.app, cookie, 'POST', url, payload);
      expect(response.statusCode, what).toBe(status);
      expect(response.json().error.message, what).toMatch(message);
    }
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('a password reset replaces the old one and ends that account’s sessions, but keeps the resetting administrator’s own', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const { account } = staffAccountResponseSchema.parse((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staff, LI)).json());
    const liCookie = cookieOf(await signIn(server.app, LI.login, LI.password));

    expect((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffPassword(account.id), { password: 'a-new-password-26' })).statusCode).toBe(200);
    expect((await call(server.app, liCookie, 'GET', CONSOLE_PATHS.session)).statusCode).toBe(401);
    expect((await signIn(server.app, LI.login, LI.password)).statusCode).toBe(401);
    expect((await signIn(server.app, LI.login, 'a-new-password-26')).statusCode).toBe(200);

    const me = (await call(server.app, cookie, 'GET', CONSOLE_PATHS.session)).json().user.id as string;
    const otherOwnSession = cookieOf(await signIn(server.app, STAFF.login, STAFF.password));
    expect((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffPassword(me), { password: 'my-own-new-one-26' })).statusCode).toBe(200);
    expect((await call(server.app, cookie, 'GET', CONSOLE_PATHS.session)).statusCode).toBe(200);
    expect((await call(server.app, otherOwnSession, 'GET', CONSOLE_PATHS.session)).statusCode).toBe(401);
  });

  it('a disabled account cannot sign in and its sessions end at once; enabled again it can; nobody disables or demotes themselves', async () => {
    let now = NOW;
    server = await openTestServer({ now: () => now });
    const { cookie } = await signedInStaff(server.app);
    const { account } = staffAccountResponseSchema.parse((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staff, LI)).json());
    const liCookie = cookieOf(await signIn(server.app, LI.login, LI.password));

    const disabled = await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffAccess(account.id), { active: false });
    expect(staffAccountResponseSchema.parse(disabled.json()).account.disabledAt).toBe(NOW.toISOString());
    expect((await call(server.app, liCookie, 'GET', CONSOLE_PATHS.sites)).statusCode).toBe(401);
    const refused = await signIn(server.app, LI.login, LI.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('此账号已停用，请联系总部管理员 / this account is disabled: ask a head-office administrator');
    // A wrong password still says only that: a guesser learns nothing about the account.
    expect((await signIn(server.app, LI.login, 'not-the-password')).json().error.message).toBe('登录名或密码不正确 / wrong login or password');
    expect(await server.store.db.selectFrom('console_sessions').select('user_id').where('user_id', '=', account.id).execute()).toEqual([]);

    now = new Date(NOW.getTime() + 60_000);
    await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffAccess(account.id), { active: false });
    expect((await server.store.db.selectFrom('console_users').select('disabled_at').where('id', '=', account.id).executeTakeFirstOrThrow()).disabled_at).toBe(NOW.toISOString());
    expect(staffAccountResponseSchema.parse((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffAccess(account.id), { active: true, admin: true })).json()).account).toMatchObject({ disabledAt: null, admin: true });
    expect((await signIn(server.app, LI.login, LI.password)).json().user.admin).toBe(true);

    const me = (await call(server.app, cookie, 'GET', CONSOLE_PATHS.session)).json().user.id as string;
    const self = await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffAccess(me), { active: false });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toMatch(/不能停用自己的账号/);
    expect((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staffAccess(me), { admin: false })).json().error.message).toMatch(/不能取消自己的管理员权限/);
    expect((await call(server.app, cookie, 'GET', CONSOLE_PATHS.session)).json().user).toMatchObject({ id: me, admin: true });
  });

  it('a staff member who is not an administrator may do everything else, but not manage accounts', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const { account } = staffAccountResponseSchema.parse((await call(server.app, cookie, 'POST', CONSOLE_PATHS.staff, LI)).json());
    const liCookie = cookieOf(await signIn(server.app, LI.login, LI.password));
    expect((await call(server.app, liCookie, 'GET', CONSOLE_PATHS.sites)).statusCode).toBe(200);
    const before = await rowCounts(server.store);
    for (const [method, url, payload] of [
      ['GET', CONSOLE_PATHS.staff, undefined],
      ['POST', CONSOLE_PATHS.staff, { ...LI, login: 'wang.hq' }],
      ['POST', CONSOLE_PATHS.staffPassword(account.id), { password: 'long enough password' }],
      ['POST', CONSOLE_PATHS.staffAccess(account.id), { admin: true }],
    ] as const) {
      const response = await call(server.app, liCookie, method, url, payload);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.message).toBe('只有总部控制台管理员可以管理人员账号 / only a console administrator may manage staff accounts');
    }
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('the admin token makes an administrator unless told admin: false', async () => {
    server = await openTestServer({ now: () => NOW });
    const made = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: { ...LI, admin: false } });
    expect(made.statusCode).toBe(201);
    expect(made.json().user).toMatchObject({ login: LI.login, admin: false });
  });
});

describe('migration 0004-console-staff', () => {
  it('makes the accounts made before it administrators (they could already do everything), active', async () => {
    const target = await freshServerTarget();
    const old = await openServerDb(target, { upTo: '0002-console' });
    // The table as 0002 made it: no is_admin, no disabled_at.
    await sql`INSERT INTO console_users (id, login, display_name, password_hash, created_at) VALUES ('u1', 'zhang.hq', '张总部', 'scrypt$1$1$1$AA$AA', ${NOW.toISOString()})`.execute(old.db);
    await old.close();
    const migrated = await openServerDb(target);
    try {
      const row = await migrated.db.selectFrom('console_users').select(['login', 'is_admin', 'disabled_at']).executeTakeFirstOrThrow();
      expect({ ...row, is_admin: Number(row.is_admin) }).toEqual({ login: 'zhang.hq', is_admin: 1, disabled_at: null });
    } finally {
      await migrated.close();
    }
  });
});
