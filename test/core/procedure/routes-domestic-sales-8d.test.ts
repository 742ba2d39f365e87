import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver, satisfied } from './routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed004 §J';
const inAnHour = () => new Date(core.clock.now().getTime() + 3_600_000).toISOString();
const HANDLERS = '品保部 或 其它部门（问题涉及的部门） 或 业务部';

async function manufacturer() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('domestic-sales-8d');
  await d.map('limei', ['sales_dept']);
  await d.map('zhaoli', ['qa_dept']);
  await d.map('zhangwei', ['other_department']);
  return d;
}

describe(`the domestic-sales manufacturer: Sales takes the complaint to QA, which accepts, organises, verifies and closes it; Sales tells the customer (${S} 3.1–3.3, 5.1)`, () => {
  it('a serious complaint: accepted only by QA and handed to the department involved; Sales answers; only QA verifies and closes (3.1–3.3)', async () => {
    const d = await manufacturer();
    let c = await d.create('limei', { content: '装配孔位偏移，客户停线。', tickedCriteria: ['serious.functional'] });
    expect(c.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'serious' });
    expect(await d.refused('limei', c, { type: 'accept', assigneeId: await d.userId('zhangwei') })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '受理', rolesZh: '品保部', source: `${S} 3.2, 5.1.1` } },
    });
    expect(await d.refused('zhaoli', c, { type: 'accept', assigneeId: await d.userId('chenzm') })).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'procedure.errors.handOver', params: { rolesZh: HANDLERS, source: `${S} 3.1–3.3` } },
    });
    c = await d.act('zhaoli', c, { type: 'accept', assigneeId: await d.userId('zhangwei') });
    expect(await d.refused('chenzm', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '8D 分析', dueAt: inAnHour() })).toMatchObject({
      code: 'FORBIDDEN',
      reason: { params: { stepZh: '处理并答复', rolesZh: HANDLERS } },
    });
    c = await d.act('zhangwei', c, { type: 'planSolution', resolverId: await d.userId('limei'), measures: '8D：围堵在制品，修正夹具', dueAt: inAnHour() });
    c = await d.act('limei', c, { type: 'resolve', result: '已将 8D 分析及改善对策反馈顾客', replyMethod: 'phone' });
    expect(await d.refused('limei', c, satisfied)).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { stepZh: '回访结案', rolesZh: '品保部', source: `${S} 3.2` } },
    });
    c = await d.act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
  });

  it('an incomplete sheet: only QA may refuse it, for the missing item (5.1.1)', async () => {
    const d = await manufacturer();
    const c = await d.create('limei', { tickedCriteria: ['occasional.quantity-packaging-labelling'] });
    expect(c.classCode).toBe('occasional');
    const refusal = { type: 'markInvalid', reasonCode: 'missing-shipment', explanation: '处理单未写明出货日期及数量' } as const;
    expect((await d.refused('limei', c, refusal)).reason).toMatchObject({ key: 'procedure.errors.wrongRole', params: { rolesZh: '品保部' } });
    const invalid = await d.act('zhaoli', c, refusal);
    expect(invalid.status).toBe('invalid');
  });
});
