import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

describe('sign-in and sessions', () => {
  it('signs in with a PIN, names the user in the audit log, and signs out', async () => {
    core = await openTestCore();
    const { session, user } = await core.call('session.signIn', { login: 'limei', secret: '123456' });
    expect(user.displayName).toBe('李梅');
    const status = await core.call('session.status', {}, session);
    expect(status.user?.login).toBe('limei');
    await core.call('session.signOut', {}, session);
    expect((await core.call('session.status', {}, session)).user).toBeNull();
    const actions = core.context.store.read.prepare('SELECT action, user_id FROM audit_log WHERE action LIKE ? ORDER BY seq').all('session.%');
    expect(actions).toEqual([
      { action: 'session.signIn', user_id: user.id },
      { action: 'session.signOut', user_id: user.id },
    ]);
  });

  it('refuses a wrong PIN, audits the refusal, and locks the login after five failures', async () => {
    core = await openTestCore();
    for (let i = 0; i < 5; i++) {
      expect(await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '000000' } })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    core.clock.advance(5 * 60_000 + 1);
    expect(await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })).toMatchObject({ ok: true });
    const refused = core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'session.signInRefused'").get();
    expect(refused).toEqual({ n: 5 });
  });

  it('stores secrets only as scrypt hashes', async () => {
    core = await openTestCore();
    const rows = core.context.store.read.prepare('SELECT secret_hash FROM users').all() as { secret_hash: string }[];
    for (const row of rows) {
      expect(row.secret_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
      expect(row.secret_hash).not.toContain('123456');
    }
  });

  it('ends a session after the site’s inactivity period, but not before', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    core.clock.advance(14 * 60_000);
    expect((await core.dispatch({ method: 'sync.status', input: {}, session })).ok).toBe(true);
    core.clock.advance(14 * 60_000); // 14 minutes after the last call: still alive
    expect((await core.dispatch({ method: 'sync.status', input: {}, session })).ok).toBe(true);
    core.clock.advance(15 * 60_000 + 1);
    expect(await core.dispatch({ method: 'sync.status', input: {}, session })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('ends the sessions of a user who is deactivated', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const receiver = await core.signIn('limei');
    const users = await core.call('users.list', {}, lead);
    const limei = users.find((u) => u.login === 'limei')!;
    await core.call('users.setActive', { userId: limei.id, active: false }, lead);
    expect(await core.dispatch({ method: 'sync.status', input: {}, session: receiver })).toMatchObject({ ok: false });
    expect(await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })).toMatchObject({ ok: false });
  });
});

describe('first-run setup', () => {
  it('initialises an empty store once, with its admin signed in', async () => {
    core = await openTestCore({ demo: false });
    expect((await core.call('session.status', {})).initialised).toBe(false);
    const { session, user } = await core.call('setup.initialise', {
      site: { code: 'bj01', name: '北京朝阳营业厅', organisation: '某邮政分公司', profile: 'bank-outlet' },
      admin: { login: 'lead', displayName: '孙站长', roles: ['station_lead'], secretKind: 'password', secret: 'correct horse' },
    });
    expect(user.roles).toEqual(['station_lead']);
    expect((await core.call('site.get', {}, session)).code).toBe('BJ01');
    const again = await core.dispatch({
      method: 'setup.initialise',
      input: {
        site: { code: 'XX99', name: '另一个', organisation: '另一个', profile: 'bank-outlet', rulePack: 'x' },
        admin: { login: 'other', displayName: '某', roles: ['station_lead'], secretKind: 'pin', secret: '111111' },
      },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch({ method: 'setup.loadDemo', input: {} })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a rule pack that is not shipped, writing nothing; lists the shipped ones before sign-in', async () => {
    core = await openTestCore({ demo: false });
    const response = await core.dispatch({
      method: 'setup.initialise',
      input: {
        site: { code: 'BJ01', name: '北京', organisation: '某', profile: 'bank-outlet', rulePack: 'no-such-pack' },
        admin: { login: 'lead', displayName: '孙', roles: ['station_lead'], secretKind: 'password', secret: 'correct horse' },
      },
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'site.rulePack' }] } });
    expect((await core.call('session.status', {})).initialised).toBe(false);
    const packs = await core.call('rules.shippedPacks', {});
    expect(packs.length).toBeGreaterThanOrEqual(20);
    expect(packs.map((p) => p.id)).toContain('seed002-doc8-property');
    expect(new Set(packs.map((p) => p.id)).size).toBe(packs.length);
  });

  it('rejects a short PIN and a short password with field messages', async () => {
    core = await openTestCore({ demo: false });
    const response = await core.dispatch({
      method: 'setup.initialise',
      input: {
        site: { code: 'BJ01', name: '北京', organisation: '某', profile: 'bank-outlet', rulePack: 'x' },
        admin: { login: 'lead', displayName: '孙', roles: ['station_lead'], secretKind: 'pin', secret: '12' },
      },
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'admin.secret', message: 'PIN 须为6位数字' }] } });
  });
});
