import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../shared/reports/narrative/case-facts';
import { CONSOLE_CASE_REPORT_PATHS, consoleCaseReportListSchema } from '../../shared/sync/console-case-reports-api';
import { CONSOLE_NARRATIVE_PATHS, consoleNarrativeListSchema, consoleNarrativeVersionSchema } from '../../shared/sync/console-narrative-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * The case reports (专项报告, seed003 篇6 第三十八条(一)7) head office received,
 * on SQLite and, with BRANCHLINE_TEST_PG_URL (npm run test:server:pg), on
 * PostgreSQL: a row per site and complaint showing its newest version, placed
 * in the period (Asia/Shanghai days) its first version was issued, newest
 * first, with the total before paging; the expected rows worked out by hand.
 */
let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-12-12T02:00:00.000Z');
const CASE_KIND = 'sichuan-p6-major-complaint-report';
const NOVEMBER = { kind: 'month' as const, key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' };
const MAJOR = { zh: '重大投诉', en: 'Major complaint' };

interface CaseVersion {
  id?: string;
  complaint: { id: string; serial: string };
  at: string;
  version?: number;
  replaces?: { id: string; version: number } | null;
  correctionReason?: string | null;
  /** False: a payload without facts (a site that sent none). */
  facts?: boolean;
}

/** The complaint's facts as the site froze them at 签发 (shared/reports/narrative/case-facts.ts). */
function facts(over: CaseVersion): CaseFacts {
  return {
    complaintId: over.complaint.id,
    serial: over.complaint.serial,
    receivedAt: '2026-11-01T02:00:00.000Z',
    channel: 'phone',
    status: 'in_progress',
    customerName: '张*',
    content: '停气未提前通知',
    firstReceiverName: '李梅',
    handlerName: '王建国',
    unit: null,
    grade: { packId: 'sichuan-group-p6', packVersion: '1', classCode: 'major', classLabel: MAJOR, reasons: [], override: null },
    steps: [{ at: '2026-11-01T02:00:00.000Z', action: 'create', byName: '李梅' }],
    deadlines: [],
    escalations: 0,
    resolvedAt: null,
    closedAt: null,
  };
}

/** An issued case report as the site syncs it (electron/core/narrative-reports: period null, the complaint and its facts as frozen). */
function caseReport(over: CaseVersion) {
  const id = over.id ?? randomUUID();
  const payload = {
    id,
    kindId: CASE_KIND,
    title: { zh: '客户重大投诉专项报告', en: 'Special report on a major complaint' },
    period: null,
    complaint: over.complaint,
    dueDate: null,
    version: over.version ?? 1,
    status: 'issued',
    sections: { keyProblem: '停气未通知', handling: '当日恢复供气' },
    statistics: null,
    caseFacts: over.facts === false ? null : facts(over),
    replaces: over.replaces ?? null,
    correctionReason: over.correctionReason ?? null,
    replacedBy: null,
    draftedByName: '李梅',
    updatedAt: over.at,
    issued: { at: over.at, byName: '王建国', role: 'station_lead' },
    issuedById: 'u-wang',
  };
  return entry({ entity: 'narrative_report', entityId: id, payload: payload as never, createdAt: over.at });
}

const siteRecord = (siteId: string) => entry({ entity: 'site', entityId: siteId, payload: { siteId, rulePack: 'sichuan-group-p6' } as never });

async function sitesWithCaseReports(app: TestServer['app']) {
  const sc01 = await enrolledSite(app, 'SC01');
  const sc02 = await enrolledSite(app, 'SC02');
  const a = { id: randomUUID(), serial: 'SC01-2026-0001' };
  const b = { id: randomUUID(), serial: 'SC01-2026-0002' };
  const c = { id: randomUUID(), serial: 'SC02-2026-0007' };
  const aFirst = randomUUID();
  const aSecond = randomUUID();
  await push(app, sc01.auth, {
    batchId: 'sc01',
    entries: [
      siteRecord(sc01.siteId),
      // A: issued 11-03, corrected 12-02: listed in November, showing version 2.
      caseReport({ id: aFirst, complaint: a, at: '2026-11-03T02:00:00.000Z' }),
      caseReport({ id: aSecond, complaint: a, at: '2026-12-02T02:00:00.000Z', version: 2, replaces: { id: aFirst, version: 1 }, correctionReason: '补回访结果' }),
      // B: 2026-11-30T16:30Z is 00:30 on 1 December in Shanghai: December's, though still November in UTC.
      caseReport({ complaint: b, at: '2026-11-30T16:30:00.000Z' }),
    ],
  });
  // C: issued 11-20 by a site whose payload carries no facts (no class to show).
  await push(app, sc02.auth, { batchId: 'sc02', entries: [siteRecord(sc02.siteId), caseReport({ complaint: c, at: '2026-11-20T02:00:00.000Z', facts: false })] });
  return { sc01, sc02, a, b, c, aSecond };
}

describe('console: case reports (专项报告) received at head office', () => {
  it('lists a period’s case reports by first issue, newest first, with the newest version, count and pages; filters by site; never among the period reports', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const { sc01, sc02, a, b, c, aSecond } = await sitesWithCaseReports(server.app);
    const get = async (query: string) => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_CASE_REPORT_PATHS.list}?${query}`, headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      return consoleCaseReportListSchema.parse(response.json());
    };

    const november = await get('kind=month&key=2026-11');
    expect(november.period).toEqual(NOVEMBER);
    expect(november.total).toBe(2);
    expect(november.rows.map((r) => [r.siteCode, r.complaint.serial, r.received.version, r.classLabel?.zh ?? null])).toEqual([
      ['SC02', c.serial, 1, null],
      ['SC01', a.serial, 2, '重大投诉'],
    ]);
    expect(november.rows[1]).toEqual({
      siteId: sc01.siteId,
      siteCode: 'SC01',
      siteName: '网点 SC01',
      kindId: CASE_KIND,
      title: { zh: '客户重大投诉专项报告', en: 'Special report on a major complaint' },
      complaint: a,
      classLabel: MAJOR,
      received: {
        id: aSecond,
        version: 2,
        issuedAt: '2026-12-02T02:00:00.000Z',
        issuedRole: 'station_lead',
        issuedByName: '王建国',
        firstIssuedAt: '2026-11-03T02:00:00.000Z',
        correction: { replacesVersion: 1, reason: '补回访结果' },
      },
    });
    expect((await get('kind=month&key=2026-12')).rows.map((r) => r.complaint.serial)).toEqual([b.serial]);
    expect((await get('kind=quarter&key=2026-Q4')).rows.map((r) => r.complaint.serial)).toEqual([b.serial, c.serial, a.serial]);
    // Pages: the total counts every row; a page holds `limit` from `offset`.
    const second = await get('kind=quarter&key=2026-Q4&limit=2&offset=2');
    expect([second.total, second.offset, second.limit, second.rows.map((r) => r.complaint.serial)]).toEqual([3, 2, 2, [a.serial]]);
    expect((await get('kind=quarter&key=2026-Q4&limit=2')).rows.map((r) => r.complaint.serial)).toEqual([b.serial, c.serial]);
    // One site.
    const one = await get(`kind=month&key=2026-11&siteId=${sc02.siteId}`);
    expect([one.total, one.rows.map((r) => r.siteCode)]).toEqual([1, ['SC02']]);
    expect((await get('kind=month&key=2026-10')).total).toBe(0);
    // The period list shows only the Sichuan analysis, never a case report.
    const periods = await server.app.inject({ method: 'GET', url: `${CONSOLE_NARRATIVE_PATHS.list}?kind=month&key=2026-11`, headers: { cookie } });
    expect(consoleNarrativeListSchema.parse(periods.json()).rows.map((r) => r.kindId)).toEqual(['sichuan-p6-analysis-report', 'sichuan-p6-analysis-report']);
  });

  it('finds one complaint’s report for its detail page, and opens its frozen version', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const { sc01, sc02, a, aSecond } = await sitesWithCaseReports(server.app);
    const get = (query: string) => server.app.inject({ method: 'GET', url: `${CONSOLE_CASE_REPORT_PATHS.list}?${query}`, headers: { cookie } });
    const found = consoleCaseReportListSchema.parse((await get(`siteId=${sc01.siteId}&complaintId=${a.id}`)).json());
    expect([found.period, found.total, found.rows[0]!.received.id]).toEqual([null, 1, aSecond]);
    // The same complaint id at another site: none.
    expect(consoleCaseReportListSchema.parse((await get(`siteId=${sc02.siteId}&complaintId=${a.id}`)).json()).total).toBe(0);
    const version = await server.app.inject({ method: 'GET', url: CONSOLE_NARRATIVE_PATHS.version(sc01.siteId, aSecond), headers: { cookie } });
    const body = consoleNarrativeVersionSchema.parse(version.json());
    expect([body.kind.id, body.version.complaint, body.version.period, body.version.version, body.version.correctionReason]).toEqual([CASE_KIND, a, null, 2, '补回访结果']);
  });

  it('refuses a half or missing period, a future period, a bad page, an unknown site, and anyone but signed-in staff', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const { sc01 } = await sitesWithCaseReports(server.app);
    const get = (query: string, headers: Record<string, string> = { cookie }) => server.app.inject({ method: 'GET', url: `${CONSOLE_CASE_REPORT_PATHS.list}?${query}`, headers });
    for (const query of ['', 'kind=month', 'key=2026-11', 'kind=week&key=2026-W48', 'kind=month&key=2026-13', 'kind=month&key=2027-01', 'kind=month&key=2026-11&limit=0', 'kind=month&key=2026-11&limit=201', 'kind=month&key=2026-11&offset=-1']) {
      const response = await get(query);
      expect([query, response.statusCode, (response.json() as { error: { code: string } }).error.code]).toEqual([query, 400, 'invalid_body']);
    }
    expect((await get('kind=month&key=2026-11&siteId=nope')).statusCode).toBe(404);
    expect((await get('kind=month&key=2026-11', {})).statusCode).toBe(401);
    expect((await get('kind=month&key=2026-11', sc01.auth)).statusCode).toBe(401);
  });
});
