import { openTestCore, type TestCore } from './temp-core';

/**
 * The area checks (well.area-check) of the circular tests, filled through the
 * API as the fill screen does, at the moments named (Asia/Shanghai). The data
 * set and its hand-worked totals are in test/core/circulars/circulars.test.ts.
 */

let core: TestCore;

const sh = (local: string) => new Date(`${local}+08:00`);
const at = (local: string) => sh(local).toISOString();

async function as(login: string): Promise<string> {
  return core.signIn(login);
}

async function userId(login: string): Promise<string> {
  const signed = await core.call('session.signIn', { login, secret: '123456' });
  return signed.user.id;
}

interface Check {
  when: string;
  day?: string;
  area: string;
  owner: string;
  op: 'pass' | 'fail' | 'na';
  risk: 'pass' | 'fail' | 'na';
  complete?: boolean;
}

async function fillAreaCheck(check: Check): Promise<string> {
  core.clock.set(sh(check.when));
  const session = await as('wangjg');
  let record = await core.call('checklists.start', { templateId: 'well.area-check' }, session);
  const answers: Record<string, unknown> = {
    ...(check.day ? { 'checked-on': check.day } : {}),
    area: check.area,
    'area-owner': check.owner,
    'operation-standard': check.op,
    'risk-controls': check.risk,
    ...(check.op === 'fail' || check.risk === 'fail' ? { findings: `${check.area}发现问题` } : {}),
    'checker-signature': check.owner,
  };
  for (const [itemId, value] of Object.entries(answers)) {
    record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId, value }, session);
  }
  if (check.complete !== false) record = await core.call('checklists.complete', { id: record.id, version: record.version }, session);
  return record.id;
}

async function raise(recordId: string, itemId: string, owner: string, due: string): Promise<{ id: string; version: number }> {
  const record = await core.call('checklists.raiseAction', { recordId, itemId, problem: `${itemId} 不合格`, action: '整改', ownerId: await userId(owner), dueAt: at(due) }, await as('wangjg'));
  return record.actions.find((a) => a.itemId === itemId)!;
}

/** Opens a demo store and fills the data set; returns the core (the caller closes it). */
export async function buildAreaCheckDataSet(): Promise<TestCore> {
  core = await openTestCore();
  await fillAreaCheck({ when: '2026-11-28T10:00', day: '2026-11-28', area: '分离器区', owner: '张伟', op: 'fail', risk: 'fail' });
  const r1 = await fillAreaCheck({ when: '2026-11-30T09:00', day: '2026-11-30', area: '分离器区', owner: '张伟', op: 'pass', risk: 'fail' });
  const a1 = await raise(r1, 'risk-controls', 'zhangwei', '2026-12-03T18:00');
  const r3 = await fillAreaCheck({ when: '2026-12-01T09:00', day: '2026-12-01', area: '井口区', owner: '李梅', op: 'fail', risk: 'fail' });
  await raise(r3, 'operation-standard', 'limei', '2026-12-10T18:00');
  const a3 = await raise(r3, 'risk-controls', 'limei', '2026-12-05T18:00');
  await fillAreaCheck({ when: '2026-12-02T09:00', day: '2026-12-02', area: '井口区', owner: '张伟', op: 'pass', risk: 'na' });
  await fillAreaCheck({ when: '2026-12-03T09:00', day: '2026-12-03', area: '井口区', owner: '张伟', op: 'fail', risk: 'fail', complete: false });
  await fillAreaCheck({ when: '2026-12-07T07:00', day: '2026-12-07', area: '分离器区', owner: '张伟', op: 'pass', risk: 'pass' });
  await closeAction(a3, 'limei', '2026-12-07T07:10', '2026-12-07T07:30');
  await fillAreaCheck({ when: '2026-12-09T09:00', day: '2026-12-09', area: '分离器区', owner: '张伟', op: 'fail', risk: 'pass' });
  await closeAction(a1, 'zhangwei', '2026-12-08T09:00', '2026-12-08T10:00');
  return core;
}

async function closeAction(action: { id: string; version: number }, owner: string, implementedAt: string, closedAt: string): Promise<void> {
  core.clock.set(sh(implementedAt));
  const implemented = await core.call('checklists.completeAction', { actionId: action.id, version: action.version, note: '已整改' }, await as(owner));
  const done = implemented.actions.find((a) => a.id === action.id)!;
  core.clock.set(sh(closedAt));
  await core.call('checklists.closeAction', { actionId: action.id, version: done.version, effective: true, note: '复查合格' }, await as('wangjg'));
}

