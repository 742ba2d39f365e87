import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { LedgerRequest, LedgerSheet } from '../../../shared/api/ledgers';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * A fixed data set for the ledger tests, entered through the real services
 * with the clock set to each moment (Shanghai time), so every timestamp is
 * known. The demo data of the test core lies in November 2026; everything
 * here lies in September and October, so a September ledger holds exactly
 * these records. "Today" for the queries is 2026-10-15 10:00.
 *
 *   A  2026-09-03 09:00  complaint  phone         欧阳甲   → 张伟 (阳42井站), planned, extension approved, resolved, call-back satisfied → closed 09-05 10:00; one corrective action verified effective
 *   B  2026-09-10 14:00  complaint  letter        乙公司   → 刘强 (采气作业区), left open (late by 10-15)
 *   C  2026-09-30 23:30  complaint  in_person     丙       registered only (the last half hour of September in Shanghai)
 *   D  2026-10-01 00:10  complaint  phone         丁       registered only (October in Shanghai, still 30 September in UTC)
 *   E  2026-09-15 10:00  suggestion email         戊       registered only
 *   F  2026-09-20 10:00  complaint  opinion_book  己       registered only
 */
export const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
export const TODAY = '2026-10-15T10:00:00';

export interface Fixture {
  core: TestCore;
  serials: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;
  ids: Record<string, string>;
  /** Calls ledgers.sheet as `login` (default the station lead). */
  sheet(request: LedgerRequest, login?: string): Promise<LedgerSheet>;
  /** Calls ledgers.sheet and returns the refusal. */
  refused(request: LedgerRequest, login?: string): Promise<{ code: string; reason?: { key: string; params?: Record<string, unknown> }; issues?: { path: string }[] }>;
}

async function userIds(core: TestCore): Promise<Record<string, string>> {
  const colleagues = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  const byName = Object.fromEntries(colleagues.map((c) => [c.displayName, c.id]));
  return { zhangwei: byName['张伟']!, liuqiang: byName['刘强']!, wangjg: byName['王建国']! };
}

export async function openFixture(): Promise<Fixture> {
  const core = await openTestCore();
  const ids = await userIds(core);
  const at = (local: string) => core.clock.set(new Date(sh(local)));
  const act = async (login: string, c: ComplaintDetail, action: WorkflowActionInput) =>
    core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
  const create = async (local: string, input: Record<string, unknown>) => {
    at(local);
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', content: '示例投诉内容', ...input } as never, session);
    return core.call('complaints.get', { id: created.id }, session);
  };

  let a = await create('2026-09-03T09:00:00', { customerName: '欧阳甲', customerPhone: '138 0000 0001', content: '罐车夜间经过村道，噪声大' });
  at('2026-09-03T09:03:00');
  a = await act('zhaoli', a, { type: 'accept', assigneeId: ids.zhangwei! });
  at('2026-09-03T09:30:00');
  a = await act('zhangwei', a, { type: 'planSolution', resolverId: ids.zhangwei!, measures: '调整罐车通行时间', dueAt: sh('2026-09-04T17:00:00') });
  at('2026-09-04T10:00:00');
  a = await act('zhangwei', a, { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需协调村委会', newDueAt: sh('2026-09-11T17:00:00') });
  at('2026-09-04T11:00:00');
  a = await act('chenzm', a, { type: 'decideExtension', extensionId: a.workflow.extensions[0]!.id, approve: true, note: '同意' });
  at('2026-09-04T16:00:00');
  a = await act('zhangwei', a, { type: 'resolve', result: '罐车改为白天通行', replyMethod: 'phone' });
  const records = await core.call('caseRecords.addCapa', { complaintId: a.id, problem: '夜间通行无管控', action: '制定罐车通行时间表', ownerId: ids.zhangwei!, dueAt: sh('2026-09-10T17:00:00') }, await core.signIn('zhangwei'));
  const capa = await core.call('caseRecords.completeCapa', { capaId: records.capas[0]!.id, version: records.capas[0]!.version, note: '已执行' }, await core.signIn('zhangwei'));
  await core.call('caseRecords.verifyCapa', { capaId: capa.capas[0]!.id, version: capa.capas[0]!.version, effective: true, note: '无再次投诉' }, await core.signIn('wangjg'));
  at('2026-09-05T10:00:00');
  a = await act('zhaoli', a, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied', otherOpinions: '满意' });

  let b = await create('2026-09-10T14:00:00', { channel: 'letter', customerName: '乙公司', content: '供气压力不达标' });
  at('2026-09-10T14:03:00');
  b = await act('zhaoli', b, { type: 'accept', assigneeId: ids.liuqiang! });
  const c = await create('2026-09-30T23:30:00', { channel: 'in_person', customerName: '丙', content: '站外管线踩坏田埂' });
  const d = await create('2026-10-01T00:10:00', { customerName: '丁', content: '抄表估抄' });
  const e = await create('2026-09-15T10:00:00', { kind: 'suggestion', channel: 'email', customerName: '戊', content: '建议开通微信缴费' });
  const f = await create('2026-09-20T10:00:00', { channel: 'opinion_book', customerName: '己', content: '柜台排队时间长' });
  at(TODAY);

  const sheet = async (request: LedgerRequest, login = 'wangjg') => core.call('ledgers.sheet', request, await core.signIn(login));
  const refused = async (request: LedgerRequest, login = 'wangjg') => {
    const response = await core.dispatch({ method: 'ledgers.sheet', input: request, session: await core.signIn(login) });
    if (response.ok) throw new Error(`expected ${JSON.stringify(request)} to be refused`);
    return response.error;
  };
  return {
    core,
    serials: { A: a.serial, B: b.serial, C: c.serial, D: d.serial, E: e.serial, F: f.serial },
    ids: { ...ids, A: a.id, B: b.id, C: c.id, D: d.id, E: e.id, F: f.id },
    sheet,
    refused,
  };
}

/** The value of one column in each row. */
export const column = (sheet: LedgerSheet, id: string) => sheet.rows.map((row) => row.cells[id]);
