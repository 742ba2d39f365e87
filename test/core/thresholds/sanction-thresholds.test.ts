import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecords } from '../../../shared/api/case-records';
import type { ApiInput } from '../../../shared/api/contract';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { countRows, openTestCore, type TestCore } from '../../support/temp-core';

/**
 * seed003 篇5 6.2: “每次有效投诉处罚责任机构和部门负责人各1000元，每年发生三次
 * 有效投诉给予责任机构或部门负责人诫勉处理”. The 诫勉 is counted from the store:
 * the valid complaints on which the same head was charged under 6.2, within a
 * year counted back from the complaint's receipt.
 */

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '郑秀兰', customerPhone: '138 0000 1234', content: '理赔时效太慢。' };

async function userId(name: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === name)!.id;
}

/** A complaint received at `local` (Shanghai), accepted and assigned to 张伟, which finds it valid (篇5 6.2 有效投诉). */
async function validComplaint(local: string): Promise<ComplaintDetail> {
  const created = await core.call('complaints.create', { ...intake, receivedAt: sh(local) }, await core.signIn('limei'));
  const c = await core.call('complaints.get', { id: created.id }, await core.signIn('limei'));
  return core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'accept', assigneeId: await userId('张伟') } }, await core.signIn('zhaoli'));
}

const sanction = (complaintId: string, personId: string, articleCode: string, extra: Partial<ApiInput<'caseRecords.addSanction'>> = {}) =>
  ({ complaintId, personId, articleCode, ...(articleCode === 'p5.6.2' ? { measure: 'fine', amount: 1000 } : { measure: 'admonishment' }), ...extra }) as ApiInput<'caseRecords.addSanction'>;

async function record(input: ApiInput<'caseRecords.addSanction'>): Promise<CaseRecords> {
  return core.call('caseRecords.addSanction', input, await core.signIn('wangjg'));
}

async function refused(input: ApiInput<'caseRecords.addSanction'>) {
  const session = await core.signIn('wangjg');
  const before = countRows(core);
  const response = await core.dispatch({ method: 'caseRecords.addSanction', input, session });
  if (response.ok) throw new Error('expected the sanction to be refused');
  expect(countRows(core)).toEqual(before);
  return response.error;
}

describe('篇5 6.2 诫勉 after three valid complaints a year, counted from the store', () => {
  it('applies on the third within 365 days, is refused on a third 366 days after the first, and is flagged until recorded', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('insurance-branch-p5'));
    core.clock.set(new Date(sh('2026-03-03T09:00:00')));
    const liu = await userId('刘强');
    const chen = await userId('陈志明');
    const c1 = await validComplaint('2025-03-01T10:00:00');
    const c2 = await validComplaint('2025-09-01T10:00:00');
    const c3 = await validComplaint('2026-03-01T10:00:00'); // 365 days after c1
    const c4 = await validComplaint('2026-03-02T10:00:00'); // 366 days after c1

    // 刘强 charged on c1, c2, c3; 陈志明 on c1, c2, c4.
    for (const c of [c1, c2, c3]) await record(sanction(c.id, liu, 'p5.6.2'));
    for (const c of [c1, c2]) await record(sanction(c.id, chen, 'p5.6.2'));

    // The second complaint is not yet the third: refused, with the count the store holds.
    expect(await refused(sanction(c2.id, liu, 'p5.6.2.thrice'))).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'thresholds.errors.notYet', params: { count: 2, needed: 3, months: 12, on: { date: '2025-09-01' } } },
      issues: [{ path: 'articleCode' }],
    });

    // The third, 365 days after the first: flagged, then recorded, then no longer flagged.
    let records = await core.call('caseRecords.get', { complaintId: c3.id }, await core.signIn('wangjg'));
    expect(records.dueSanctions).toEqual([{ articleCode: 'p5.6.2.thrice', personId: liu, personName: '刘强', count: 3, needed: 3, source: 'seed003 篇5 6.2' }]);
    records = await record(sanction(c3.id, liu, 'p5.6.2.thrice'));
    expect(records.sanctions.at(-1)).toMatchObject({ personName: '刘强', articleCode: 'p5.6.2.thrice', measure: 'admonishment' });
    expect(records.dueSanctions).toEqual([]);

    // 366 days after the first, the first no longer counts: two in the year, not flagged, refused.
    records = await record(sanction(c4.id, chen, 'p5.6.2'));
    expect(records.dueSanctions).toEqual([]);
    expect(await refused(sanction(c4.id, chen, 'p5.6.2.thrice'))).toMatchObject({
      reason: { key: 'thresholds.errors.notYet', params: { count: 2, needed: 3, on: { date: '2026-03-02' } } },
    });
  });

  it('the 1,000 元 of 6.2 is read from the pack and is for valid complaints only', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('insurance-branch-p5'));
    const liu = await userId('刘强');
    const pending = await core.call('complaints.create', intake, await core.signIn('limei'));
    expect(await refused(sanction(pending.id, liu, 'p5.6.2'))).toMatchObject({ reason: { key: 'thresholds.errors.validOnly', params: { source: 'seed003 篇5 6.2' } } });
    const valid = await validComplaint('2026-11-23T09:00:00');
    expect(await refused(sanction(valid.id, liu, 'p5.6.2', { amount: 999 }))).toMatchObject({ issues: [{ path: 'amount', reason: { key: 'sanctions.errors.amountFixed', params: { min: 1000, max: 1000 } } }] });
    // 6.4 is for invalid complaints.
    expect(await refused({ complaintId: valid.id, personId: liu, articleCode: 'p5.6.4', measure: 'points', points: 2 })).toMatchObject({
      reason: { key: 'thresholds.errors.invalidOnly' },
    });
    expect((await record(sanction(valid.id, liu, 'p5.6.2'))).sanctions[0]).toMatchObject({ amount: 1000 });
  });
});
