import { afterEach, describe, expect, it } from 'vitest';
import { siteFieldSamples } from '../../support/record-field-samples';
import { openTestCore, type TestCore } from '../../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '郑秀兰', customerPhone: '138 0000 1234', content: '整批豆干封口不严。' };

describe('a number with a judgement beside it, through the dispatcher (seed003 篇1 10.1.1.1 g: >20箱为批量)', () => {
  it('grades A only when more than 20 cases are entered and equipment is ticked as the cause; the cases are kept with the complaint', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('food-maker-p1'));
    const session = await core.signIn('limei');
    const at = async (batchCases: number, ticked: string[]) => {
      const created = await core.call('complaints.create', { ...intake, packFacts: { batchCases }, tickedCriteria: ticked }, session);
      return core.call('complaints.get', { id: created.id }, session);
    };
    const twenty = await at(20, ['consumer.a.equipment-batch']);
    expect(twenty.classCode).toBe('C');
    expect(twenty.grade?.criteria.find((c) => c.id === 'consumer.a.equipment-batch')).toMatchObject({ fired: false, how: 'computed', detail: 'batchCases 20 > 20' });
    const twentyOne = await at(21, ['consumer.a.equipment-batch']);
    expect(twentyOne.classCode).toBe('A');
    expect(twentyOne.packFacts).toEqual({ batchCases: 21 });
    expect((await at(21, [])).classCode).toBe('C');
    // 10.1.1.1 f) 批量产品重量偏轻 reads 批量 the same way: the light weight is ticked beside the cases.
    expect((await at(20, ['consumer.a.batch-underweight'])).classCode).toBe('C');
    expect((await at(21, ['consumer.a.batch-underweight'])).classCode).toBe('A');
    // A computed criterion without a judgement beside it is never ticked (篇5 3.4: 3万元以上 is the loss entered).
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('insurance-branch-p5'));
    const refused = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, tickedCriteria: ['major.loss'] } });
    expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('tickedCriteria');
  });
});

describe('a repeat computed from the link staff confirm (seed002 客户管理制度14 4.3.2 针对同一事件的二次投诉)', () => {
  it('grades the second complaint on the same matter 二级 once linked; the first, and a second left unlinked, stay 一级', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('seed002-doc14-franchise-sales'));
    const session = await core.signIn('limei');
    const file = async (input: Record<string, unknown>) => core.call('complaints.get', { id: (await core.call('complaints.create', { ...intake, problemCode: '封口', ...input }, session)).id }, session);
    const first = await file({});
    expect(first).toMatchObject({ classCode: 'level1', grade: { packVersion: '1.3.0' } });
    expect((await file({})).classCode).toBe('level1');
    const second = await file({ repeatOfId: first.id });
    expect(second).toMatchObject({ classCode: 'level2', repeatKinds: ['same_matter'] });
    expect(second.grade?.criteria.find((c) => c.id === 'level2.second-complaint')).toMatchObject({ fired: true, how: 'computed' });
    const ticked = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, tickedCriteria: ['level2.second-complaint'] } });
    expect(ticked.ok ? null : ticked.error.issues?.[0]?.path).toBe('tickedCriteria');
    // A complaint graded by 1.0.0, where it was a tick, keeps that version and its tick.
    core.context.store.transaction((tx) => {
      tx.prepare(`UPDATE complaints SET rule_pack_version = '1.0.0' WHERE id = ?`).run(first.id);
      tx.prepare(`INSERT INTO complaint_criteria (complaint_id, position, criterion) VALUES (?, 0, 'level2.second-complaint')`).run(first.id);
    });
    expect(await core.call('complaints.get', { id: first.id }, session)).toMatchObject({ grade: { packVersion: '1.0.0', computedClass: 'level2' } });
  });
});

describe('days counted from a date entered at intake (seed002 客户管理制度6 1.1 接到测试报告后十日内申诉)', () => {
  it('shows the late-appeal reason met on the 11th day after the report and not on the 10th; the date is kept with the appeal', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('seed002-doc6-testing-station'));
    const session = await core.signIn('limei');
    const receivedAt = new Date('2026-11-23T02:00:00Z').toISOString(); // Monday 10:00 Shanghai
    const appeal = async (testReportReceivedOn: string) => {
      const created = await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), receivedAt, packFacts: { testReportReceivedOn }, tickedCriteria: ['monitoring-data.test-result'] }, session);
      return core.call('complaints.get', { id: created.id }, session);
    };
    const tenth = await appeal('2026-11-13');
    expect(tenth.grade).toMatchObject({ packVersion: '1.5.0', invalidReasons: [] });
    expect(tenth.packFacts).toEqual({ testReportReceivedOn: '2026-11-13' });
    const eleventh = await appeal('2026-11-12');
    expect(eleventh.grade?.invalidReasons).toEqual([expect.objectContaining({ code: 'late-appeal', source: 'seed002 客户管理制度6 1.1', detail: 'appealDaysAfterReport 11 > 10' })]);
    expect(eleventh.classCode).toBe('monitoring-data');
    const notADate = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, packFacts: { testReportReceivedOn: '12/11/2026' } } });
    expect(notADate.ok ? null : notADate.error.issues?.[0]?.path).toBe('packFacts.testReportReceivedOn');
  });
});
