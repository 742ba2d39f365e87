import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §I';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();

async function partsMaker() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('parts-maker');
  await d.map('limei', ['cs_section']);
  return d;
}

describe(`the parts maker: the customer service section, the proposal's only post, takes each grade (${S} 提案人, 一)`, () => {
  it('receives, handles and calls back only by the section; the handling says what the grade owes the customer; no approval (一 一般程度客诉)', async () => {
    const d = await partsMaker();
    let c = await d.create('zhaoli', { content: '脚踏反光片上错，要求补发。', tickedCriteria: ['general.pedal.reflector-wrong'] });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'general' });
    expect(c.workflow.route?.steps.find((s) => s.step === 'handle')?.choice?.zh).toContain('提供修补件');
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('limei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '客服课', source: `${S} 提案人` } },
    });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({ code: 'CONFLICT', reason: { key: 'procedure.errors.handOver', params: { rolesZh: '客服课' } } });
    c = await d.act('limei', c, { type: 'accept', assigneeId: await d.userId('limei') });
    c = await d.act('limei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '补发反光片，电话致歉', dueAt: inAnHour() });
    expect(c.workflow.route?.approvals).toEqual([]);
    c = await d.act('limei', c, { type: 'resolve', result: '已补发修补件并致歉', replyMethod: 'phone' });
    expect(await d.refused('zhaoli', c, satisfied)).toMatchObject({ code: 'FORBIDDEN', reason: { params: { stepZh: '回访结案', rolesZh: '客服课' } } });
    c = await d.act('limei', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('routes by the grade the numbers give: 29.99% defective is general, 30% batch (一 批量 30%比例以上); the third same problem of the month is serious, the second not (二 严重 3.1)', async () => {
    const d = await partsMaker();
    const handling = async (input: Record<string, unknown>) => {
      const c = await d.create('limei', input);
      return [c.classCode, c.workflow.route?.classCode, c.workflow.route?.steps.find((s) => s.step === 'handle')?.source];
    };
    expect(await handling({ packFacts: { defectiveShare: 0.2999 } })).toEqual(['general', 'general', `${S} 一 一般程度客诉`]);
    expect(await handling({ packFacts: { defectiveShare: 0.3 } })).toEqual(['batch', 'batch', `${S} 一 批量程度客诉`]);
    expect(await handling({ problemCode: '芯轴断裂' })).toEqual(['general', 'general', `${S} 一 一般程度客诉`]);
    expect(await handling({ problemCode: '芯轴断裂' })).toEqual(['general', 'general', `${S} 一 一般程度客诉`]);
    expect(await handling({ problemCode: '芯轴断裂' })).toEqual(['serious', 'serious', `${S} 一 严重程度客诉`]);
  });
});
