import type { Migration } from './migration';

/**
 * The reports' month index (issue 16, the 1 s budget of a year's monthly
 * report at 1,000,000 complaints; docs/reports.md "Benchmark"). A report by
 * month grouped its rows with a temporary B-tree: SQLite sorted every row of
 * the period, with every column its measures read, before summing — half the
 * time of the year's query. The report queries also bound the bucket column
 * to the period's keys (shared/reports/report-sql-repository.ts scopeWhere),
 * so with this index the engine reads the rows month by month in index order
 * and sums each month as it comes: no sort. Reports by week, quarter or year
 * keep the received-day index; a month is what the sources report by.
 */
export const migration0042: Migration = {
  id: 42,
  name: 'report-month-index',
  sql: `
CREATE INDEX report_complaints_by_month ON report_complaints (received_month);
`,
};
