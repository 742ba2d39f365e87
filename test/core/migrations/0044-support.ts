import Database from 'better-sqlite3';
import { siteFieldSamples } from '../../support/record-field-samples';
import { expect } from 'vitest';
import { toComplaint, withoutGrade } from '../../../electron/core/complaints/complaint-rows';
import { subjectAccessRecords } from '../../../electron/core/privacy/subject-access-repository';
import { getRow } from '../../../electron/core/complaints/complaints-repository';
import { withReportRow } from '../../../electron/core/reports/payload';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import type { TestCore } from '../../support/temp-core';

/** Shanghai wall-clock time as an ISO instant. */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '罐车夜间经过村道，蝴蝶阀无人处理。' };
const NAMES: Record<string, string> = { zhangwei: '张伟', chenzm: '陈志明' };

async function userId(core: TestCore, login: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === NAMES[login])!.id;
}

async function act(core: TestCore, login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action, recordFields: siteFieldSamples(core, action.type) }, await core.signIn(login));
}

async function created(core: TestCore, input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const session = await core.signIn('limei');
  return core.call('complaints.get', { id: (await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), ...input }, session)).id }, session);
}

const usePack = (core: TestCore, pack: string) => core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run(pack));

/**
 * Cases holding each list beside the demo's own (one has a call-back met):
 * a deadline moved by an approved extension (篇6 pack), criteria ticked and a
 * pause taken, ended, and a second one running (seed004 §J), a named step met
 * by a log entry (seed002 doc 8).
 */
export async function fileCases(core: TestCore): Promise<void> {
  const zhangwei = await userId(core, 'zhangwei');
  let a = await created(core);
  core.clock.advance(3 * 60_000);
  a = await act(core, 'zhaoli', a, { type: 'accept', assigneeId: zhangwei });
  a = await act(core, 'zhangwei', a, { type: 'planSolution', resolverId: zhangwei, measures: '调整罐车通行时间', dueAt: sh('2026-11-25T12:00:00') });
  a = await act(core, 'zhangwei', a, { type: 'requestExtension', extensionType: 'special_circumstance', reason: '需协调村委会', newDueAt: sh('2026-12-02T17:00:00') });
  await act(core, 'chenzm', await core.call('complaints.get', { id: a.id }, await core.signIn('chenzm')), { type: 'decideExtension', extensionId: a.workflow.extensions[0]!.id, approve: true, note: '同意' });

  usePack(core, 'seed004-j-domestic-sales-8d');
  let b = await created(core, { tickedCriteria: ['serious.functional'] });
  b = await act(core, 'zhaoli', b, { type: 'accept', assigneeId: zhangwei });
  core.clock.advance(60 * 60_000);
  b = await act(core, 'zhangwei', b, { type: 'pause', reason: 'waiting_for_test', note: '送检样件，等待盐雾试验结果' });
  core.clock.advance(5 * 60 * 60_000);
  b = await act(core, 'zhangwei', b, { type: 'resume', note: '检测结果已出' });
  b = await act(core, 'zhangwei', b, { type: 'pause', reason: 'waiting_for_sample', note: '等待客户寄回样品' });
  expect(b.workflow.pauses.map((p) => p.to === null)).toEqual([false, true]);

  usePack(core, 'seed002-doc8-property');
  const c = await act(core, 'zhaoli', await created(core), { type: 'accept', assigneeId: zhangwei });
  await act(core, 'zhangwei', c, { type: 'log', entryType: 'progress', text: '已回应客户中心：需更换配件，明日完成', completesStep: 'response.delay' });
}

/** Every complaint as the API answers it, and how many rows each list table holds (each must hold some). */
export async function viewsOf(core: TestCore) {
  const db = core.context.store.read;
  const counts = db
    .prepare('SELECT (SELECT count(*) FROM complaint_steps) AS steps, (SELECT count(*) FROM complaint_agreed_due) AS agreed, (SELECT count(*) FROM complaint_pauses) AS pauses, (SELECT count(*) FROM complaint_criteria) AS criteria')
    .get() as Record<string, number>;
  for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
  const session = await core.signIn('wangjg');
  const ids = (db.prepare('SELECT id FROM complaints ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
  const complaints = await Promise.all(ids.map((id) => core.call('complaints.get', { id }, session)));
  // The customer's own-data export lists each complaint with its lists under the names the columns had.
  const customerIds = (db.prepare('SELECT DISTINCT customer_id AS id FROM complaints WHERE customer_id IS NOT NULL ORDER BY 1').all() as { id: string }[]).map((r) => r.id);
  const exported = customerIds.flatMap((id) => subjectAccessRecords(db, id)!.complaints);
  expect(exported.length).toBeGreaterThan(0);
  for (const record of exported) expect(Object.keys(record)).toEqual(expect.arrayContaining(['steps_done', 'agreed_due', 'pauses', 'ticked_criteria']));
  return { counts, complaints, exported };
}

/** The payload the core queues for head office at a complaint's change (complaints/complaints.ts, workflow.ts). */
export function syncPayloadOf(core: TestCore, id: string): unknown {
  return core.context.store.transaction((tx) => withReportRow(tx, withoutGrade(toComplaint(getRow(tx, id)!, null))));
}

/**
 * The store as the release before migration 0044 kept it: the four lists back
 * in their JSON columns (with the values the child tables hold), the child
 * tables gone, 0044 not applied.
 */
export function rewindTo0043(file: string): void {
  const db = new Database(file);
  db.exec(`
ALTER TABLE complaints ADD COLUMN steps_done TEXT NOT NULL DEFAULT '{}';
ALTER TABLE complaints ADD COLUMN agreed_due TEXT NOT NULL DEFAULT '{}';
ALTER TABLE complaints ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]';
ALTER TABLE complaints ADD COLUMN ticked_criteria TEXT NOT NULL DEFAULT '[]';
UPDATE complaints SET
  steps_done = (SELECT json_group_object(step, done_at ORDER BY rowid) FROM complaint_steps WHERE complaint_id = complaints.id),
  agreed_due = (SELECT json_group_object(step, due_at ORDER BY rowid) FROM complaint_agreed_due WHERE complaint_id = complaints.id),
  pauses = (SELECT json_group_array(json_object('from', paused_from, 'to', paused_to, 'reason', reason) ORDER BY position) FROM complaint_pauses WHERE complaint_id = complaints.id),
  ticked_criteria = (SELECT json_group_array(criterion ORDER BY position) FROM complaint_criteria WHERE complaint_id = complaints.id);
DROP TABLE complaint_steps;
DROP TABLE complaint_agreed_due;
DROP TABLE complaint_pauses;
DROP TABLE complaint_criteria;
DELETE FROM schema_migrations WHERE id = 44;
`);
  db.close();
}
