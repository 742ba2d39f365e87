import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInLimiter } from '../../server/auth/sign-in-limiter';
import { clientAddress } from '../../server/http/client-address';
import { SyncHttpError } from '../../server/http/errors';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { signedInStaff, STAFF } from './support/console';
import { openTestServer, openTestServerDb, type TestServer } from './support/test-server';

let server: TestServer;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await server?.close();
  while (closers.length) await closers.pop()!();
});

const T0 = new Date('2026-11-23T08:00:00.000Z').getTime();
const minutes = (n: number) => n * 60_000;

function signIn(app: FastifyInstance, login: string, password: string, from: { remoteAddress?: string; forwardedFor?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: CONSOLE_PATHS.session,
    payload: { login, password },
    ...(from.remoteAddress ? { remoteAddress: from.remoteAddress } : {}),
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
  });
}

describe('console sign-in: repeated wrong passwords', () => {
  it('five wrong passwords in 15 minutes lock the login for 15 minutes, the right one too, saying how long; other logins go on', async () => {
    let now = T0;
    server = await openTestServer({ now: () => new Date(now) });
    await signedInStaff(server.app);
    for (let i = 1; i <= 4; i++) {
      now = T0 + minutes(i);
      expect((await signIn(server.app, STAFF.login, `wrong ${i}`)).statusCode).toBe(401);
    }
    now = T0 + minutes(5);
    const fifth = await signIn(server.app, STAFF.login, 'wrong 5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error).toEqual({
      code: 'too_many_attempts',
      message: '该登录名密码错误次数过多，已锁定，请 15 分钟后再试 / too many wrong passwords for this login: locked, try again in 15 minutes',
    });
    expect(fifth.headers['retry-after']).toBe('900');

    now = T0 + minutes(11);
    const right = await signIn(server.app, STAFF.login.toUpperCase(), STAFF.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toContain('请 9 分钟后再试');
    expect(right.headers['set-cookie']).toBeUndefined();
    // Another login from the same computer is not locked.
    expect((await signIn(server.app, 'li.hq', 'anything at all')).statusCode).toBe(401);

    now = T0 + minutes(20);
    expect((await signIn(server.app, STAFF.login, STAFF.password)).statusCode).toBe(200);
  });

  it('wrong passwords spread wider than the window do not lock, and a successful sign-in clears the count', async () => {
    let now = T0;
    server = await openTestServer({ now: () => new Date(now) });
    await signedInStaff(server.app);
    for (let i = 0; i < 8; i++) {
      now = T0 + minutes(4 * i); // at most four inside any 15 minutes
      expect((await signIn(server.app, STAFF.login, 'wrong')).statusCode).toBe(401);
    }
    expect((await signIn(server.app, STAFF.login, STAFF.password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(server.app, STAFF.login, 'wrong')).statusCode).toBe(401);
    expect((await signIn(server.app, STAFF.login, STAFF.password)).statusCode).toBe(200);
  });
});

describe('sign-in limiter: per login and per client address', () => {
  /** The limiter on a test database, with a clock the test moves. */
  async function limiterAt(start: number) {
    const store = await openTestServerDb();
    closers.push(() => store.close());
    const clock = { now: start };
    return { limiter: new SignInLimiter(store.db, () => new Date(clock.now)), clock, store };
  }
  /** Counts an attempt and says it failed: the 429 it gave, or null. */
  async function fail(limiter: SignInLimiter, login: string, address: string): Promise<SyncHttpError | null> {
    try {
      limiter.failed(await limiter.reserve(login, address));
      return null;
    } catch (error) {
      return error as SyncHttpError;
    }
  }

  it('an unknown login is counted like a known one (the lock tells nothing about which exist)', async () => {
    const { limiter } = await limiterAt(T0);
    for (let i = 0; i < 4; i++) expect(await fail(limiter, 'nobody', '10.0.0.1')).toBeNull();
    expect((await fail(limiter, 'Nobody ', '10.0.0.1'))?.status).toBe(429);
    expect((await fail(limiter, 'nobody', '10.0.0.2'))?.message).toMatch(/该登录名密码错误次数过多/);
  });

  it('30 failures from one address, across logins, refuse that address for 15 minutes; another address goes on', async () => {
    const { limiter, clock } = await limiterAt(T0);
    for (let i = 0; i < 29; i++) expect(await fail(limiter, `user${i}`, '10.0.0.1')).toBeNull();
    const thirtieth = await fail(limiter, 'user29', '10.0.0.1');
    expect(thirtieth).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 900 });
    expect(thirtieth!.message).toBe('本机登录失败次数过多，请 15 分钟后再试 / too many failed sign-ins from this computer: try again in 15 minutes');
    expect((await fail(limiter, 'someone-else', '10.0.0.1'))?.status).toBe(429);
    expect(await fail(limiter, 'someone-else', '10.0.0.9')).toBeNull();
    clock.now = T0 + minutes(14) + 1;
    expect((await fail(limiter, 'someone-else', '10.0.0.1'))?.message).toContain('请 1 分钟后再试 / too many failed sign-ins from this computer: try again in 1 minute');
    clock.now = T0 + minutes(15);
    // The lock has run out: counting starts again from nothing.
    expect(await fail(limiter, 'user0', '10.0.0.1')).toBeNull();
  });

  it('a success gives its attempt back to the address: 30 staff signing in behind one NAT lock nobody out', async () => {
    const { limiter } = await limiterAt(T0);
    for (let i = 0; i < 40; i++) await limiter.succeeded(await limiter.reserve(`staff${i}`, '10.0.0.1'));
    expect(await fail(limiter, 'staff0', '10.0.0.1')).toBeNull();
  });

  it('behind the reverse proxy on this machine the client is the proxy’s X-Forwarded-For hop', async () => {
    server = await openTestServer({ now: () => new Date(T0) });
    await signedInStaff(server.app);
    // Through the proxy: 30 failures from 203.0.113.7 (whatever the client itself put before it) block that client only.
    for (let i = 0; i < 30; i++) await signIn(server.app, `user${i}`, 'wrong', { forwardedFor: `198.51.100.${i}, 203.0.113.7` });
    expect((await signIn(server.app, STAFF.login, STAFF.password, { forwardedFor: '203.0.113.7' })).statusCode).toBe(429);
    expect((await signIn(server.app, STAFF.login, STAFF.password, { forwardedFor: '203.0.113.8' })).statusCode).toBe(200);
  });

  it('from a peer other than loopback the header is not believed: it could be made up to escape the count', () => {
    const request = (peer: string, forwardedFor?: string) => ({ socket: { remoteAddress: peer }, ip: peer, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as FastifyRequest;
    expect(clientAddress(request('192.0.2.50', '203.0.113.9'))).toBe('192.0.2.50');
    expect(clientAddress(request('127.0.0.1', '198.51.100.1, 203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });
});
