import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §3, seed000 第二篇 三、: a classified customer's next follow-up falls due from its class day and
 * the follow-ups recorded on its file (customers.addFollowUp), on the site's days (Asia/Shanghai), never a
 * tick box: class 1 weekly on-site visits (三(一)1), class 2 a monthly inspection (三(二)1(4)).
 */

let core: TestCore;
afterEach(() => core?.close());

const DAY = 86_400_000;
const OVERDUE = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;

async function classify(toClass: 'class1' | 'class2') {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const unitHead = await core.signIn('liuqiang');
  const leader = await core.signIn('chenzm');
  const customer = await core.call('customers.create', { kind: 'organisation', name: '绍兴某纺织有限公司' }, lead);
  const class1 = { toClass, facts: { ...OVERDUE, fiveLevel: 'loss' as const }, judgements: [{ judgement: 'exitByCollection' as const, reason: '须清收退出' }] };
  const class2 = { toClass, facts: OVERDUE, judgements: [] };
  const proposed = await core.call('riskClasses.propose', { customerId: customer.id, reason: '贷后检查发现', ...(toClass === 'class1' ? class1 : class2) }, lead);
  await core.call('riskClasses.review', { proposalId: proposed.id, note: '同意' }, unitHead);
  // The clock starts 2026-11-23 10:00 in Shanghai: the class is decided that day.
  await core.call('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '通过' }, leader);
  return { lead, customer, receiver: await core.signIn('limei') };
}

describe('riskClasses.cadence (seed000 第二篇 三、)', () => {
  it('三(一)1: a class 1 customer is due a visit 7 days after its class day, and 7 days after each visit', async () => {
    const { customer } = await classify('class1');
    // Sessions end after a while idle: each read signs in again on the day the clock shows.
    const due = async () => (await core.call('riskClasses.cadence', {}, await core.signIn('limei'))).find((row) => row.customerId === customer.id)!.status;
    expect(await due()).toMatchObject({ riskClass: 'class1', since: '2026-11-23', lastDoneOn: null, dueOn: '2026-11-30', state: 'planned', planned: 0, done: 0 });

    core.clock.advance(3 * DAY);
    const lead = await core.signIn('wangjg');
    // A phone call is not the on-site visit 三(一)1 asks for; a visit is.
    await core.call('customers.addFollowUp', { id: customer.id, method: 'phone', note: '电话了解经营情况' }, lead);
    expect(await due()).toMatchObject({ dueOn: '2026-11-30', done: 0 });
    await core.call('customers.addFollowUp', { id: customer.id, method: 'visit', note: '实地走访企业，见实际控制人' }, lead);
    expect(await due()).toMatchObject({ lastDoneOn: '2026-11-26', dueOn: '2026-12-03', done: 1 });

    core.clock.advance(6 * DAY); // 2026-12-02: the day before
    expect(await due()).toMatchObject({ state: 'planned', daysOverdue: 0 });
    core.clock.advance(DAY); // 2026-12-03: due
    expect(await due()).toMatchObject({ state: 'dueToday', daysOverdue: 0, planned: 1, done: 1 });
    core.clock.advance(DAY); // 2026-12-04: overdue
    expect(await due()).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    expect((await core.call('riskClasses.get', { customerId: customer.id }, await core.signIn('limei'))).cadence).toMatchObject({ dueOn: '2026-12-03', state: 'overdue' });
  });

  it('三(二)1(4): a class 2 customer is due a month after its class day; class 3 and unclassified customers are not listed', async () => {
    const { receiver, customer } = await classify('class2');
    const rows = await core.call('riskClasses.cadence', {}, receiver);
    expect(rows).toEqual([{ customerId: customer.id, customerName: '绍兴某纺织有限公司', status: expect.objectContaining({ riskClass: 'class2', dueOn: '2026-12-23', state: 'planned' }), screening: { month: '2026-11', required: false, filed: false, missed: [] } }]);
    const other = await core.call('customers.create', { kind: 'organisation', name: '未分类公司' }, await core.signIn('wangjg'));
    expect((await core.call('riskClasses.get', { customerId: other.id }, receiver)).cadence).toBeNull();
  });

  it('a classified customer takes follow-ups without a complaint flag; an unclassified unflagged one still refuses them', async () => {
    const { lead, customer } = await classify('class2');
    const file = await core.call('customers.addFollowUp', { id: customer.id, method: 'visit', note: '贷后检查' }, lead);
    expect(file.followUps.map((f) => f.method)).toEqual(['visit']);
    const other = await core.call('customers.create', { kind: 'organisation', name: '未分类公司' }, lead);
    const refused = await core.dispatch({ method: 'customers.addFollowUp', input: { id: other.id, method: 'visit', note: '走访' }, session: lead });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
