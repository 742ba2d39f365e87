import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

describe('the franchise sales centre runs its handler levels (seed002 客户管理制度14 4.2, 5.1.1)', () => {
  async function franchise() {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('franchise-sales-centre');
    await d.map('limei', ['level1_handler']);
    await d.map('liuqiang', ['level2_handler']);
    await d.map('chenzm', ['level3_handler']);
    return d;
  }

  it('level 1: the level-1 handler receives and handles it, the level-2 handler reviews it before it closes (5.1.1.1)', async () => {
    const d = await franchise();
    let c = await d.create('limei');
    expect(c.classCode).toBe('level1');
    // The route gives receiving to the level-1 handler: a receiver account may, the call centre may not.
    expect(c.workflow.actions).toContain('accept');
    const callCentre = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') });
    expect(callCentre).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', source: 'seed002 客户管理制度14 5.1.1' } } });
    expect(callCentre.reason?.params?.['rolesZh']).toContain('一级受理人');
    // Handled at level 1: it is not handed to someone off the route.
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver' } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '安排门店道歉并维修', dueAt: inAnHour() });
    c = await d.act('limei', c, { type: 'resolve', result: '已维修，门店已致歉', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
    expect(c.workflow.route?.approvals).toEqual([expect.objectContaining({ step: 'review', before: 'close', given: null, mayGive: false })]);

    // The satisfied call-back closes it only once the level-2 handler reviewed it.
    const unreviewed = await d.refused('limei', c, satisfied);
    expect(unreviewed).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审核' } } });
    expect(unreviewed.reason?.params?.['rolesZh']).toContain('二级受理人');
    expect(await d.approvalRefused('limei', c, 'review')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole' } });
    expect((await d.get(c, 'liuqiang')).workflow.route?.approvals[0]?.mayGive).toBe(true);
    c = await d.approve('liuqiang', c, 'review');
    expect(c.workflow.route?.approvals[0]?.given).toMatchObject({ byName: '刘强' });
    expect(c.workflow.events.at(-1)).toMatchObject({ action: 'procedure.review', byName: '刘强' });
    expect(await d.approvalRefused('liuqiang', c, 'review')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.alreadyGiven' } });
    c = await d.act('limei', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('level 2: handed over to the level-2 handler, who handles it; the level-3 handler reviews it (5.1.1.2)', async () => {
    const d = await franchise();
    let c = await d.create('limei', { tickedCriteria: ['level2.store-attitude'] });
    expect(c.classCode).toBe('level2');
    // The hand-over: the level-1 handler assigns it to a level-2 handler, not to themselves.
    const kept = await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    expect(kept).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { source: 'seed002 客户管理制度14 5.1.1.2' } } });
    expect(kept.reason?.params?.['rolesZh']).toContain('二级受理人');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('liuqiang') });
    const byLevel1 = await d.refused('limei', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '约谈店长', dueAt: inAnHour() });
    expect(byLevel1).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '处理并答复' } } });
    c = await d.act('liuqiang', c, { type: 'planSolution', resolverId: await d.userId('liuqiang'), measures: '约谈店长，向顾客致歉', dueAt: inAnHour() });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '店长已当面致歉', replyMethod: 'in_person' });
    expect(await d.approvalRefused('liuqiang', c, 'review')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await d.refused('liuqiang', c, satisfied)).reason?.params?.['rolesZh']).toContain('三级受理人');
    c = await d.approve('chenzm', c, 'review');
    c = await d.act('liuqiang', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('a site that mapped no one keeps the app’s own roles: no route, no approval asked', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('franchise-sales-centre');
    let c = await d.create('limei');
    expect(c.workflow.route).toBeNull();
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'workflow.errors.notAllowed' } });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '维修', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已维修', replyMethod: 'phone' });
    expect(await d.approvalRefused('liuqiang', c, 'review')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.noSuchStep' } });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });
});

describe('the bank outlet: the outlet head confirms referrals and signs the register entry (seed002 客户管理制度4 第四条, 第六条, 第八条)', () => {
  it('runs a complaint from the first employee through the complaint manager to the head’s signature', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('bank-outlet');
    await d.map('limei', ['first_employee']);
    await d.map('zhangwei', ['complaint_manager']);
    await d.map('wangjg', ['outlet_head', 'first_employee']);
    let c = await d.create('limei');
    // 首问负责制: beyond the first employee, the complaint manager takes it.
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '核实流水，向客户解释', dueAt: inAnHour() });
    // Only the outlet head confirms a case is beyond the outlet (第八条(四)).
    const refer = await d.refused('zhangwei', c, { type: 'refer', reason: '涉及总行系统' });
    expect(refer).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '网点负责人', stepZh: '确认上报' } } });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已向客户解释扣费原因', replyMethod: 'phone' });
    // The register entry is signed by the outlet head before the case closes (第八条(三)); the call-back itself is not the source's (close is silent).
    const unsigned = await d.refused('zhaoli', c, satisfied);
    expect(unsigned).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '签字确认', rolesZh: '网点负责人', source: 'seed002 客户管理制度4 第八条(三), 第十条(二), 第十一条(一)3' } } });
    expect(await d.approvalRefused('zhangwei', c, 'sign')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '网点负责人' } } });
    // No review or approval is named by the source.
    expect(await d.approvalRefused('wangjg', c, 'approve')).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.noSuchStep' } });
    c = await d.approve('wangjg', c, 'sign');
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });
});

