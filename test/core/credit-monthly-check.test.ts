import { afterEach, describe, expect, it } from 'vitest';
import { MONTHLY_CREDIT_CHECK } from '../../shared/credit/credit-pack';
import { A_GRADE_QUANTITIES, shanghai } from '../support/credit-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * The monthly check of credit customers (seed002 客户管理制度3 第三十八条)
 * on the 计划与完成 list, computed from the gradings recorded. By hand:
 * - 甲公司 (A, limit 80 000) approved 2026-08-31: holds a limit on 1 September and 1 October;
 * - 乙公司 (A, limit 80 000) approved 2026-09-01: not yet on 1 September (approved that day), holds one on 1 October;
 * - 丙公司 (C, no limit) approved 2026-08-20: never due;
 * - re-gradings: 甲公司 proposed 2026-09-30 (September done, not yet approved), 乙公司 proposed 2026-11-01 (after October).
 * September: 1 required, 1 done (done). October: 2 required (甲, 乙), 0 done, missed (today is 2026-11-23).
 * November: 2 required (甲's re-grading is not approved, so its 80 000 holds; 乙 the same), 乙 graded 11-01: 1 done, open.
 */

let core: TestCore;
afterEach(() => core?.close());


async function propose(customerId: string, at: string, holds: ('A3' | 'A5' | 'A6' | 'C7')[] = ['A3', 'A5', 'A6']) {
  core.clock.set(shanghai(at));
  return core.call('credit.propose', { customerId, quantities: A_GRADE_QUANTITIES, holds, reason: '月度检查审核' }, await core.signIn('liuqiang'));
}

async function approve(gradingId: string, at: string) {
  core.clock.set(shanghai(at));
  await core.call('credit.decide', { gradingId, step: 'review', decision: 'approved' }, await core.signIn('chenzm'));
  await core.call('credit.decide', { gradingId, step: 'approve', decision: 'approved' }, await core.signIn('zhouht'));
}

const cadence = async (key: string) => {
  const out = await core.call('reports.cadence', { period: { kind: 'month', key } }, await core.signIn('wangjg'));
  return out.schedules.find((s) => s.id === MONTHLY_CREDIT_CHECK.id);
};

describe('monthly check of credit customers (第三十八条)', () => {
  it('plans every customer holding a limit on the first of the month and counts those graded within it', async () => {
    core = await openTestCore();
    core.clock.set(shanghai('2026-08-01T09:00:00'));
    const lead = await core.signIn('wangjg');
    const [jia, yi, bing] = [
      await core.call('customers.create', { kind: 'organisation', name: '甲公司' }, lead),
      await core.call('customers.create', { kind: 'organisation', name: '乙公司' }, lead),
      await core.call('customers.create', { kind: 'organisation', name: '丙公司' }, lead),
    ];
    await approve((await propose(jia!.id, '2026-08-30T10:00:00')).id, '2026-08-31T23:50:00');
    await approve((await propose(yi!.id, '2026-08-30T10:00:00')).id, '2026-09-01T00:10:00');
    await approve((await propose(bing!.id, '2026-08-20T10:00:00', ['C7'])).id, '2026-08-20T11:00:00');
    await propose(jia!.id, '2026-09-30T23:00:00');
    await propose(yi!.id, '2026-11-01T09:00:00');
    core.clock.set(shanghai('2026-11-23T10:00:00'));

    expect(await cadence('2026-08')).toBeUndefined(); // nobody held a limit on 1 August
    expect(await cadence('2026-09')).toMatchObject({ kind: 'monthly', source: 'seed002 客户管理制度3 第三十八条', planned: 1, done: 1, missed: 0, open: 0, occurrences: [{ from: '2026-09-01', to: '2026-09-30', required: 1, done: 1, status: 'done' }] });
    expect(await cadence('2026-10')).toMatchObject({ planned: 1, done: 0, missed: 1, occurrences: [{ required: 2, done: 0, status: 'missed' }] });
    expect(await cadence('2026-11')).toMatchObject({ planned: 1, open: 1, occurrences: [{ dueBy: '2026-11-30', required: 2, done: 1, status: 'open' }] });
  });
});
