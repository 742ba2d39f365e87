import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_FAILURES } from '../../electron/core/sign-in';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore | undefined;
afterEach(() => core?.close());

const signIn = (c: TestCore, secret: string) => c.dispatch({ method: 'session.signIn', input: { login: 'limei', secret } });
const refusals = (c: TestCore) => (c.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'session.signInRefused'").get() as { n: number }).n;

describe('PIN sign-in lockout', () => {
  it(`100 guesses sent at once, the right PIN last: at most ${MAX_FAILURES} are checked, the right one is refused with the lock's end`, async () => {
    core = await openTestCore();
    const c = core;
    const answers = await Promise.all([...Array.from({ length: 99 }, (_, i) => signIn(c, String(100000 + i))), signIn(c, '123456')]);
    expect(refusals(c)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(answers.filter((a) => !a.ok && a.error.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(MAX_FAILURES);
    const right = answers[99]!;
    const until = new Date(c.clock.now().getTime() + LOCK_MS).toISOString();
    expect(right).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'signIn.errors.lockedUntil', reason: { key: 'signIn.errors.lockedUntil', params: { until: { at: until } } } } });
  });

  it('a lock survives a restart of the program, and ends after five minutes', async () => {
    core = await openTestCore();
    for (let i = 0; i < MAX_FAILURES; i++) expect(await signIn(core, '000000')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const dataDir = core.dataDir;
    core.close();
    core = await openTestCore({ dataDir });
    expect(await signIn(core, '123456')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: { key: 'signIn.errors.lockedUntil' } } });
    core.clock.advance(LOCK_MS + 1);
    expect(await signIn(core, '123456')).toMatchObject({ ok: true });
  });

  it('counts up to the limit only without a success in between; other logins are not affected', async () => {
    core = await openTestCore();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await signIn(core, '000000');
    expect(await signIn(core, '123456')).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES - 1; i++) await signIn(core, '000000');
    expect(await signIn(core, '123456')).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES; i++) await signIn(core, '000000');
    expect(await core.dispatch({ method: 'session.signIn', input: { login: 'wangjg', secret: '123456' } })).toMatchObject({ ok: true });
  });

  it('an unknown login leaves no row behind (nothing to lock, no hash checked)', async () => {
    core = await openTestCore();
    for (let i = 0; i < 20; i++) await core.dispatch({ method: 'session.signIn', input: { login: `nobody${i}`, secret: '000000' } });
    expect(core.context.store.read.prepare('SELECT count(*) AS n FROM sign_in_lockouts').get()).toEqual({ n: 0 });
  });
});
