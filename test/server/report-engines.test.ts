import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../electron/core/db/store';
import { upsertReportRow } from '../../electron/core/reports/report-repository';
import { computeSiteReport } from '../../electron/core/reports/service';
import { computeHeadOfficeReport } from '../../server/reports/service';
import { upsertReference } from '../../server/reports/report-repository';
import type { ServerDb } from '../../server/db/open';
import { REPORT_DEFINITIONS, findReportDefinition } from '../../shared/reports/definitions';
import { BUCKETS, bucketKeys, parsePeriod, type PeriodKind } from '../../shared/reports/period';
import type { ReportScope } from '../../shared/reports/report-sql-repository';
import type { ReportResult } from '../../shared/reports/result';
import { DATASET_AS_OF, dataset } from '../support/report-dataset';
import { tempDir } from '../support/temp-core';
import { openTestServerDb } from './support/test-server';

/**
 * One definition, two engines: every shipped report definition over the fixed
 * data set (test/support/report-dataset.ts) on the site's SQLite and on head
 * office's database — SQLite here, PostgreSQL under scripts/test-server-pg.mjs
 * — gives identical numbers, and those numbers are the ones worked out by
 * hand below.
 */
let site: Store;
let office: ServerDb;
const PERIODS: Record<PeriodKind, string> = { week: '2026-W07', month: '2026-02', quarter: '2026-Q1', year: '2026' };

beforeAll(async () => {
  site = openStore(path.join(tempDir(), 'site.sqlite'));
  site.transaction((tx) => dataset('site-1').forEach((row) => upsertReportRow(tx, row)));
  office = await openTestServerDb();
  const created_at = '2026-01-01T00:00:00.000Z';
  await office.db.insertInto('sites').values([{ id: 'site-1', code: 'S1', name: '一号站', created_at }, { id: 'site-2', code: 'S2', name: '二号站', created_at }]).execute();
  await office.db.insertInto('report_complaints').values([...dataset('site-1'), ...dataset('site-2')]).execute();
});
afterAll(async () => {
  site?.close();
  await office?.close();
});

function scope(kind: PeriodKind, bucket: PeriodKind, siteId?: string, asOf = DATASET_AS_OF): { scope: ReportScope; buckets: string[] } {
  const period = parsePeriod(kind, PERIODS[kind])!;
  return { scope: { period, bucket, asOf, siteId }, buckets: bucketKeys(period, bucket) };
}

async function both(definitionId: string, kind: PeriodKind, bucket: PeriodKind, asOf = DATASET_AS_OF): Promise<{ atSite: ReportResult; atOffice: ReportResult }> {
  const definition = findReportDefinition(definitionId)!;
  const s = scope(kind, bucket, 'site-1', asOf);
  const atSite = computeSiteReport(site.read, definition, s.scope, s.buckets);
  const { perSite: _perSite, ...atOffice } = await computeHeadOfficeReport(office.db, definition, s.scope, s.buckets);
  return { atSite, atOffice };
}

const value = (r: ReportResult, measure: string, key?: string) => (key ? r.rows.find((row) => row.key === key)!.values[measure]! : r.total[measure]!);
const table = (r: ReportResult, dimension: string) => Object.fromEntries(r.tables.find((t) => t.dimension === dimension)!.rows.map((row) => [row.value ?? '(none)', row.total]));

