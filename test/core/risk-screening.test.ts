import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { screeningStatus } from '../../shared/risk-classes/screening';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §3, seed000 第二篇 三(一)1 and 三(二)1(4) "按月上报《客户风险排查表》": a class 1 or 2 customer's form
 * is filed once a month with the four chains (资金链、经营链、投资链、担保链) and 风险状况和处置情况; which months
 * are required, filed and missed is computed from the class day and the forms, on the site's days.
 */

let core: TestCore;
afterEach(() => core?.close());

/** A class 2 customer decided 2026-11-23 (the test clock's day in Shanghai). */
async function classTwo() {
  core = await openTestCore();
  return classTwoCustomer(core);
}

const form = (customerId: string, month: string): ApiInput<'riskClasses.fileScreening'> => ({
  customerId,
  month,
  capitalChain: '银行承兑汇票到期集中，资金偏紧',
  operatingChain: '订单同比下降两成',
  investmentChain: '新厂房投资暂缓',
  guaranteeChain: '互保企业一家涉诉',
  situation: '已约谈实际控制人，落实追加抵押',
});

async function refusalOf(input: unknown, session: string) {
  const response = await core.dispatch({ method: 'riskClasses.fileScreening', input, session });
  return response.ok ? null : response.error;
}

describe('screeningStatus: which months a form is due', () => {
  it('requires a form from the month after the class day; the class month may be filed but is not due', () => {
    expect(screeningStatus('class2', '2026-11-23', [], '2026-11-30')).toEqual({ month: '2026-11', required: false, filed: false, missed: [] });
    expect(screeningStatus('class2', '2026-11-23', [], '2026-12-01')).toEqual({ month: '2026-12', required: true, filed: false, missed: [] });
    expect(screeningStatus('class1', '2026-11-23', ['2026-12'], '2027-02-01')).toEqual({ month: '2027-02', required: true, filed: false, missed: ['2027-01'] });
    expect(screeningStatus('class2', '2026-11-30', ['2026-12', '2027-01'], '2027-01-31')).toEqual({ month: '2027-01', required: true, filed: true, missed: [] });
  });

  it('sets none for class 3 and normal customers (no monthly form in 三(三))', () => {
    expect(screeningStatus('class3', '2026-11-23', [], '2027-03-01')).toBeNull();
    expect(screeningStatus('normal', '2026-11-23', [], '2027-03-01')).toBeNull();
  });
});

describe('riskClasses.fileScreening on the store', () => {
  it('files this month’s form once, shows it on the customer and the due list, and queues it for head office', async () => {
    const { customer } = await classTwo();
    core.clock.set(new Date('2026-12-05T02:00:00Z'));
    const lead = await core.signIn('wangjg');
    const before = await core.call('riskClasses.get', { customerId: customer.id }, lead);
    expect(before.screening).toEqual({ month: '2026-12', required: true, filed: false, missed: [] });

    const filed = await core.call('riskClasses.fileScreening', form(customer.id, '2026-12'), lead);
    expect(filed).toMatchObject({ month: '2026-12', riskClass: 'class2', filedByName: '王建国', guaranteeChain: '互保企业一家涉诉' });
    const after = await core.call('riskClasses.get', { customerId: customer.id }, lead);
    expect(after.screening).toMatchObject({ filed: true });
    expect(after.screenings.map((s) => s.month)).toEqual(['2026-12']);
    const due = await core.call('riskClasses.cadence', {}, lead);
    expect(due.find((row) => row.customerId === customer.id)?.screening).toMatchObject({ month: '2026-12', filed: true });
    const queued = core.context.store.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'risk_screening'").get() as { n: number };
    expect(queued.n).toBe(1);

    const twice = await refusalOf(form(customer.id, '2026-12'), lead);
    expect(twice).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.screeningAlreadyFiled' } });
  });

  it('counts a missed month once the month is over', async () => {
    const { customer } = await classTwo();
    core.clock.set(new Date('2027-01-31T15:59:00Z')); // 2027-01-31 23:59 in Shanghai
    let lead = await core.signIn('wangjg');
    expect((await core.call('riskClasses.get', { customerId: customer.id }, lead)).screening).toEqual({ month: '2027-01', required: true, filed: false, missed: ['2026-12'] });
    core.clock.set(new Date('2027-01-31T16:00:00Z')); // 2027-02-01 00:00
    lead = await core.signIn('wangjg');
    expect((await core.call('riskClasses.get', { customerId: customer.id }, lead)).screening?.missed).toEqual(['2026-12', '2027-01']);
    // A missed month may still be filed late; then it is no longer missed.
    await core.call('riskClasses.fileScreening', form(customer.id, '2026-12'), lead);
    expect((await core.call('riskClasses.get', { customerId: customer.id }, lead)).screening?.missed).toEqual(['2027-01']);
  });

  it('refuses a wrong role, an unclassified customer, a future month, a month before the class, and empty chains, writing nothing', async () => {
    const { lead, customer } = await classTwo();
    const receiver = await core.signIn('limei');
    expect(await refusalOf(form(customer.id, '2026-11'), receiver)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskClasses.errors.proposeRole' } });
    const plain = await core.call('customers.create', { kind: 'organisation', name: '无分类公司' }, lead);
    expect(await refusalOf(form(plain.id, '2026-11'), lead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.screeningNotRequired' } });
    expect(await refusalOf(form(customer.id, '2026-12'), lead)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'month' }] });
    expect(await refusalOf(form(customer.id, '2026-10'), lead)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'month' }] });
    expect(await refusalOf({ ...form(customer.id, '2026-11'), capitalChain: '  ' }, lead)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'capitalChain' }] });
    expect(await refusalOf({ ...form(customer.id, '2026-13') }, lead)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'month' }] });
    const rows = core.context.store.read.prepare('SELECT count(*) AS n FROM risk_screenings').get() as { n: number };
    expect(rows.n).toBe(0);
  });

  it('keeps filed forms append-only', async () => {
    const { lead, customer } = await classTwo();
    await core.call('riskClasses.fileScreening', form(customer.id, '2026-11'), lead);
    const db = core.context.store.read;
    expect(() => db.prepare("UPDATE risk_screenings SET situation = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM risk_screenings').run()).toThrow(/append-only/);
  });
});
