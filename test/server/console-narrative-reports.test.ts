import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NarrativeVersion } from '../../shared/api/narrative-reports';
import type { ReportResult } from '../../shared/reports/result';
import { CONSOLE_NARRATIVE_PATHS, consoleNarrativeListSchema, consoleNarrativeVersionSchema } from '../../shared/sync/console-narrative-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Head office's list of the sites' narrative reports (issue 16 item 7), on
 * SQLite and, with BRANCHLINE_TEST_PG_URL (npm run test:server:pg), on
 * PostgreSQL: the issued versions the sites synced, a row per site and kind
 * its rule pack writes, received on time or late against the kind's due date,
 * or missing; the expected rows worked out by hand below.
 */
let server: TestServer;
afterEach(async () => server?.close());

// Head office's day is 2026-12-12 in Asia/Shanghai: November's reports due by the 10th are past due.
const NOW = new Date('2026-12-12T02:00:00.000Z');
const NOVEMBER = { kind: 'month' as const, key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' };

function statistics(received: number): ReportResult {
  return {
    definitionId: 'insurance-p5-monthly-analysis',
    title: { zh: '月度投诉处理分析', en: 'Monthly analysis' },
    source: 'seed003 篇5 4.5.6',
    period: NOVEMBER,
    bucket: 'month',
    buckets: ['2026-11'],
    asOf: '2026-12-01T00:00:00.000Z',
    siteId: null,
    unit: null,
    dueDate: '2026-12-10',
    measures: [{ measure: 'complaints', kind: 'count', label: { zh: '投诉件数', en: 'Complaints' }, note: { zh: '', en: '' }, source: 'seed003 篇5', hours: null, target: null }],
    rows: [{ key: '2026-11', values: { complaints: { numerator: received, denominator: null, value: received, met: null } } }],
    total: { complaints: { numerator: received, denominator: null, value: received, met: null } },
    tables: [],
  };
}

/** An issued version as the site syncs it (electron/core/narrative-reports/service.ts issueNarrative: toVersion + issuedById). */
function issued(kindId: string, over: Partial<NarrativeVersion> & { at: string; period?: NarrativeVersion['period'] }) {
  const id = over.id ?? randomUUID();
  const { at, ...rest } = over;
  const payload = {
    id,
    kindId,
    title: { zh: '报告', en: 'Report' },
    period: NOVEMBER,
    dueDate: '2026-12-10',
    version: 1,
    status: 'issued',
    sections: { focus: '理赔时效', causes: '人手不足', solutions: '增派人员' },
    statistics: statistics(7),
    replaces: null,
    correctionReason: null,
    replacedBy: null,
    draftedByName: '李梅',
    updatedAt: at,
    issued: { at, byName: '王建国', role: 'station_lead' },
    issuedById: 'u-wang',
    ...rest,
  };
  return entry({ entity: 'narrative_report', entityId: id, payload: payload as never, createdAt: at });
}

const siteRecord = (siteId: string, rulePack: string) => entry({ entity: 'site', entityId: siteId, payload: { siteId, rulePack } as never });

const INSURANCE = 'insurance-p5-monthly-analysis-report';
const RETAIL = 'retail-p4-monthly-statistics-report';
const SICHUAN = 'sichuan-p6-analysis-report';

async function sitesWithReports(app: TestServer['app']) {
  const in01 = await enrolledSite(app, 'IN01');
  const in02 = await enrolledSite(app, 'IN02');
  const in03 = await enrolledSite(app, 'IN03');
  const rt01 = await enrolledSite(app, 'RT01');
  const sc01 = await enrolledSite(app, 'SC01');
  await enrolledSite(app, 'NP01'); // never sent its site record: its rule pack is unknown
  const firstRetail = randomUUID();
  const secondRetail = randomUUID();
  // 2026-12-10T15:30Z is 23:30 on the 10th in Shanghai: on time.
  await push(app, in01.auth, { batchId: 'i1', entries: [siteRecord(in01.siteId, 'insurance-branch-p5'), issued(INSURANCE, { at: '2026-12-10T15:30:00.000Z' })] });
  // 2026-12-10T16:30Z is 00:30 on the 11th in Shanghai: late, though still the 10th in UTC.
  await push(app, in02.auth, { batchId: 'i2', entries: [siteRecord(in02.siteId, 'insurance-branch-p5'), issued(INSURANCE, { at: '2026-12-10T16:30:00.000Z' })] });
  // October's report only: November is missing, and overdue.
  await push(app, in03.auth, {
    batchId: 'i3',
    entries: [siteRecord(in03.siteId, 'insurance-branch-p5'), issued(INSURANCE, { at: '2026-11-05T02:00:00.000Z', period: { kind: 'month', key: '2026-10', firstDay: '2026-10-01', lastDay: '2026-10-31' } })],
  });
  // Version 1 on time (12-05), corrected by version 2 after the due date (12-11): on time, judged by the first, showing version 2.
  await push(app, rt01.auth, {
    batchId: 'r1',
    entries: [
      siteRecord(rt01.siteId, 'retail-chain-p4'),
      issued(RETAIL, { id: firstRetail, at: '2026-12-05T02:00:00.000Z', sections: { notes: '初报' }, issued: { at: '2026-12-05T02:00:00.000Z', byName: '孙敏', role: 'admin_hr' } }),
      issued(RETAIL, {
        id: secondRetail,
        at: '2026-12-11T02:00:00.000Z',
        version: 2,
        sections: { notes: '更正：退货件数' },
        statistics: statistics(9),
        replaces: { id: firstRetail, version: 1 },
        correctionReason: '漏计两件退货投诉',
        issued: { at: '2026-12-11T02:00:00.000Z', byName: '孙敏', role: 'admin_hr' },
      }),
    ],
  });
  // The Sichuan analysis sets no day (notStated): not received is still due, never overdue.
  await push(app, sc01.auth, { batchId: 's1', entries: [siteRecord(sc01.siteId, 'sichuan-group-p6')] });
  return { in01, in02, in03, rt01, sc01, secondRetail };
}

describe('console: narrative reports received at head office', () => {
  it('lists every site and kind for the period: on time, late, overdue, still due, and a correction as version 2', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const sites = await sitesWithReports(server.app);
    const get = (query: string) => server.app.inject({ method: 'GET', url: `${CONSOLE_NARRATIVE_PATHS.list}?${query}`, headers: { cookie } });

    const november = consoleNarrativeListSchema.parse((await get('kind=month&key=2026-11')).json());
    expect(november.today).toBe('2026-12-12');
    expect(november.rows.map((r) => [r.siteCode, r.kindId, r.dueDate, r.state, r.received?.version ?? null])).toEqual([
      ['IN01', INSURANCE, '2026-12-10', 'onTime', 1],
      ['IN02', INSURANCE, '2026-12-10', 'late', 1],
      ['IN03', INSURANCE, '2026-12-10', 'overdue', null],
      ['RT01', RETAIL, '2026-12-10', 'onTime', 2],
      ['SC01', SICHUAN, null, 'due', null],
    ]);
    expect(november.counts).toEqual({ onTime: 2, late: 1, overdue: 1, due: 1, open: 0 });
    expect(november.sitesWithoutPack).toEqual([{ code: 'NP01', name: '网点 NP01' }]);
    expect(november.rows[3]!.received).toEqual({
      id: sites.secondRetail,
      version: 2,
      issuedAt: '2026-12-11T02:00:00.000Z',
      issuedRole: 'admin_hr',
      issuedByName: '孙敏',
      firstIssuedAt: '2026-12-05T02:00:00.000Z',
      correction: { replacesVersion: 1, reason: '漏计两件退货投诉' },
    });

    // December is still running: every monthly kind open, nothing received.
    const december = consoleNarrativeListSchema.parse((await get('kind=month&key=2026-12')).json());
    expect(december.counts).toEqual({ onTime: 0, late: 0, overdue: 0, due: 0, open: 5 });
    // A quarter: only the Sichuan analysis is written per quarter.
    expect(consoleNarrativeListSchema.parse((await get('kind=quarter&key=2026-Q4')).json()).rows.map((r) => [r.siteCode, r.state])).toEqual([['SC01', 'open']]);
    // October: IN03's report arrived on 11-05, before 11-10.
    expect(consoleNarrativeListSchema.parse((await get(`kind=month&key=2026-10&siteId=${sites.in03.siteId}`)).json()).rows.map((r) => r.state)).toEqual(['onTime']);
    // Filters: one site, one kind.
    expect(consoleNarrativeListSchema.parse((await get(`kind=month&key=2026-11&siteId=${sites.in02.siteId}`)).json()).rows.map((r) => r.siteCode)).toEqual(['IN02']);
    expect(consoleNarrativeListSchema.parse((await get(`kind=month&key=2026-11&kindId=${RETAIL}`)).json()).rows.map((r) => r.siteCode)).toEqual(['RT01']);
  });

  it('opens one received version exactly as the site issued it', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const sites = await sitesWithReports(server.app);
    const response = await server.app.inject({ method: 'GET', url: CONSOLE_NARRATIVE_PATHS.version(sites.rt01.siteId, sites.secondRetail), headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const body = consoleNarrativeVersionSchema.parse(response.json());
    expect(body.site).toEqual({ code: 'RT01', name: '网点 RT01' });
    expect(body.kind.id).toBe(RETAIL);
    expect(body.rulePackId).toBe('retail-chain-p4');
    expect(body.version.version).toBe(2);
    expect(body.version.sections).toEqual({ notes: '更正：退货件数' });
    expect(body.version.statistics?.total).toEqual({ complaints: { numerator: 9, denominator: null, value: 9, met: null } });
    expect(body.version.correctionReason).toBe('漏计两件退货投诉');
    // Another site's id for this version: not found.
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_NARRATIVE_PATHS.version(sites.in01.siteId, sites.secondRetail), headers: { cookie } })).statusCode).toBe(404);
  });

  it('refuses bad and future periods, unknown sites and kinds, and anyone but signed-in staff', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const sites = await sitesWithReports(server.app);
    const get = (query: string, headers: Record<string, string> = { cookie }) => server.app.inject({ method: 'GET', url: `${CONSOLE_NARRATIVE_PATHS.list}?${query}`, headers });
    const bad = await get('kind=month&key=2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid_body' } });
    expect((await get('kind=month&key=2027-01')).json()).toMatchObject({ error: { code: 'invalid_body' } });
    expect((await get('kind=week&key=2026-W48')).statusCode).toBe(400);
    expect((await get('kind=month&key=2026-11&siteId=nope')).statusCode).toBe(404);
    expect((await get('kind=month&key=2026-11&kindId=nope')).statusCode).toBe(404);
    expect((await get('kind=month&key=2026-11', {})).statusCode).toBe(401);
    // A site's own credential opens no console route.
    expect((await get('kind=month&key=2026-11', sites.in01.auth)).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_NARRATIVE_PATHS.version(sites.rt01.siteId, sites.secondRetail), headers: sites.rt01.auth })).statusCode).toBe(401);
  });
});