describe(`report definitions on the site's SQLite and head office's ${process.env.BRANCHLINE_TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('every definition, every offered period and bucket: identical results on both engines', async () => {
    let compared = 0;
    for (const definition of REPORT_DEFINITIONS) {
      for (const kind of definition.periods) {
        for (const bucket of BUCKETS[kind]) {
          const { atSite, atOffice } = await both(definition.id, kind, bucket);
          expect(atOffice, `${definition.id} ${kind} by ${bucket}`).toEqual(atSite);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(25);
  });

  it('the quarter by month, worked out by hand for every measure (general statistics, site 1)', async () => {
    const { atSite: r } = await both('general-statistics', 'quarter', 'month');
    expect(r.buckets).toEqual(['2026-01', '2026-02', '2026-03']);
    // 8 records a month; 6 of them complaints (p 0–5).
    expect(value(r, 'received')).toMatchObject({ numerator: 24, value: 24 });
    expect(value(r, 'complaints')).toMatchObject({ numerator: 18, value: 18 });
    expect(value(r, 'complaints', '2026-02')).toMatchObject({ value: 6 });
    // Closing rate: valid or pending complaints p 0–4 (15); closed in their month p 0, p 1 (6).
    expect(value(r, 'closingRate')).toEqual({ numerator: 6, denominator: 15, value: 0.4, met: null });
    // Response: p 0–4 have a decided deadline (15); on time p 0–2 (p 3 after 2 h, p 4 never): 9.
    expect(value(r, 'responseOnTime')).toEqual({ numerator: 9, denominator: 15, value: 0.6, met: null });
    // Handling (+7 d): p 0 (+2 d), p 1 (+4 d), p 2 (+2 d) on time; p 3, p 4 past it unresolved.
    expect(value(r, 'handlingOnTime')).toEqual({ numerator: 9, denominator: 15, value: 0.6, met: null });
    // Reply (+3 d): p 0 and p 2 (+2 d); p 1 told at +4 d.
    expect(value(r, 'replyOnTime')).toEqual({ numerator: 6, denominator: 15, value: 0.4, met: null });
    // Call-back rate: resolved p 0–2 (9), called back p 0, p 1 (6).
    expect(value(r, 'callBackRate')).toEqual({ numerator: 6, denominator: 9, value: 6 / 9, met: null });
    // Satisfaction: call-backs p 0 (1, satisfied) and p 1 (2, one satisfied): 2 of 3 a month.
    expect(value(r, 'satisfaction')).toEqual({ numerator: 6, denominator: 9, value: 6 / 9, met: null });
    // Escalated: p 1 and p 3 of the 6 complaints a month.
    expect(value(r, 'escalationRate')).toEqual({ numerator: 6, denominator: 18, value: 6 / 18, met: null });
    // Repeats: p 4 in February and March.
    expect(value(r, 'repeatRate')).toEqual({ numerator: 2, denominator: 18, value: 2 / 18, met: null });
    expect(value(r, 'repeatRate', '2026-01')).toMatchObject({ numerator: 0, denominator: 6 });
    expect(value(r, 'invalidShare')).toEqual({ numerator: 3, denominator: 18, value: 3 / 18, met: null });
    // Overdue: p 1 (told at +4 d), p 3 (responded after 2 h), p 4 (never responded) every month; in February p 2 too, by its late plan alone.
    expect(value(r, 'overdueCases')).toMatchObject({ numerator: 10, value: 10 });
    expect(r.rows.map((row) => row.values.overdueCases!.value)).toEqual([3, 4, 3]);
    // Late plans: p 3 every month, p 2 in February.
    expect(value(r, 'latePlans')).toMatchObject({ numerator: 4, value: 4 });
    expect(r.rows.map((row) => row.values.latePlans!.value)).toEqual([1, 2, 1]);
    // Working days: (2.000 + 3.500 + 1.500) × 3 over 9 resolved complaints.
    expect(value(r, 'meanHandlingWorkDays')).toEqual({ numerator: 21000, denominator: 9, value: 21000 / 9 / 1000, met: null });
    expect(value(r, 'meanHandlingWorkDays', '2026-03').value).toBeCloseTo(7 / 3, 12);
  });

  it('overdue as of a moment: a step not done whose limit has not come yet is not late; one done after its limit is, on both engines', async () => {
    // February (the month the tests use), 9 February 10:30 Beijing: p 4 (received 10:00) is still within its 1-hour
    // response limit; p 1 (told after its reply limit) and p 3 (responded late) are late already, as their rows hold;
    // p 2 counts by its late plan.
    const { atSite, atOffice } = await both('sichuan-p6-analysis', 'month', 'month', '2026-02-09T02:30:00.000Z');
    expect(atOffice).toEqual(atSite);
    expect(value(atSite, 'overdueCases')).toMatchObject({ numerator: 3, value: 3 });
    expect(value(atSite, 'latePlans')).toMatchObject({ numerator: 2, value: 2 });
    // A second past the limit, p 4 is late too.
    const { atSite: later } = await both('sichuan-p6-analysis', 'month', 'month', '2026-02-09T03:00:01.000Z');
    expect(value(later, 'overdueCases')).toMatchObject({ numerator: 4 });
  });

  it('the dimension tables, worked out by hand', async () => {
    const { atSite: r } = await both('general-statistics', 'quarter', 'month');
    expect(table(r, 'kind')).toEqual({ complaint: 18, suggestion: 3, inquiry: 3 });
    expect(table(r, 'channel')).toEqual({ phone: 12, in_person: 12 });
    expect(table(r, 'class')).toEqual({ ordinary: 15, '(none)': 6, major: 3 });
    expect(table(r, 'category')).toEqual({ noise: 9, '(none)': 9, billing: 6 });
    expect(table(r, 'cause')).toEqual({ '(none)': 21, customer_own_cause: 3 });
    expect(table(r, 'validity')).toEqual({ valid: 12, pending: 9, invalid: 3 });
    expect(table(r, 'unit')).toEqual({ 一班: 9, '(none)': 9, 二班: 6 });
    expect(table(r, 'handler')).toEqual({ 'u-zhangwei': 9, '(none)': 9, 'u-liuqiang': 6 });
    expect(table(r, 'status')).toEqual({ closed: 12, in_progress: 3, invalid: 3, registered: 3, resolved: 3 });
    const handlers = r.tables.find((t) => t.dimension === 'handler')!;
    expect(handlers.rows.find((row) => row.value === 'u-zhangwei')).toMatchObject({ label: '张伟', counts: [3, 3, 3], share: 9 / 24 });
    expect(handlers.bucketTotals).toEqual([8, 8, 8]);
  });

  it('篇6 call-back within 48 h against 100%: 3 of 9, target missed; 篇11 closing ≥ 100% missed too', async () => {
    const { atSite: p6 } = await both('sichuan-p6-analysis', 'quarter', 'month');
    // p 0 called back 24 h after resolution; p 1 after 72 h; p 2 never (48 h long past).
    expect(value(p6, 'callBackWithinLimit')).toEqual({ numerator: 3, denominator: 9, value: 1 / 3, met: false });
    expect(value(p6, 'callBackRate')).toMatchObject({ value: 6 / 9, met: false });
    const { atSite: heat } = await both('heat-d11-monthly', 'month', 'month');
    expect(value(heat, 'closingRate')).toEqual({ numerator: 2, denominator: 5, value: 0.4, met: false });
    expect(heat.dueDate).toBeNull();
    const { atSite: p5 } = await both('insurance-p5-monthly-analysis', 'month', 'month');
    expect(p5.dueDate).toBe('2026-03-10');
  });

  it('head office across both sites doubles every count; a site filter gives that site alone; per-100-million rates from the entered premium', async () => {
    const definition = findReportDefinition('insurance-p5-monthly-analysis')!;
    const s = scope('quarter', 'month');
    const all = await computeHeadOfficeReport(office.db, definition, s.scope, s.buckets);
    expect(all.total.complaints!.value).toBe(36);
    expect(all.perSite.map((p) => [p.siteId, p.values.complaints!.value])).toEqual([
      ['site-1', 18],
      ['site-2', 18],
    ]);
    // No premium entered: no rate.
    expect(all.total.perHundredMillionPremium!.value).toBeNull();
    await upsertReference(office.db, { siteId: 'site-1', kind: 'month', key: '2026-01', premium: 50_000_000, policies: 2_000_000 }, 'test', DATASET_AS_OF);
    const one = scope('quarter', 'month', 'site-1');
    const single = await computeHeadOfficeReport(office.db, definition, one.scope, one.buckets);
    // January, site 1: complaints not ruled invalid p 0–4 = 5; 5 ÷ 50,000,000 元 × 10⁸ = 10; 5 ÷ 2,000,000 policies × 10⁸ = 250.
    expect(value(single, 'perHundredMillionPremium', '2026-01')).toMatchObject({ numerator: 5, denominator: 50_000_000, value: 10 });
    expect(value(single, 'perHundredMillionPolicies', '2026-01')).toMatchObject({ numerator: 5, denominator: 2_000_000, value: 250 });
    // February has no entry, nor has site 2: across sites January stays empty.
    expect(value(single, 'perHundredMillionPremium', '2026-02').value).toBeNull();
    const across = await computeHeadOfficeReport(office.db, definition, s.scope, s.buckets);
    expect(value(across, 'perHundredMillionPremium', '2026-01').value).toBeNull();
  });
});
