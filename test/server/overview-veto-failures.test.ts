import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/checklists/templates';
import { CONSOLE_REPORT_PATHS, overviewResponseSchema, type OverviewResponse } from '../../shared/sync/console-reports-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { sampleValue } from '../support/sample-checklist';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * The console's overview lists the completed checklists of the last 30 days
 * with a failed veto item (issue 20 item 13) and counts them per site, judged
 * with the shipped template (coal-mine grading, seed004 §A 第四条、第五条) — on
 * SQLite here and on PostgreSQL under scripts/test-server-pg.mjs.
 */
let server: TestServer;
let body: OverviewResponse;
const NOW = '2026-11-23T08:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 24 * 3_600_000).toISOString();
// Version 1.0.0 asks the level events as yes/no veto items (1.1.0 moved them into a table); sites still push records of it.
const grading = findTemplate('coal-mine-grading', '1.0.0')!;
const passing = Object.fromEntries(grading.sections.flatMap((s) => s.items).map((item) => [item.id, sampleValue(item, grading)]));
const record = (status: string, completedDaysAgo: number, failed: Record<string, unknown>) => {
  const completed = daysAgo(completedDaysAgo);
  return { id: randomUUID(), template_id: grading.id, template_version: grading.version, status, answers: { ...passing, ...failed }, started_at: completed, completed_at: status === 'completed' ? completed : null, version: 1 };
};
// At YY42: two vetoes failed 10 days ago (counted, one record); a clean record; a failed one 31 days ago (too old); one not completed.
const twoVetoes = record('completed', 10, { 'basic-condition-missing': true, 'failed-level1-inspection': true });
const clean = record('completed', 5, {});
const tooOld = record('completed', 31, { 'basic-condition-missing': true });
const unfinished = record('in_progress', 2, { 'basic-condition-missing': true });
// At AB01: one veto failed yesterday.
const yesterday = record('completed', 1, { 'downgraded-within-year': true });
// At CD03, vetoes nobody ticked: the template computes them (seed004 §A 第五条 一级5 and 一级2). An open-pit mine that
// contracted its stripping to 3 contractors (more than 2), and a general accident on 2026-05-01, within a year of the
// assessment on 2026-11-10 (sampleValue's date) — level 1 is vetoed, level 2's half year has passed.
const openPit = record('completed', 3, { 'mine-type': 'open-pit', 'stripping-contractors': 3 });
const accident = record('completed', 4, { 'fatal-accidents': [{ id: 'row-1', date: '2026-05-01', class: 'general', count: 1 }] });
// The same accident assessed after its year has passed vetoes nothing.
const accidentLongAgo = record('completed', 6, { 'fatal-accidents': [{ id: 'row-1', date: '2025-05-01', class: 'general', count: 1 }] });

beforeAll(async () => {
  server = await openTestServer({ now: () => new Date(NOW) });
  const { cookie } = await signedInStaff(server.app);
  const yy = await enrolledSite(server.app, 'YY42');
  const ab = await enrolledSite(server.app, 'AB01');
  const cd = await enrolledSite(server.app, 'CD03');
  const records = (rows: ReturnType<typeof record>[]) => rows.map((r) => entry({ entity: 'checklist_record', entityId: r.id, payload: r as PushEntry['payload'] }));
  await push(server.app, yy.auth, { batchId: 'yy', entries: records([twoVetoes, clean, tooOld, unfinished]) });
  await push(server.app, ab.auth, { batchId: 'ab', entries: records([yesterday]) });
  await push(server.app, cd.auth, { batchId: 'cd', entries: records([openPit, accident, accidentLongAgo]) });
  const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.overview}?kind=month&key=2026-11`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  body = overviewResponseSchema.parse(response.json());
});
afterAll(async () => server?.close());

describe(`overview: checklists with failed veto items on ${process.env.BRANCHLINE_TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('counts per site the completed checklists of the last 30 days with a failed veto item', () => {
    expect(body.attention.map((a) => [a.code, a.vetoFailures])).toEqual([
      ['AB01', 1],
      ['CD03', 2],
      ['YY42', 1],
    ]);
  });

  it('lists them newest first with the failed items by their labels', () => {
    expect(body.vetoFailures.map((f) => ({ recordId: f.recordId, completedAt: f.completedAt, items: f.items.map((i) => i.zh) }))).toEqual([
      { recordId: yesterday.id, completedAt: daysAgo(1), items: ['因管理滑坡或存在重大事故隐患且组织生产被降级或撤消等级未满1年'] },
      { recordId: openPit.id, completedAt: daysAgo(3), items: ['将剥离工程承包给2家(不含)以上施工单位'] },
      { recordId: accident.id, completedAt: daysAgo(4), items: ['2026-05-01发生一般事故，至评定日2026-11-10未满1年（一级）'] },
      { recordId: twoVetoes.id, completedAt: daysAgo(10), items: ['有《管理体系》总则设定的基本条件不具备', '安全生产标准化管理体系一级检查考核未通过，自考核定级部门检查之日起未满1年'] },
    ]);
    expect(body.vetoFailures[0]!.templateTitle).toEqual(grading.title);
  });
});
