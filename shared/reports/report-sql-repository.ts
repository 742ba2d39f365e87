import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type AliasedExpression,
  type CompiledQuery,
  type Expression,
  type ExpressionBuilder,
  type SqlBool,
} from 'kysely';
import { OPEN_STATUSES } from '../domain/workflow';
import { DIMENSIONS, type DimensionId } from './dimensions';
import type { MeasureRef } from './definition-schema';
import { MEASURES, type Aggregate, type Condition, type MeasureId, type MeasureSpec } from './measures';
import { periodKeyOf, type Period, type PeriodKind } from './period';
import type { ReportDatabase } from './report-row';

/**
 * Every report query, built with Kysely's query builder and compiled for one
 * engine: the site's SQLite (run by better-sqlite3 in the core) or head
 * office's PostgreSQL or SQLite (run by the server's Kysely). Nothing here
 * runs a query: it returns SQL and parameters, so the same definition yields
 * the same query on every engine, differing only in dialect (quoting and
 * placeholders): time arithmetic is done in JavaScript or stored in the row.
 */
export type ReportDialect = 'sqlite' | 'postgres';

function compilerFor(dialect: ReportDialect): Kysely<ReportDatabase> {
  return new Kysely<ReportDatabase>({
    dialect:
      dialect === 'sqlite'
        ? { createAdapter: () => new SqliteAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new SqliteIntrospector(db), createQueryCompiler: () => new SqliteQueryCompiler() }
        : { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new PostgresIntrospector(db), createQueryCompiler: () => new PostgresQueryCompiler() },
  });
}
const COMPILERS: Record<ReportDialect, Kysely<ReportDatabase>> = { sqlite: compilerFor('sqlite'), postgres: compilerFor('postgres') };

/** Which rows a report reads: a period of received days, optionally one site and one unit, judged as of `asOf`. */
export interface ReportScope {
  period: Period;
  /** The finer period each row of the trend stands for (closing "in the same period" is judged at this grain). */
  bucket: PeriodKind;
  asOf: string;
  siteId?: string | undefined;
  unit?: string | undefined;
}

type Eb = ExpressionBuilder<ReportDatabase, 'report_complaints'>;
type Bool = Expression<SqlBool>;

const bucketColumn = (bucket: PeriodKind) => `received_${bucket}` as const;
const closedColumn = (bucket: PeriodKind) => `closed_${bucket}` as const;

/**
 * The period's received days, and the same range again in the bucket's own
 * column: implied by the days (a bucket key only grows with the day), so no
 * row changes, but it lets the engine walk the site's month index
 * (core migration 0043) in bucket order for a report by month and aggregate
 * each month as it comes, instead of sorting every row of the period for
 * GROUP BY (half the time of a year at a million rows, docs/reports.md).
 */
function scopeWhere(eb: Eb, scope: ReportScope): Bool {
  const bucket = bucketColumn(scope.bucket);
  const parts: Bool[] = [
    eb('received_day', '>=', scope.period.firstDay),
    eb('received_day', '<=', scope.period.lastDay),
    eb(bucket, '>=', periodKeyOf(scope.bucket, scope.period.firstDay)),
    eb(bucket, '<=', periodKeyOf(scope.bucket, scope.period.lastDay)),
  ];
  if (scope.siteId !== undefined) parts.push(eb('site_id', '=', scope.siteId));
  if (scope.unit !== undefined) parts.push(eb('unit', '=', scope.unit));
  return eb.and(parts);
}

/** `asOf` less `hours`: "`from` + hours is past asOf" is "`from` is before this", a text comparison on both engines. */
function minusHours(asOf: string, hours: number): string {
  return new Date(Date.parse(asOf) - hours * 3_600_000).toISOString();
}

interface CompileEnv {
  dialect: ReportDialect;
  scope: ReportScope;
  hours: number | undefined;
}

