import { afterEach, describe, expect, it } from 'vitest';
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
    // A computed criterion without a judgement beside it is never ticked (篇5 3.4: 3万元以上 is the loss entered).
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('insurance-branch-p5'));
    const refused = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, tickedCriteria: ['major.loss'] } });
    expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('tickedCriteria');
  });
});
