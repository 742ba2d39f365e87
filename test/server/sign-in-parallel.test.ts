import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../server/app';
import { verifyPassword } from '../../server/auth/passwords';
import { LOGIN_LIMITS } from '../../server/auth/sign-in-limiter';
import { openServerDb } from '../../server/db/open';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { signedInStaff, STAFF } from './support/console';
import { ADMIN_TOKEN, openTestServer, type TestServer } from './support/test-server';

// Counts the password checks, the slow step the lock must keep guesses from.
vi.mock('../../server/auth/passwords', async (original) => {
  const actual = await original<typeof import('../../server/auth/passwords')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

let server: TestServer;
afterEach(async () => server?.close());

const T0 = new Date('2026-11-23T08:00:00.000Z').getTime();
const attempt = (app: TestServer['app'], password: string) => app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login: STAFF.login, password } });

describe('console sign-in under parallel guessing', () => {
  it(`100 passwords sent at once, the right one last: at most ${LOGIN_LIMITS.failures} are checked, the right one is refused`, async () => {
    server = await openTestServer({ now: () => new Date(T0) });
    await signedInStaff(server.app);
    vi.mocked(verifyPassword).mockClear();
    const answers = await Promise.all([...Array.from({ length: 99 }, (_, i) => attempt(server.app, `guess number ${i}`)), attempt(server.app, STAFF.password)]);
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(LOGIN_LIMITS.failures);
    expect(answers[99]!.statusCode).toBe(429);
    expect(answers[99]!.headers['set-cookie']).toBeUndefined();
    expect(answers.filter((a) => a.statusCode === 429).length).toBeGreaterThanOrEqual(100 - LOGIN_LIMITS.failures);
  });

  it('a lock survives a restart of the server', async () => {
    server = await openTestServer({ now: () => new Date(T0) });
    await signedInStaff(server.app);
    for (let i = 0; i < LOGIN_LIMITS.failures; i++) await attempt(server.app, `wrong ${i}`);
    const target = (server.store as { target?: string }).target!;
    await server.close();
    const store = await openServerDb(target);
    const app = buildApp({ db: store.db, adminToken: ADMIN_TOKEN, now: () => new Date(T0 + 60_000) });
    server = { app, store, close: async () => (await app.close(), await store.close()) };
    const right = await attempt(app, STAFF.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toContain('请 14 分钟后再试');
  });
});
