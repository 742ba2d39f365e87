import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { openTestCore, type TestCore } from '../support/temp-core';
import { fullReportRow } from '../../shared/reports/report-payload';

/**
 * Issue 17 §1.1 in the site's reports: a case planned after its limit "counts
 * as overdue in reports". Through the public API on the demo site (篇6, clock
 * at Monday 2026-11-23 10:00 Shanghai): the late case is counted in 逾期件数
 * and 逾期补录计划 of November, a case handled in time in neither. The demo's
 * own complaints are counted before and after, so only the difference is ours.
 */
let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const november = { kind: 'month' as const, key: '2026-11' };
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '罐车夜间经过村道，蝴蝶阀无人处理。' };

async function userId(name: string): Promise<string> {
  return (await core.call('users.colleagues', {}, await core.signIn('wangjg'))).find((u) => u.displayName === name)!.id;
}
async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action }, await core.signIn(login));
}
async function assigned(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const created = await core.call('complaints.create', { ...intake, ...input }, await core.signIn('limei'));
  const c = await core.call('complaints.get', { id: created.id }, await core.signIn('zhaoli'));
  return act('zhaoli', c, { type: 'accept', assigneeId: await userId('张伟') });
}
async function counts(definitionId: string) {
  const r = await core.call('reports.run', { definitionId, period: november }, await core.signIn('wangjg'));
  return { overdue: r.total.overdueCases!.numerator, latePlans: r.total.latePlans!.numerator };
}
const reportRow = (id: string) => core.context.store.read.prepare('SELECT late_plan_at, response_done_at, response_due_at FROM report_complaints WHERE complaint_id = ?').get(id);

describe('late plans in the site’s reports (issue 17 §1.1)', () => {
  it('counts a case planned after its limit as overdue and as a late plan; a case handled in time is in neither', async () => {
    core = await openTestCore();
    const before = { p6: await counts('sichuan-p6-analysis'), general: await counts('general-statistics') };

    // Received Tuesday 3 November: the 3 working days of an ordinary case ran out on the 6th (篇6 第十八条).
    const late = await act('zhangwei', await assigned({ receivedAt: sh('2026-11-03T10:00:00') }), {
      type: 'planSolution',
      resolverId: await userId('张伟'),
      measures: '改道并维修蝴蝶阀',
      dueAt: sh('2026-11-24T12:00:00'),
    });
    expect(late.workflow.overdue.latePlan).toMatchObject({ at: sh('2026-11-23T10:00:00') });
    expect(reportRow(late.id)).toMatchObject({ late_plan_at: sh('2026-11-23T10:00:00') });

    // Received now, accepted within 篇6's 5 minutes and planned well inside its limit.
    core.clock.advance(2 * 60_000);
    const onTime = await act('zhangwei', await assigned({ receivedAt: core.clock.now().toISOString() }), {
      type: 'planSolution',
      resolverId: await userId('张伟'),
      measures: '更换风机',
      dueAt: sh('2026-11-24T12:00:00'),
    });
    expect(onTime.workflow.overdue.latePlan).toBeNull();
    expect(reportRow(onTime.id)).toMatchObject({ late_plan_at: null, response_done_at: expect.any(String) });

    expect(await counts('sichuan-p6-analysis')).toEqual({ overdue: before.p6.overdue + 1, latePlans: before.p6.latePlans + 1 });
    expect(await counts('general-statistics')).toEqual({ overdue: before.general.overdue + 1, latePlans: before.general.latePlans + 1 });

    // The late plan travels to head office in the complaint's payload.
    const payload = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'complaint' AND entity_id = ? ORDER BY seq DESC LIMIT 1").get(late.id) as { payload: string };
    expect(JSON.parse(payload.payload).report).toMatchObject({ late_plan_at: sh('2026-11-23T10:00:00') });
  });

  it('migration 0024 fills the rows built before it from their complaints’ late plans, and sends those rows to head office again', async () => {
    core = await openTestCore();
    const late = await act('zhangwei', await assigned({ receivedAt: sh('2026-11-03T10:00:00') }), {
      type: 'planSolution',
      resolverId: await userId('张伟'),
      measures: '改道并维修蝴蝶阀',
      dueAt: sh('2026-11-24T12:00:00'),
    });
    const file = core.context.store.file;
    const rows = (core.context.store.read.prepare('SELECT count(*) AS n FROM report_complaints').get() as { n: number }).n;
    core.close();

    // The store as the program before 0024 left it: no column, so no late plan in any row.
    const db = new Database(file);
    db.exec('ALTER TABLE report_complaints DROP COLUMN late_plan_at; DROP TABLE report_resends; DELETE FROM schema_migrations WHERE id = 24;');
    expect(migrate(db, () => new Date('2026-11-23T02:00:00.000Z'), MIGRATIONS)).toEqual([24]);
    expect(db.prepare('SELECT late_plan_at FROM report_complaints WHERE complaint_id = ?').get(late.id)).toEqual({ late_plan_at: sh('2026-11-23T10:00:00') });
    const filled = db.prepare('SELECT count(*) AS n FROM report_complaints r JOIN complaints c ON c.id = r.complaint_id WHERE r.late_plan_at IS c.late_plan_at').get() as { n: number };
    expect(filled.n).toBe(rows);
    // Head office holds the row as pushed before, without the late plan: it is listed to go again.
    expect(db.prepare('SELECT complaint_id FROM report_resends').all()).toEqual([{ complaint_id: late.id }]);
    const queued = () => db.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'complaint' AND entity_id = ?").get(late.id) as { n: number };
    const before = queued().n;
    db.close();

    // The next start queues it once with its row, at its version, and forgets it.
    core = await openTestCore({ dataDir: path.dirname(file) });
    const store = core.context.store.read;
    const sent = store.prepare("SELECT entity_version, payload FROM outbox WHERE entity = 'complaint' AND entity_id = ? ORDER BY seq").all(late.id) as { entity_version: number; payload: string }[];
    expect(sent).toHaveLength(before + 1);
    expect(sent.at(-1)!.entity_version).toBe(late.version);
    const last = JSON.parse(sent.at(-1)!.payload);
    expect(fullReportRow(last.report, last, 'site')).toMatchObject({ late_plan_at: sh('2026-11-23T10:00:00'), version: late.version });
    expect(store.prepare('SELECT count(*) AS n FROM report_resends').get()).toEqual({ n: 0 });
    expect(store.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'reports.backfill' AND entity_id = ?").get(late.id)).toEqual({ n: 1 });
  });
});
