import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { backfillReportRows } from '../../electron/core/reports';
import { openTestCore, type TestCore } from '../support/temp-core';
import { fullReportRow } from '../../shared/reports/report-payload';

/**
 * The site's reports through the dispatcher: rows written by the real
 * workflow, counted by the report, who may see what, and every kind of bad
 * input refused before anything is computed.
 */
let core: TestCore;
afterEach(() => core?.close());

async function userId(login: string): Promise<string> {
  const names: Record<string, string> = { zhangwei: '张伟', liuqiang: '刘强' };
  return (await core.call('users.colleagues', {}, await core.signIn('wangjg'))).find((u) => u.displayName === names[login])!.id;
}
async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
}
async function refusal<M extends ApiMethod>(login: string, method: M, input: ApiInput<M>) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`${method} should have been refused`);
  return { code: response.error.code, key: response.error.reason?.key, params: response.error.reason?.params };
}
const row = (id: string) => core.context.store.read.prepare('SELECT * FROM report_complaints WHERE complaint_id = ?').get(id) as Record<string, unknown>;
const month = { kind: 'month' as const, key: '2026-11' };

describe('reports at the site', () => {
  it('the workflow writes each complaint’s report row and sends it in the payload; the report counts it', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const before = await core.call('reports.run', { definitionId: 'sichuan-p6-analysis', period: month }, lead);
    let c = (await core.call('complaints.get', {
      id: (await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周女士', customerPhone: '13800001111', content: '夜间噪声' }, await core.signIn('limei'))).id,
    }, lead)) as ComplaintDetail;
    core.clock.advance(2 * 60_000);
    const zhangwei = await userId('zhangwei');
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    c = await act('zhaoli', c, { type: 'planSolution', resolverId: zhangwei, measures: '更换风机', dueAt: new Date(core.clock.now().getTime() + 2 * 3_600_000).toISOString() });
    core.clock.advance(3_600_000);
    c = await act('zhangwei', c, { type: 'resolve', result: '已更换风机', replyMethod: 'phone' });
    core.clock.advance(24 * 3_600_000);
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
    expect(row(c.id)).toMatchObject({
      status: 'closed',
      kind: 'complaint',
      channel: 'phone',
      validity: 'valid',
      unit: '阳42井站',
      handler_name: '张伟',
      received_month: '2026-11',
      closed_month: '2026-11',
      call_backs: 1,
      satisfied_call_backs: 1,
      escalations: 0,
      is_repeat: 0,
      version: c.version,
    });
    const r = row(c.id);
    expect(r.response_due_at).toEqual(expect.any(String)); // 篇6's response limit, from the pack
    expect(r.call_back_at).toBe(c.workflow.callBacks[0]!.at);
    expect(r.handling_milli_work_days).toEqual(expect.any(Number));
    const payload = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'complaint' AND entity_id = ? ORDER BY seq DESC LIMIT 1").get(c.id) as { payload: string };
    // Sent compact (only what the complaint payload does not say); head office rebuilds this very row.
    const sent = JSON.parse(payload.payload);
    expect(Object.keys(sent.report).length).toBeLessThan(Object.keys(r).length / 2);
    expect(fullReportRow(sent.report, sent, r.site_id as string)).toEqual(r);

    const fresh = await core.signIn('wangjg');
    const after = await core.call('reports.run', { definitionId: 'sichuan-p6-analysis', period: month }, fresh);
    expect(after.total.complaints!.value).toBe(before.total.complaints!.value! + 1);
    expect(after.total.callBackWithinLimit!.numerator).toBe(before.total.callBackWithinLimit!.numerator + 1);
    const stored = core.context.store.read.prepare("SELECT count(*) AS n FROM complaints WHERE kind = 'complaint' AND received_at >= '2026-10-31T16:00:00.000Z' AND received_at < '2026-11-30T16:00:00.000Z'").get() as { n: number };
    expect(after.total.complaints!.value).toBe(stored.n);
    // The cell behind a count holds exactly that many cases.
    const kinds = after.tables.find((t) => t.dimension === 'kind')!;
    const complaints = kinds.rows.find((x) => x.value === 'complaint')!;
    const cases = await core.call('reports.cases', { definitionId: 'sichuan-p6-analysis', period: month, cell: { dimension: 'kind', value: 'complaint' }, limit: 1000 }, fresh);
    expect(cases.total).toBe(complaints.total);
    expect(cases.cases.map((x) => x.complaintId)).toContain(c.id);
  });

  it('shows each user only what they may see, and refuses bad input before counting anything', async () => {
    core = await openTestCore();
    expect(await refusal('limei', 'reports.run', { definitionId: 'general-statistics', period: month })).toMatchObject({ code: 'FORBIDDEN', key: 'reports.errors.notAllowed' });
    expect(await refusal('liuqiang', 'reports.run', { definitionId: 'general-statistics', period: month, unit: '阳42井站' })).toMatchObject({
      code: 'FORBIDDEN',
      key: 'reports.errors.unitNotVisible',
      params: { unit: '阳42井站' },
    });
    const own = await core.call('reports.run', { definitionId: 'general-statistics', period: month }, await core.signIn('liuqiang'));
    expect(own.unit).toBe('采气作业区');
    expect((await core.call('reports.definitions', {}, await core.signIn('liuqiang'))).units).toEqual(['采气作业区']);
    const lead = 'wangjg';
    expect(await refusal(lead, 'reports.run', { definitionId: 'general-statistics', period: month, unit: '不存在的班组' })).toMatchObject({ code: 'VALIDATION', key: 'reports.errors.unknownUnit' });
    expect(await refusal(lead, 'reports.run', { definitionId: 'general-statistics', period: { kind: 'month', key: '2026-13' } })).toMatchObject({ code: 'VALIDATION', key: 'reports.errors.noSuchPeriod' });
    expect(await refusal(lead, 'reports.run', { definitionId: 'general-statistics', period: { kind: 'week', key: '2026-W54' } })).toMatchObject({ key: 'reports.errors.noSuchPeriod' });
    expect(await refusal(lead, 'reports.run', { definitionId: 'general-statistics', period: { kind: 'month', key: '2026-12' } })).toMatchObject({
      key: 'reports.errors.futurePeriod',
      params: { date: { date: '2026-12-01' } },
    });
    expect(await refusal(lead, 'reports.run', { definitionId: 'heat-d11-monthly', period: month })).toMatchObject({ code: 'NOT_FOUND', key: 'reports.errors.unknownReport' });
    expect(await refusal(lead, 'reports.run', { definitionId: 'sichuan-p6-analysis', period: { kind: 'week', key: '2026-W47' } })).toMatchObject({ key: 'reports.errors.periodNotOffered' });
    expect(await refusal(lead, 'reports.run', { definitionId: 'general-statistics', period: month, bucket: 'year' })).toMatchObject({ key: 'reports.errors.bucketNotOffered' });
    expect(await refusal(lead, 'reports.cases', { definitionId: 'general-statistics', period: month, cell: { bucket: '2026-W01' } })).toMatchObject({ key: 'reports.errors.bucketNotInPeriod' });
    expect(await refusal('limei', 'reports.overdue', {})).toMatchObject({ key: 'reports.errors.notAllowed' });
    expect(await refusal('limei', 'reports.cadence', { period: month })).toMatchObject({ key: 'reports.errors.notAllowed' });
  });

  it('lists overdue complaints by owner and unit, and counts planned against done for the templates’ schedules', async () => {
    core = await openTestCore();
    core.clock.advance(30 * 24 * 3_600_000);
    core.regrade();
    const lead = await core.signIn('wangjg');
    const overdue = await core.call('reports.overdue', {}, lead);
    expect(overdue.complaints.summary.reduce((s, x) => s + x.count, 0)).toBeGreaterThan(0);
    const open = core.context.store.read.prepare("SELECT count(*) AS n FROM complaints WHERE due_at < ? AND status IN ('registered','assigned','in_progress','referred','resolved')").get(core.clock.now().toISOString()) as { n: number };
    expect(overdue.complaints.summary.reduce((s, x) => s + x.count, 0)).toBe(open.n);
    const cadence = await core.call('reports.cadence', { period: { kind: 'month', key: '2026-12' } }, lead);
    // H2S on the 10th and 25th (seed000 一篇 二、2): both due in December, by 23 December only the 10th's window has begun.
    const h2s = cadence.schedules.find((s) => s.kind === 'daysOfMonth')!;
    expect(h2s.occurrences.map((o) => o.dueBy)).toEqual(['2026-12-10']);
    expect(h2s).toMatchObject({ planned: 1, missed: 1, done: 0 });
    const training = cadence.schedules.filter((s) => s.kind === 'timesPerMonth');
    expect(training.length).toBeGreaterThan(0);
    expect(training[0]!.occurrences[0]).toMatchObject({ required: 2, dueBy: '2026-12-31', status: 'open' });
  });

  it('builds the rows of complaints stored before the reports existed, and queues each for head office', async () => {
    core = await openTestCore();
    const db = core.context.store;
    const rows = (db.read.prepare('SELECT * FROM report_complaints ORDER BY complaint_id').all() as Record<string, unknown>[]).length;
    expect(rows).toBeGreaterThan(0);
    db.transaction((tx) => tx.prepare('DELETE FROM report_complaints').run());
    const outbox = (db.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'complaint'").get() as { n: number }).n;
    expect(backfillReportRows(core.context, 3)).toMatchObject({ built: 3, more: true });
    while (backfillReportRows(core.context).more);
    expect((db.read.prepare('SELECT count(*) AS n FROM report_complaints').get() as { n: number }).n).toBe(rows);
    expect((db.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'complaint'").get() as { n: number }).n).toBe(outbox + rows);
    expect((db.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'reports.backfill'").get() as { n: number }).n).toBe(rows);
  });
});
