import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import type { User } from '../../shared/api/users';
import { ROLES, rolesAbove, type Role } from '../../shared/domain/roles';
import { setAccountActive } from '../../electron/core/users/accounts';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const person = (login: string, roles: Role[]) => ({ login, displayName: `测试${login}`, roles, secretKind: 'pin' as const, secret: '654321' });

/** Every row count and the connection's change counter: nothing written means all equal. */
function writes(): number {
  return (core.context.store.read.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

async function refusal<M extends ApiMethod>(method: M, input: ApiInput<M>, session: string) {
  const before = writes();
  const response = await core.dispatch({ method, input, session });
  if (response.ok) throw new Error(`${method} should have been refused`);
  expect(writes(), `${method} wrote something while refusing`).toBe(before);
  return response.error;
}

async function userByLogin(login: string): Promise<User> {
  return (await core.call('users.list', {}, await core.signIn('wangjg'))).find((u) => u.login === login)!;
}

function auditRows(action: string): { user_id: string; entity_id: string; before: string | null; after: string | null }[] {
  // An after written once is the outbox payload the row points at (change-log.ts).
  return core.context.store.read
    .prepare('SELECT a.user_id, a.entity_id, a.before, coalesce(a.after, o.payload) AS after FROM audit_log a LEFT JOIN outbox o ON o.seq = a.outbox_seq WHERE a.action = ? ORDER BY a.seq')
    .all(action) as never;
}

describe('who may grant which roles (issue 18 §1.4)', () => {
  it('a role is above a person when it grants a permission the person lacks, whatever its title', () => {
    expect(rolesAbove(['station_lead'], ['receiver', 'handler', 'call_centre', 'unit_head', 'station_lead'])).toEqual([]);
    expect(rolesAbove(['station_lead'], ['head_office_admin', 'leader_in_charge', 'admin_hr', 'general_manager', 'receiver'])).toEqual(['head_office_admin', 'leader_in_charge', 'admin_hr', 'general_manager']);
    // Not a ladder: the head-office administrator lacks the lead's case rights, so it is no more above the lead than below.
    expect(rolesAbove(['head_office_admin'], ['station_lead'])).toEqual(['station_lead']);
    expect(rolesAbove([...ROLES], [...ROLES])).toEqual([]);
  });

  it('a station lead creates the site’s own posts, but no account holding a right the lead lacks; nothing is written', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    for (const role of ['head_office_admin', 'leader_in_charge', 'admin_hr', 'general_manager'] as const) {
      const error = await refusal('users.create', person(`x${role.length}${role[0]}`, ['receiver', role]), lead);
      expect(error).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'accounts.errors.roleAboveOwn' }, issues: [{ path: 'roles' }] });
    }
    for (const role of ['receiver', 'handler', 'call_centre', 'unit_head', 'station_lead'] as const) {
      await expect(core.call('users.create', person(`ok-${role.replace('_', '-')}`, [role]), lead)).resolves.toMatchObject({ roles: [role], active: true });
    }
  });

  it('nobody without users.manage creates, disables or resets anyone', async () => {
    core = await openTestCore();
    const admin = await userByLogin('admin');
    for (const login of ['limei', 'zhaoli', 'chenzm', 'liuqiang']) {
      const session = await core.signIn(login);
      expect(await refusal('users.create', person('sneaky', ['receiver']), session)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal('users.setActive', { userId: admin.id, active: false }, session)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal('users.resetSecret', { userId: admin.id, secretKind: 'pin', secret: '111111', ownSecret: '123456' }, session)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('acting on an account above one’s own (issue 18 §1.4)', () => {
  it('a station lead cannot disable, enable or reset the head-office administrator or the leader in charge', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    for (const login of ['admin', 'chenzm']) {
      const target = await userByLogin(login);
      expect(await refusal('users.setActive', { userId: target.id, active: false }, lead)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'accounts.errors.accountAboveOwn', params: { name: target.displayName } } });
      expect(await refusal('users.setActive', { userId: target.id, active: true }, lead)).toMatchObject({ code: 'FORBIDDEN' });
      // Refused before the lead's own PIN is even looked at: no sign-in attempt spent.
      expect(await refusal('users.resetSecret', { userId: target.id, secretKind: 'pin', secret: '111111', ownSecret: 'wrong!' }, lead)).toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(core.call('session.signIn', { login: 'admin', secret: 'branchline-demo' })).resolves.toMatchObject({ user: { login: 'admin', active: true } });
  });

  it('a station lead disables and enables a receiver, audited with before and after, queued without any secret', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const limei = await userByLogin('limei');
    const receiverSession = await core.signIn('limei');
    await expect(core.call('users.setActive', { userId: limei.id, active: false }, lead)).resolves.toMatchObject({ active: false });
    expect((await core.dispatch({ method: 'sync.status', input: {}, session: receiverSession })).ok).toBe(false);
    await expect(core.call('users.setActive', { userId: limei.id, active: true }, lead)).resolves.toMatchObject({ active: true });
    const rows = auditRows('users.setActive');
    const leadId = (await userByLogin('wangjg')).id;
    expect(rows.map((r) => [r.user_id, r.entity_id, JSON.parse(r.before!).active, JSON.parse(r.after!).active])).toEqual([
      [leadId, limei.id, true, false],
      [leadId, limei.id, false, true],
    ]);
    const queued = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'user' AND entity_id = ?").all(limei.id) as { payload: string }[];
    expect(queued.length).toBe(3); // created, disabled, enabled
    for (const row of queued) expect(row.payload).not.toMatch(/scrypt|secret_hash|secretHash/);
  });

  it('the last active account that can manage users cannot be disabled, by itself or by anyone', async () => {
    core = await openTestCore({ demo: false });
    const { session, user } = await core.call('setup.initialise', {
      site: { code: 'BJ01', name: '北京朝阳营业厅', organisation: '某邮政分公司', profile: 'bank-outlet' },
      admin: { login: 'lead', displayName: '孙站长', roles: ['station_lead'], secretKind: 'pin', secret: '123456' },
    });
    expect(await refusal('users.setActive', { userId: user.id, active: false }, session)).toMatchObject({ code: 'CONFLICT', reason: { key: 'accounts.errors.lastAdministrator' } });
    // Not even an actor holding every right (as head office would) may leave the site without one.
    expect(() => core.context.store.transaction((tx) => setAccountActive(tx, user.id, false, { id: 'someone-else', roles: [...ROLES] }, core.clock.now()))).toThrow(
      expect.objectContaining({ reason: { key: 'accounts.errors.lastAdministrator', params: { name: '孙站长' } } }),
    );
    // With a second lead, either may disable the other, never itself.
    const second = await core.call('users.create', person('lead2', ['station_lead']), session);
    expect(await refusal('users.setActive', { userId: user.id, active: false }, session)).toMatchObject({ code: 'CONFLICT', reason: { key: 'accounts.errors.cannotDisableSelf' } });
    await expect(core.call('users.setActive', { userId: second.id, active: false }, session)).resolves.toMatchObject({ active: false });
  });
});

describe('resetting a PIN with the lead’s own PIN re-entered (issue 18 §1.4)', () => {
  it('sets the new PIN, ends the person’s sessions, audits who reset whose PIN; the old PIN no longer works', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const limei = await userByLogin('limei');
    const limeiSession = await core.signIn('limei');
    await expect(core.call('users.resetSecret', { userId: limei.id, secretKind: 'pin', secret: '246810', ownSecret: '123456' }, lead)).resolves.toMatchObject({ login: 'limei', active: true });
    expect((await core.dispatch({ method: 'sync.status', input: {}, session: limeiSession })).ok).toBe(false);
    expect((await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })).ok).toBe(false);
    await expect(core.call('session.signIn', { login: 'limei', secret: '246810' })).resolves.toMatchObject({ user: { login: 'limei' } });
    const [row] = auditRows('users.resetSecret');
    expect(row).toMatchObject({ user_id: (await userByLogin('wangjg')).id, entity_id: limei.id });
    expect(`${row!.before}${row!.after}`).not.toMatch(/scrypt|246810/);
  });

  it('a wrong own PIN changes nothing and counts as a failed sign-in: five lock the lead out of resets and sign-in alike', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const limei = await userByLogin('limei');
    const attempt = (ownSecret: string) => core.dispatch({ method: 'users.resetSecret', input: { userId: limei.id, secretKind: 'pin', secret: '246810', ownSecret }, session: lead });
    for (let i = 0; i < 4; i++) expect(await attempt('000000')).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ownSecret', reason: { key: 'accounts.errors.ownSecretWrong' } }] } });
    // Four failures so far; a fifth failed sign-in locks the login.
    expect((await core.dispatch({ method: 'session.signIn', input: { login: 'wangjg', secret: '999999' } })).ok).toBe(false);
    expect(await attempt('123456')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: { key: 'accounts.errors.ownSecretLocked' } } });
    expect(await core.dispatch({ method: 'session.signIn', input: { login: 'wangjg', secret: '123456' } })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    await expect(core.call('session.signIn', { login: 'limei', secret: '123456' })).resolves.toBeTruthy();
    expect(auditRows('users.resetSecret')).toEqual([]);
    expect(auditRows('users.ownSecretRefused')).toHaveLength(4);
  });

  it('twenty wrong own PINs sent at once: at most five are evaluated, and the right one is refused during the lockout', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const limei = await userByLogin('limei');
    const input = (ownSecret: string) => ({ userId: limei.id, secretKind: 'pin' as const, secret: '246810', ownSecret });
    const answers = await Promise.all(Array.from({ length: 20 }, () => core.dispatch({ method: 'users.resetSecret', input: input('000000'), session: lead })));
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(auditRows('users.ownSecretRefused').length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(15);
    expect(await core.dispatch({ method: 'users.resetSecret', input: input('123456'), session: lead })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('the new secret follows the PIN and password rules', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const limei = await userByLogin('limei');
    expect(await refusal('users.resetSecret', { userId: limei.id, secretKind: 'pin', secret: '12', ownSecret: '123456' }, lead)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'secret' }] });
    expect(await refusal('users.resetSecret', { userId: limei.id, secretKind: 'pin', secret: '1234\u00006', ownSecret: '123456' }, lead)).toMatchObject({ code: 'VALIDATION' });
  });
});