describe('the winery: approvals before the customer is answered (seed001 S10 三.2, 三.3)', () => {
  async function winery() {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('winery');
    await d.map('zhaoli', ['csc']);
    await d.map('limei', ['department']);
    await d.map('zhangwei', ['department_head']);
    await d.map('chenzm', ['unit_leader']);
    await d.map('zhouht', ['winery_leadership']);
    return d;
  }

  it('a general complaint is answered only after the unit’s leader in charge approved it (三.3(2))', async () => {
    const d = await winery();
    let c = await d.create('limei', { tickedCriteria: ['general.amount-scope'] });
    expect(c.classCode).toBe('general');
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '退换酒品', dueAt: inAnHour() });
    const early = await d.refused('zhangwei', c, { type: 'resolve', result: '已退换', replyMethod: 'in_person' });
    expect(early).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '本单位分管领导', source: 'seed001 S10 三.3(2)' } } });
    expect(await d.approvalRefused('zhangwei', c, 'approve')).toMatchObject({ code: 'FORBIDDEN' });
    c = await d.approve('chenzm', c, 'approve');
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已退换', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });

  it('a major complaint is reviewed by the leader in charge, then approved by the winery’s leadership, before the reply (三.2)', async () => {
    const d = await winery();
    let c = await d.create('limei', { tickedCriteria: ['major.amount-scope'] });
    expect(c.classCode).toBe('major');
    // Handled by the centre with the department: the department head alone is not on this route.
    expect(await d.refused('zhangwei', c, { type: 'accept', assigneeId: await d.userId('limei') })).toMatchObject({ code: 'FORBIDDEN' });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '赔付并召回批次', dueAt: inAnHour() });
    const first = await d.approvalRefused('zhouht', c, 'approve');
    expect(first).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审核', rolesZh: '本单位分管领导' } } });
    c = await d.approve('chenzm', c, 'review');
    const unapproved = await d.refused('limei', c, { type: 'resolve', result: '已赔付', replyMethod: 'phone' });
    expect(unapproved).toMatchObject({ reason: { key: 'procedure.errors.approvalMissing', params: { rolesZh: '酒庄领导' } } });
    c = await d.approve('zhouht', c, 'approve');
    c = await d.act('limei', c, { type: 'resolve', result: '已赔付', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');
  });
});

describe('the manufacturer: the sales general manager approves the final plan before it is carried out (seed001 S4 6.3–6.5)', () => {
  async function manufacturer() {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('manufacturer-s4');
    await d.map('chenzm', ['sales_gm']);
    await d.map('liuqiang', ['sales_manager', 'sales_department']);
    await d.map('zhangwei', ['sales_department']);
    return d;
  }

  it('a serious complaint: the sales GM names who handles it, the sales manager reviews, the sales GM approves, then the reply', async () => {
    const d = await manufacturer();
    let c = await d.create('limei', { tickedCriteria: ['serious.not-on-the-spot'] });
    expect(c.classCode).toBe('serious');
    const byCallCentre = await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(byCallCentre).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '销售总经理', source: 'seed001 S4 6.3.3' } } });
    c = await d.act('chenzm', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '更换批次产品', dueAt: inAnHour() });
    const reply = { type: 'resolve', result: '已更换', replyMethod: 'phone' } as const;
    expect(await d.refused('zhangwei', c, reply)).toMatchObject({ code: 'CONFLICT', reason: { params: { stepZh: '审核', rolesZh: '销售经理' } } });
    c = await d.approve('liuqiang', c, 'review');
    const unapproved = await d.refused('zhangwei', c, reply);
    expect(unapproved).toMatchObject({ reason: { key: 'procedure.errors.approvalMissing', params: { stepZh: '审批', rolesZh: '销售总经理', source: 'seed001 S4 6.5.1, 6.5.2' } } });
    // The app's general manager role is not the source's 销售总经理 unless the site maps them so.
    expect(await d.approvalRefused('zhouht', c, 'approve')).toMatchObject({ code: 'FORBIDDEN', reason: { params: { rolesZh: '销售总经理' } } });
    c = await d.approve('chenzm', c, 'approve');
    c = await d.act('zhangwei', c, reply);
    expect(c.status).toBe('resolved');
  });

  it('a minor complaint is outside the procedure (6.2.2 a)): the app’s own roles, no approval', async () => {
    const d = await manufacturer();
    let c = await d.create('limei');
    expect(c.classCode).toBe('minor');
    expect(c.workflow.route?.steps).toEqual([]);
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('zhangwei'), measures: '当场解释', dueAt: inAnHour() });
    c = await d.act('zhangwei', c, { type: 'resolve', result: '已解释', replyMethod: 'in_person' });
    expect(c.status).toBe('resolved');
  });
});
