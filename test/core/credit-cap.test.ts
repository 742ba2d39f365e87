import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * The total-credit cap of seed002 客户管理制度3 第二十四条2① (授信总额不能超过
 * 20xx年1月1日应收帐款的余额数): a site setting the station lead enters; an
 * approval that would take the total of the limits in force over it is refused
 * with the cap and the total; one that does not raise the total is not; no
 * cap set, nothing is checked.
 */

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`);
// An A grade with credit sales: long-term, limit = min(1 200 000 / 12, 960 000 / 12) = 80 000 (第二十六条(2)).
const QUANTITIES = {
  cooperationSince: '2021-05-01',
  lastBreachOn: null,
  goodOperatingYears: 3,
  investigationItems: [1, 2, 3, 4, 5, 6, 7],
  monthsCounted: 12,
  paymentsTotal: 1_200_000,
  shipmentsTotal: 960_000,
  hadCreditSales: true,
  existingCreditLimit: null as number | null,
  mortgageValue: null,
};

async function reviewed(name: string, quantities = QUANTITIES, customerId?: string) {
  const id = customerId ?? (await core.call('customers.create', { kind: 'organisation', name }, await core.signIn('wangjg'))).id;
  const grading = await core.call('credit.propose', { customerId: id, quantities, holds: ['A3', 'A5', 'A6'], reason: '会同经办业务员评定' }, await core.signIn('liuqiang'));
  await core.call('credit.decide', { gradingId: grading.id, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
  return grading;
}

const approve = async (gradingId: string, session?: string) =>
  core.dispatch({ method: 'credit.decide', input: { gradingId, step: 'approve', decision: 'approved' }, session: session ?? (await core.signIn('zhouht')) });
const setCap = async (input: ApiInput<'credit.setCap'>, login = 'wangjg') => core.dispatch({ method: 'credit.setCap', input, session: await core.signIn(login) });

describe('total-credit cap (第二十四条2①)', () => {
  it('is not checked while no cap is set', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-11-23T10:00:00'));
    for (const name of ['甲公司', '乙公司', '丙公司']) expect((await approve((await reviewed(name)).id)).ok).toBe(true);
    expect(await core.call('credit.cap', {}, await core.signIn('zhouht'))).toMatchObject({ totalCap: null, baseDay: null, totalInForce: 240_000 });
  });

  it('refuses an approval one cent over the cap, naming the cap and the total, and lets one reaching it exactly through', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-11-23T10:00:00'));
    expect((await approve((await reviewed('甲公司')).id)).ok).toBe(true);
    const second = await reviewed('乙公司');
    expect((await setCap({ totalCap: 159_999.99, baseDay: '2026-01-01' })).ok).toBe(true);
    const gm = await core.signIn('zhouht');
    const before = countRows(core);
    const refused = await approve(second.id, gm);
    if (refused.ok) throw new Error('expected the approval to be refused');
    expect(refused.error).toMatchObject({ code: 'CONFLICT', reason: { key: 'credit.errors.totalCapExceeded', params: { cap: 159_999.99, total: 160_000 } } });
    expect(countRows(core)).toEqual(before);
    expect((await setCap({ totalCap: 160_000, baseDay: '2026-01-01' })).ok).toBe(true);
    expect((await approve(second.id)).ok).toBe(true);
    expect(await core.call('credit.cap', {}, await core.signIn('wangjg'))).toMatchObject({ totalCap: 160_000, baseDay: '2026-01-01', setByName: '王建国', totalInForce: 160_000 });
  });

  it('lets through an approval that does not raise the total, even over a lowered cap (第四十二条: limits go down)', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-11-23T10:00:00'));
    const first = await reviewed('甲公司');
    expect((await approve(first.id)).ok).toBe(true);
    expect((await approve((await reviewed('乙公司')).id)).ok).toBe(true);
    expect((await setCap({ totalCap: 100_000, baseDay: '2026-01-01' })).ok).toBe(true);
    const same = await reviewed('', QUANTITIES, first.customerId); // the same 80 000 again: total unchanged
    expect((await approve(same.id)).ok).toBe(true);
    const lower = await reviewed('', { ...QUANTITIES, existingCreditLimit: 50_000 }, first.customerId); // 80 000 → 50 000
    expect((await approve(lower.id)).ok).toBe(true);
    expect((await core.call('credit.cap', {}, await core.signIn('wangjg'))).totalInForce).toBe(130_000);
    const third = await reviewed('丙公司');
    const refused = await approve(third.id);
    expect(refused.ok ? null : refused.error.reason).toMatchObject({ key: 'credit.errors.totalCapExceeded', params: { cap: 100_000, total: 210_000 } });
  });

  it('is set by the station lead only, on a 1 January, audited; clearing it stops the check', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-11-23T10:00:00'));
    const byGm = await setCap({ totalCap: 100_000, baseDay: '2026-01-01' }, 'zhouht');
    expect(byGm.ok ? null : byGm.error.code).toBe('FORBIDDEN');
    const notJanuary = await setCap({ totalCap: 100_000, baseDay: '2026-03-01' });
    expect(notJanuary.ok ? null : notJanuary.error.code).toBe('VALIDATION');
    expect((await setCap({ totalCap: 1, baseDay: '2026-01-01' })).ok).toBe(true);
    expect((await setCap({ totalCap: null, baseDay: null })).ok).toBe(true);
    expect((await approve((await reviewed('甲公司')).id)).ok).toBe(true);
    const audit = core.context.store.read.prepare("SELECT before, after FROM audit_log WHERE action = 'credit.setCap' ORDER BY rowid").all() as { before: string; after: string }[];
    expect(audit.map((a) => JSON.parse(a.after))).toEqual([{ totalCap: 1, baseDay: '2026-01-01' }, { totalCap: null, baseDay: null }]);
  });
});