function condition(eb: Eb, c: Condition, env: CompileEnv): Bool {
  if ('eq' in c) return eb(c.col, '=', c.eq);
  if ('ne' in c) return eb(c.col, '<>', c.ne);
  if ('gt' in c) return eb(c.col, '>', c.gt);
  if ('notNull' in c) return eb(c.notNull, 'is not', null);
  if ('isNull' in c) return eb(c.isNull, 'is', null);
  if ('all' in c) return eb.and(c.all.map((x) => condition(eb, x, env)));
  if ('any' in c) return eb.or(c.any.map((x) => condition(eb, x, env)));
  if ('doneBy' in c) return eb.and([eb(c.doneBy.done, 'is not', null), eb(c.doneBy.done, '<=', eb.ref(c.doneBy.due))]);
  if ('settled' in c) return eb.and([eb(c.settled.due, 'is not', null), eb.or([eb(c.settled.done, 'is not', null), eb(c.settled.due, '<', env.scope.asOf)])]);
  if ('late' in c) {
    const { done, due } = c.late;
    return eb.and([eb(due, 'is not', null), eb.or([eb(done, '>', eb.ref(due)), eb.and([eb(done, 'is', null), eb(due, '<', env.scope.asOf)])])]);
  }
  if ('closedInSamePeriod' in c) return eb(closedColumn(env.scope.bucket), '=', eb.ref(bucketColumn(env.scope.bucket)));
  const spec = 'lagWithin' in c ? c.lagWithin : c.decidedAfterHours;
  const hours = spec.hours === 'param' ? env.hours : spec.hours;
  if (hours === undefined) throw new Error('a measure needs its hours');
  if ('lagWithin' in c) return eb.and([eb(c.lagWithin.lag, 'is not', null), eb(c.lagWithin.lag, '<=', Math.round(hours * 3_600_000))]);
  return eb.or([eb(c.decidedAfterHours.to, 'is not', null), eb(c.decidedAfterHours.from, '<', minusHours(env.scope.asOf, hours))]);
}

function aggregate(eb: Eb, a: Aggregate, env: CompileEnv) {
  if ('count' in a) return a.count === 'all' ? eb.fn.countAll() : eb.fn.sum(eb.case().when(condition(eb, a.count, env)).then(1).else(0).end());
  return a.where ? eb.fn.sum(eb.case().when(condition(eb, a.where, env)).then(eb.ref(a.sum)).end()) : eb.fn.sum(a.sum);
}

/** Column names of a measure's numerator and denominator in the answer. */
export const numeratorAlias = (id: string) => `${id}__n`;
export const denominatorAlias = (id: string) => `${id}__d`;

/**
 * One row per group (each `bucket` period, or each site) with every measure's
 * numerator and denominator: the raw whole numbers compute.ts turns into
 * values. Grouped by `groupBy`: the trend (bucket) or the site comparison.
 */
export function measuresQuery(dialect: ReportDialect, refs: readonly MeasureRef[], scope: ReportScope, groupBy: 'bucket' | 'site' = 'bucket'): CompiledQuery {
  const group = groupBy === 'bucket' ? bucketColumn(scope.bucket) : 'site_id';
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select((eb) => {
      const columns: AliasedExpression<unknown, string>[] = [eb.ref(group).as('group_key')];
      for (const ref of refs) {
        const spec: MeasureSpec = MEASURES[ref.measure as MeasureId];
        const env: CompileEnv = { dialect, scope, hours: ref.hours };
        columns.push(aggregate(eb, spec.numerator, env).as(numeratorAlias(ref.measure)));
        if (spec.denominator) columns.push(aggregate(eb, spec.denominator, env).as(denominatorAlias(ref.measure)));
      }
      return columns;
    })
    .where((eb) => scopeWhere(eb, scope))
    .groupBy(group)
    .orderBy(group)
    .compile();
}

/** Counts per dimension value and bucket (null values form their own group). */
export function dimensionQuery(dialect: ReportDialect, dimension: DimensionId, scope: ReportScope): CompiledQuery {
  const spec = DIMENSIONS[dimension];
  const bucket = bucketColumn(scope.bucket);
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select((eb) => [
      eb.ref(spec.column).as('value'),
      ('labelColumn' in spec ? eb.fn.max(spec.labelColumn) : sql.lit(null)).as('label'),
      eb.ref(bucket).as('bucket'),
      eb.fn.countAll().as('n'),
    ])
    .where((eb) => scopeWhere(eb, scope))
    .groupBy([spec.column, bucket])
    .orderBy(spec.column)
    .orderBy(bucket)
    .compile();
}

