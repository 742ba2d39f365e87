import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsingAt } from '../../shared/api/common';
import { apiContract, type ApiMethod } from '../../shared/api/contract';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { ResponseEnvelope } from '../../shared/api/envelope';
import { ROLES, type Role } from '../../shared/domain/roles';
import { inputLeaves } from '../support/contract-walk';
import { addHeadOfficeStaff } from '../support/head-office-staff';
import { openTestCore, type TestCore } from '../support/temp-core';
import { fuzzBases } from './support/fuzz-bases';
import { leafIndex, mutations, unreached } from './support/fuzz';

/*
 * Issue 18's attack script, the application's half: what an attacker with a
 * signed-in session on the site's own API tries. It prints what it tried and
 * what held, and fails if anything was stored:
 * - the impossible values the review found stored (§1.5), on real records;
 * - every string, date and JSON value of every method, replaced one at a time
 *   by impossible ones (§1.5);
 * - role escalation through every user-management method (§1.4).
 */

let core: TestCore;
const sessions = new Map<string, string>();
const report: string[] = [];

/** Every row any write touches counts here: unchanged means nothing was stored. */
const changes = () => (core.context.store.read.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function session(login: string): Promise<string> {
  if (!sessions.has(login)) sessions.set(login, await core.signIn(login));
  return sessions.get(login)!;
}

/** Sends one attack; returns the answer and whether anything was written. */
async function attack(method: ApiMethod, input: unknown, login: string): Promise<{ response: ResponseEnvelope; wrote: boolean }> {
  const token = await session(login);
  const before = changes();
  const response = await core.dispatch({ method, input, session: token });
  return { response, wrote: changes() !== before };
}

beforeAll(async () => {
  core = await openTestCore();
  // One account holding every role, as only head office's staff list can bring: no attempt fails for want of a permission.
  await addHeadOfficeStaff(core.context.store, [{ login: 'root', displayName: '全权测试', roles: [...ROLES], unit: '总部' }]);
});

afterAll(() => {
  console.log(['', '=== issue 18: attacks on the application core ===', ...report, ''].join('\n'));
  core?.close();
});

describe('the impossible values the review found stored (§1.5)', () => {
  it('are refused on real records, and nothing is written', async () => {
    const limei = await session('limei');
    const colleagues = await core.call('users.colleagues', {}, limei);
    const zhangwei = colleagues.find((u) => u.displayName === '张伟')!.id;
    const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', content: '罐车夜间经过村道，蝴蝶阀无人处理。' };
    let c = await core.call('complaints.create', intake, limei);
    c = await core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'accept', assigneeId: zhangwei } }, await session('zhaoli'));
    const dueAt = new Date(core.clock.now().getTime() + 26 * 3_600_000).toISOString();
    const planned: ComplaintDetail = await core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'planSolution', resolverId: zhangwei, measures: '调整罐车通行时间', dueAt } }, await session('zhangwei'));

    const tries: [string, ApiMethod, unknown, string][] = [
      ['complaint received in year 0000', 'complaints.create', { ...intake, receivedAt: '0000-01-01T00:00:00Z' }, 'limei'],
      ['opinion-book entry dated 2026-02-31', 'opinionBook.record', { entryDate: '2026-02-31', entryType: 'complaint', content: '排队太久' }, 'limei'],
      ['opinion-book entry dated 0000-01-01', 'opinionBook.record', { entryDate: '0000-01-01', entryType: 'complaint', content: '排队太久' }, 'limei'],
      ['extension due in 9999', 'complaints.act', { id: planned.id, version: planned.version, action: { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需协调', newDueAt: '9999-12-31T17:00:00+08:00' } }, 'zhangwei'],
      ['corrective action due in 9999', 'caseRecords.addCapa', { complaintId: planned.id, problem: '夜间无人值守', action: '排班覆盖夜间', ownerId: zhangwei, dueAt: '9999-12-31T17:00:00+08:00' }, 'zhangwei'],
      ['NUL in a customer name', 'complaints.create', { ...intake, customerName: '欧阳\u0000晓芸' }, 'limei'],
      ['NUL in a complaint’s content', 'complaints.create', { ...intake, content: '蝴蝶阀\u0000无人处理' }, 'limei'],
      ['lone surrogate in a complaint’s content', 'complaints.create', { ...intake, content: '蝴蝶阀\ud800无人处理' }, 'limei'],
      ['lone surrogate in a customer file’s name', 'customers.create', { kind: 'individual', name: '周\udc00桂芳' }, 'limei'],
      ['NUL in a user’s name', 'users.create', { login: 'nul', displayName: '王\u0000五', roles: ['receiver'], secretKind: 'pin', secret: '123456' }, 'wangjg'],
    ];
    report.push('', '-- the review’s findings, on real records --');
    const failures: string[] = [];
    for (const [what, method, input, login] of tries) {
      const { response, wrote } = await attack(method, input, login);
      const held = !response.ok && !wrote;
      report.push(`${held ? 'HELD  ' : 'BROKEN'} ${what} (${method}) → ${response.ok ? 'stored' : response.error.code}`);
      if (!held) failures.push(what);
    }
    expect(failures).toEqual([]);
  });
});

