import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../electron/core/db/store';
import { runCompiled, upsertReportRow } from '../../electron/core/reports/report-repository';
import { findReportDefinition } from '../../shared/reports/definitions';
import { parsePeriod } from '../../shared/reports/period';
import { measuresQuery, type ReportScope } from '../../shared/reports/report-sql-repository';
import { dataset } from '../support/report-dataset';
import { tempDir } from '../support/temp-core';

/**
 * The hot query's plan (STYLE 8): a year's report by month walks the month
 * index (core migration 0042) in month order and sums each month as it
 * comes, with no temporary B-tree sorting every row for GROUP BY — the cost
 * that kept the app's query far from the 1 s budget at a million rows
 * (docs/reports.md, Benchmark). The bound on the month column is implied by
 * the day range: the same rows are counted with and without it.
 */
const definition = findReportDefinition('sichuan-p6-analysis')!;
const year: ReportScope = { period: parsePeriod('year', '2026')!, bucket: 'month', asOf: '2027-01-20T00:00:00.000Z', siteId: 'site-1' };
let store: Store;
beforeAll(() => {
  store = openStore(path.join(tempDir('branchline-plan-'), 'site.sqlite'));
  store.transaction((tx) => dataset('site-1').forEach((row) => upsertReportRow(tx, row)));
  store.read.exec('ANALYZE');
});
afterAll(() => store.close());

function plan(scope: ReportScope): string {
  const query = measuresQuery('sqlite', definition.measures, scope);
  return (store.read.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('report query plans', () => {
  it('a year by month: the month index, in order, without sorting the rows', () => {
    const detail = plan(year);
    expect(detail).toContain('USING INDEX report_complaints_by_month (received_month>? AND received_month<?)');
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('a quarter by month reads only its own months through the index', () => {
    expect(plan({ ...year, period: parsePeriod('quarter', '2026-Q1')! })).toContain('USING INDEX report_complaints_by_month (received_month>? AND received_month<?)');
  });

  it('the month bound changes no number: the same totals as the day range alone', () => {
    const query = measuresQuery('sqlite', definition.measures, year);
    const rows = runCompiled(store.read, query);
    const dayRangeOnly = query.sql.replace(' and "received_month" >= ? and "received_month" <= ?', '');
    const parameters = [...query.parameters];
    parameters.splice(parameters.length - 3, 2);
    expect(dayRangeOnly).not.toBe(query.sql);
    expect(store.read.prepare(dayRangeOnly).all(...(parameters as unknown[]))).toEqual(rows);
    expect(rows.reduce((n, r) => n + Number(r.received__n), 0)).toBeGreaterThan(0);
  });
});