/** The cell a drill-down opens: a dimension's value (null: the unstated group) and/or one bucket. */
export interface Cell {
  dimension?: DimensionId | undefined;
  value?: string | null | undefined;
  bucket?: string | undefined;
}

/** Keyset position: after this (received_at, site_id, complaint_id). */
export interface After {
  receivedAt: string;
  siteId: string;
  complaintId: string;
}

export const CASE_COLUMNS = ['site_id', 'complaint_id', 'serial', 'kind', 'channel', 'status', 'class_code', 'category', 'cause', 'validity', 'unit', 'handler_name', 'received_at', 'closed_at', 'due_at'] as const;

function cellWhere(eb: Eb, scope: ReportScope, cell: Cell): Bool {
  const parts: Bool[] = [scopeWhere(eb, scope)];
  if (cell.dimension) {
    const column = DIMENSIONS[cell.dimension].column;
    parts.push(cell.value === null || cell.value === undefined ? eb(column, 'is', null) : eb(column, '=', cell.value));
  }
  if (cell.bucket !== undefined) parts.push(eb(bucketColumn(scope.bucket), '=', cell.bucket));
  return eb.and(parts);
}

/** The cases behind a cell, oldest first, a page at a time. */
export function drillDownQuery(dialect: ReportDialect, scope: ReportScope, cell: Cell, after: After | null, limit: number): CompiledQuery {
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select([...CASE_COLUMNS])
    .where((eb) => {
      const where = cellWhere(eb, scope, cell);
      if (!after) return where;
      return eb.and([
        where,
        eb.or([
          eb('received_at', '>', after.receivedAt),
          eb.and([eb('received_at', '=', after.receivedAt), eb.or([eb('site_id', '>', after.siteId), eb.and([eb('site_id', '=', after.siteId), eb('complaint_id', '>', after.complaintId)])])]),
        ]),
      ]);
    })
    .orderBy('received_at')
    .orderBy('site_id')
    .orderBy('complaint_id')
    .limit(limit)
    .compile();
}

export function drillDownCountQuery(dialect: ReportDialect, scope: ReportScope, cell: Cell): CompiledQuery {
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => cellWhere(eb, scope, cell))
    .compile();
}

/** Open records past their earliest deadline as of `asOf`, most overdue first (any received day). */
export function overdueQuery(dialect: ReportDialect, filter: { asOf: string; siteId?: string | undefined; unit?: string | undefined }, limit: number): CompiledQuery {
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select([...CASE_COLUMNS])
    .where((eb) => overdueWhere(eb, filter))
    .orderBy('due_at')
    .orderBy('complaint_id')
    .limit(limit)
    .compile();
}

function overdueWhere(eb: Eb, filter: { asOf: string; siteId?: string | undefined; unit?: string | undefined }): Bool {
  const parts: Bool[] = [eb('status', 'in', [...OPEN_STATUSES]), eb('due_at', '<', filter.asOf)];
  if (filter.siteId !== undefined) parts.push(eb('site_id', '=', filter.siteId));
  if (filter.unit !== undefined) parts.push(eb('unit', '=', filter.unit));
  return eb.and(parts);
}

/** How many open records are overdue, per site, unit and handler. */
export function overdueSummaryQuery(dialect: ReportDialect, filter: { asOf: string; siteId?: string | undefined; unit?: string | undefined }): CompiledQuery {
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select((eb) => ['site_id', 'unit', 'handler_id', eb.fn.max('handler_name').as('handler_name'), eb.fn.countAll().as('n'), eb.fn.min('due_at').as('oldest_due')])
    .where((eb) => overdueWhere(eb, filter))
    .groupBy(['site_id', 'unit', 'handler_id'])
    .orderBy('site_id')
    .orderBy('unit')
    .orderBy('handler_id')
    .compile();
}

/**
 * How many open records have been escalated at least once, per site — head
 * office's overview (issue 20 item 13); closed ones no longer need anyone.
 */
export function escalatedSummaryQuery(dialect: ReportDialect): CompiledQuery {
  return COMPILERS[dialect]
    .selectFrom('report_complaints')
    .select((eb) => ['site_id', eb.fn.countAll().as('n')])
    .where('status', 'in', [...OPEN_STATUSES])
    .where('escalations', '>', 0)
    .groupBy('site_id')
    .orderBy('site_id')
    .compile();
}