describe('every method that takes text or a date (§1.5)', () => {
  it('refuses each impossible value at its own field and stores nothing', async () => {
    const limei = (await core.call('users.list', {}, await session('wangjg'))).find((u) => u.login === 'limei')!;
    const customer = await core.call('customers.create', { kind: 'individual', name: '周桂芳', phone: '138 0000 1234' }, await session('limei'));
    const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周桂芳', content: '快递未送达' }, await session('limei'));
    const day = new Date(core.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    const entry = await core.call('opinionBook.record', { entryDate: day, entryType: 'complaint', content: '排队太久' }, await session('limei'));
    const bases = fuzzBases({ now: core.clock.now(), complaintId: complaint.id, customerId: customer.id, userId: limei.id, opinionEntryId: entry.id });

    const broken: string[] = [];
    const unfuzzed: string[] = [];
    report.push('', '-- every text, date and JSON value of every method --');
    for (const [method, definition] of Object.entries(apiContract) as [ApiMethod, (typeof apiContract)[ApiMethod]][]) {
      const index = leafIndex(inputLeaves(definition.input));
      if (index.size === 0) continue;
      const inputs = bases[method] ?? [];
      for (const path of unreached(index, inputs)) unfuzzed.push(`${method} ${path}`);
      for (const input of inputs) {
        const parsed = parsingAt(core.clock.now(), () => definition.input.safeParse(input));
        if (!parsed.success) throw new Error(`the fuzz base of ${method} is not valid itself: ${JSON.stringify(parsed.error.issues)}`);
      }
      let tried = 0;
      for (const mutation of inputs.flatMap((input) => mutations(input, index, core.clock.now()))) {
        tried += 1;
        const { response, wrote } = await attack(method, mutation.input, 'root');
        const atField = !response.ok && response.error.code === 'VALIDATION' && (response.error.issues ?? []).some((issue) => issue.path === mutation.path || issue.path.startsWith(`${mutation.path}.`));
        if (wrote || !atField) broken.push(`${method} ${mutation.path} ${mutation.what} → ${response.ok ? 'accepted' : `${response.error.code} ${JSON.stringify(response.error.issues ?? response.error.message)}`}${wrote ? ', WROTE' : ''}`);
      }
      report.push(`${method.padEnd(34)} ${String(index.size).padStart(3)} fields, ${String(tried).padStart(4)} impossible values tried`);
    }
    report.push(broken.length === 0 ? 'HELD   every one refused at its own field, nothing written' : `BROKEN ${broken.length}:\n  ${broken.join('\n  ')}`);
    expect(unfuzzed, 'fields no fuzz base reaches (add them to test/security/support/fuzz-bases.ts)').toEqual([]);
    expect(broken).toEqual([]);
  });
});

describe('role escalation through every user-management method (§1.4)', () => {
  const person = (login: string, roles: Role[]) => ({ login, displayName: `试${login}`, roles, secretKind: 'pin' as const, secret: '654321' });

  it('no one gives a role above their own or acts on an account above their own', async () => {
    const users = await core.call('users.list', {}, await session('wangjg'));
    const id = (login: string) => users.find((u) => u.login === login)!.id;
    const tries: [string, ApiMethod, unknown, string][] = [
      ['station lead creates a head-office administrator', 'users.create', person('evil1', ['head_office_admin']), 'wangjg'],
      ['station lead hides an administrator role among others', 'users.create', person('evil2', ['receiver', 'handler', 'head_office_admin']), 'wangjg'],
      ['station lead creates a leader in charge (extension approval)', 'users.create', person('evil3', ['leader_in_charge']), 'wangjg'],
      ['station lead creates a general manager (compensation approval)', 'users.create', person('evil4', ['general_manager']), 'wangjg'],
      ['station lead creates an administration & HR account', 'users.create', person('evil5', ['admin_hr']), 'wangjg'],
      ['head-office administrator creates a station lead (case rights it lacks)', 'users.create', person('evil6', ['station_lead']), 'admin'],
      ['station lead disables the head-office administrator', 'users.setActive', { userId: id('admin'), active: false }, 'wangjg'],
      ['station lead disables the leader in charge', 'users.setActive', { userId: id('chenzm'), active: false }, 'wangjg'],
      ['station lead resets the administrator’s password to sign in as it', 'users.resetSecret', { userId: id('admin'), secretKind: 'password', secret: 'owned-by-lead', ownSecret: '123456' }, 'wangjg'],
      ['station lead resets the leader in charge’s PIN', 'users.resetSecret', { userId: id('chenzm'), secretKind: 'pin', secret: '111111', ownSecret: '123456' }, 'wangjg'],
      ['receiver creates a receiver', 'users.create', person('evil7', ['receiver']), 'limei'],
      ['call centre (may read users) disables a receiver', 'users.setActive', { userId: id('limei'), active: false }, 'zhaoli'],
      ['unit head resets a receiver’s PIN', 'users.resetSecret', { userId: id('limei'), secretKind: 'pin', secret: '111111', ownSecret: '123456' }, 'liuqiang'],
      ['station lead disables itself', 'users.setActive', { userId: id('wangjg'), active: false }, 'wangjg'],
      ['station lead resets a receiver’s PIN with a wrong own PIN', 'users.resetSecret', { userId: id('limei'), secretKind: 'pin', secret: '111111', ownSecret: '000000' }, 'wangjg'],
    ];
    report.push('', '-- role escalation through users.create, users.setActive, users.resetSecret --');
    const failures: string[] = [];
    for (const [what, method, input, login] of tries) {
      const { response, wrote } = await attack(method, input, login);
      // A refused own PIN is audited (a failed sign-in): that one write is expected, nothing else.
      const auditOnly = method === 'users.resetSecret' && !response.ok && response.error.code === 'VALIDATION';
      const held = !response.ok && (!wrote || auditOnly);
      report.push(`${held ? 'HELD  ' : 'BROKEN'} ${what} → ${response.ok ? 'done' : response.error.code}`);
      if (!held) failures.push(what);
    }
    await expect(core.call('session.signIn', { login: 'admin', secret: 'branchline-demo' })).resolves.toMatchObject({ user: { active: true } });
    await expect(core.call('session.signIn', { login: 'chenzm', secret: '123456' })).resolves.toMatchObject({ user: { active: true } });
    expect(failures).toEqual([]);
  });
});
