import { ApiError } from '../../../shared/api/errors';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { User } from '../../../shared/api/users';
import { assembleReport, measureHeads, toCase } from '../../../shared/reports/compute';
import { definitionsForPack } from '../../../shared/reports/definitions';
import type { ReportDefinition } from '../../../shared/reports/definition-schema';
import type { DimensionId } from '../../../shared/reports/dimensions';
import { bucketKeys, localDay } from '../../../shared/reports/period';
import { dimensionQuery, drillDownCountQuery, drillDownQuery, measuresQuery, overdueQuery, overdueSummaryQuery, type ReportScope } from '../../../shared/reports/report-sql-repository';
import type { ReportResult } from '../../../shared/reports/result';
import type { ReadDb } from '../db/handles';
import { readSite } from '../site/site';
import { unitInScope, visibilityOf, visibleUnits } from './access';
import { checkedBucket, checkedPeriod } from './period-check';
import { overdueChecklistActions, overdueCorrectiveActions, overdueExtensionRequests, runCompiled, siteIdOf, type OpenItemRow } from './report-repository';

type ScopeInput = ApiParsedInput<'reports.run'>;

/** The definitions this site offers: its rule pack's and the general ones. */
export function siteDefinitions(db: ReadDb): ReportDefinition[] {
  return definitionsForPack(readSite(db)?.rulePack ?? null);
}

export function listDefinitions(db: ReadDb, user: User, now: Date): ApiOutput<'reports.definitions'> {
  const visibility = visibilityOf(user);
  return {
    definitions: siteDefinitions(db).map((d) => ({ ...d, heads: measureHeads(d) })),
    units: visibleUnits(db, visibility),
    restrictedUnit: visibility.restrictedUnit,
    today: localDay(now),
  };
}

/** Checks everything a request names before anything is counted: the user's rights, the report, the period, the bucket, the unit. */
function checkedScope(db: ReadDb, user: User, input: ScopeInput, now: Date): { definition: ReportDefinition; scope: ReportScope; buckets: string[] } {
  const visibility = visibilityOf(user);
  const definition = siteDefinitions(db).find((d) => d.id === input.definitionId);
  if (!definition) throw ApiError.because('NOT_FOUND', 'reports.errors.unknownReport', { id: input.definitionId }, 'definitionId');
  const period = checkedPeriod(input.period, now, definition.periods);
  const bucket = checkedBucket(period, input.bucket);
  const unit = unitInScope(db, visibility, input.unit);
  const siteId = siteIdOf(db) ?? '';
  return { definition, scope: { period, bucket, asOf: now.toISOString(), siteId, unit }, buckets: bucketKeys(period, bucket) };
}

export function runReport(db: ReadDb, user: User, input: ScopeInput, now: Date): ReportResult {
  const { definition, scope, buckets } = checkedScope(db, user, input, now);
  return computeSiteReport(db, definition, scope, buckets);
}

/**
 * A definition over a checked scope on the site's SQLite. The site holds no
 * premium or policy counts (head office enters them): those values stay empty.
 */
export function computeSiteReport(db: ReadDb, definition: ReportDefinition, scope: ReportScope, buckets: string[]): ReportResult {
  const raw = {
    measures: runCompiled(db, measuresQuery('sqlite', definition.measures, scope)),
    dimensions: (definition.dimensions as DimensionId[]).map((dimension) => ({ dimension, rows: runCompiled(db, dimensionQuery('sqlite', dimension, scope)) })),
  };
  const frame = { definition, period: scope.period, bucket: scope.bucket, buckets, asOf: scope.asOf, siteId: scope.siteId ?? null, unit: scope.unit ?? null };
  return assembleReport(frame, raw, () => undefined);
}

export function reportCases(db: ReadDb, user: User, input: ApiParsedInput<'reports.cases'>, now: Date): ApiOutput<'reports.cases'> {
  const { definition, scope, buckets } = checkedScope(db, user, input, now);
  const cell = { dimension: input.cell.dimension as DimensionId | undefined, value: input.cell.value, bucket: input.cell.bucket };
  if (cell.dimension && !definition.dimensions.includes(cell.dimension)) throw ApiError.because('VALIDATION', 'reports.errors.dimensionNotOffered', { dimension: cell.dimension }, 'cell.dimension');
  if (cell.bucket !== undefined && !buckets.includes(cell.bucket)) throw ApiError.because('VALIDATION', 'reports.errors.bucketNotInPeriod', { bucket: cell.bucket }, 'cell.bucket');
  const rows = runCompiled(db, drillDownQuery('sqlite', scope, cell, input.after ?? null, input.limit + 1));
  const more = rows.length > input.limit;
  const cases = rows.slice(0, input.limit).map((r) => toCase(r as Parameters<typeof toCase>[0]));
  const last = cases.at(-1);
  const total = input.after ? null : Number(runCompiled(db, drillDownCountQuery('sqlite', scope, cell))[0]?.n ?? 0);
  return { cases, total, next: more && last ? { receivedAt: last.receivedAt, siteId: last.siteId, complaintId: last.complaintId } : null };
}

/** Most overdue complaints listed at once; the summary counts them all. */
const OVERDUE_LIST_LIMIT = 200;

export function overdueItems(db: ReadDb, user: User, input: ApiParsedInput<'reports.overdue'>, now: Date): ApiOutput<'reports.overdue'> {
  const unit = unitInScope(db, visibilityOf(user), input.unit);
  const asOf = now.toISOString();
  const filter = { asOf, siteId: siteIdOf(db) ?? '', unit };
  const summary = runCompiled(db, overdueSummaryQuery('sqlite', filter)).map((r) => ({
    siteId: String(r.site_id),
    unit: r.unit === null ? null : String(r.unit),
    handlerId: r.handler_id === null ? null : String(r.handler_id),
    handlerName: r.handler_name === null ? null : String(r.handler_name),
    count: Number(r.n),
    oldestDue: String(r.oldest_due),
  }));
  const cases = runCompiled(db, overdueQuery('sqlite', filter, OVERDUE_LIST_LIMIT)).map((r) => toCase(r as Parameters<typeof toCase>[0]));
  const item = (kind: 'capa' | 'checklistAction' | 'extension') => (r: OpenItemRow) => ({ kind, id: r.id, ref: r.ref, title: r.title, ownerName: r.owner_name, unit: r.unit, dueAt: r.due_at, complaintId: r.complaint_id });
  return {
    complaints: { asOf, summary, cases },
    items: [
      ...overdueCorrectiveActions(db, asOf, unit).map(item('capa')),
      ...overdueChecklistActions(db, asOf, unit).map(item('checklistAction')),
      ...overdueExtensionRequests(db, asOf, unit).map(item('extension')),
    ],
  };
}
