import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

describe('the site’s mapping of users onto the source’s posts', () => {
  it('lists the pack’s posts and who holds them; a user may hold several; only the lead changes it, and only to posts the pack names', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    // The well station's pack (篇6) names no posts: nothing to map, the app's own roles apply.
    const lead = await core.signIn('wangjg');
    expect(await core.call('procedure.roles', {}, lead)).toEqual({ packId: 'sichuan-group-p6', roles: [], holders: [] });
    const none = await core.dispatch({ method: 'procedure.setHolder', session: lead, input: { userId: await d.userId('limei'), roleIds: ['outlet_head'] } });
    expect(none).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { key: 'procedure.errors.noProcedure' } } });

    await d.profile('bank-outlet');
    const roles = await core.call('procedure.roles', {}, lead);
    expect(roles.roles.map((r) => [r.id, r.name.zh])).toEqual([
      ['outlet_head', '网点负责人'],
      ['complaint_manager', '投诉管理人'],
      ['first_employee', '首位受理员工'],
    ]);
    const after = await d.map('wangjg', ['outlet_head', 'first_employee', 'outlet_head']);
    expect(after.holders).toEqual([{ userId: await d.userId('wangjg'), roleIds: ['first_employee', 'outlet_head'] }]);

    const unknown = await core.dispatch({ method: 'procedure.setHolder', session: lead, input: { userId: await d.userId('limei'), roleIds: ['level1_handler'] } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: { key: 'procedure.errors.noSuchRole', params: { role: 'level1_handler' } } } });
    const byReceiver = await core.dispatch({ method: 'procedure.setHolder', session: await core.signIn('limei'), input: { userId: await d.userId('limei'), roleIds: ['outlet_head'] } });
    expect(byReceiver).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Clearing a user's posts removes them from the list.
    expect((await d.map('wangjg', [])).holders).toEqual([]);
  });

  it('a franchise complaint escalated to the next level runs that level’s route, and its review is asked anew (seed002 客户管理制度14 5.3.1.6)', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('franchise-sales-centre');
    await d.map('limei', ['level1_handler']);
    await d.map('liuqiang', ['level2_handler']);
    await d.map('chenzm', ['level3_handler']);
    let c = await d.create('limei');
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '维修', dueAt: inAnHour() });
    c = await d.act('limei', c, { type: 'resolve', result: '已维修', replyMethod: 'phone' });
    c = await d.approve('liuqiang', c, 'review');
    // 4-不满意: back to handling, and the level goes up: “视为自动升级到下一级别”.
    c = await d.act('limei', c, { type: 'callBack', method: 'phone', resolutionAdequate: false, timeliness: 'satisfied', attitude: 'satisfied', result: 'dissatisfied' });
    expect(c.status).toBe('in_progress');
    c = await core.call('complaints.overrideClass', { id: c.id, classCode: 'level2', reason: '回访不满意，升级为二级投诉' }, await core.signIn('zhaoli'));
    expect(c.classCode).toBe('level2');
    // Now the level-2 handler handles it, and the level-3 handler's review is due: level 1's review does not carry over.
    expect(await d.refused('limei', c, { type: 'resolve', result: '再次维修', replyMethod: 'phone' })).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '处理并答复' } } });
    c = await d.act('liuqiang', c, { type: 'resolve', result: '更换新品', replyMethod: 'in_person' });
    expect(c.workflow.route?.approvals).toEqual([expect.objectContaining({ step: 'review', given: null })]);
    expect((await d.refused('liuqiang', c, satisfied)).reason?.params?.['rolesZh']).toContain('三级受理人');
    c = await d.approve('chenzm', c, 'review');
    c = await d.act('liuqiang', c, satisfied);
    expect(c.status).toBe('closed');
  });
});
