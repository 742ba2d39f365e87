import type { Kysely } from 'kysely';
import { assembleReport, measureHeads, measureValues, toCase } from '../../shared/reports/compute';
import { findReportDefinition, REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import type { ReportDefinition } from '../../shared/reports/definition-schema';
import type { DimensionId } from '../../shared/reports/dimensions';
import type { ReferenceQuantity } from '../../shared/reports/measures';
import { BUCKETS, addDays, bucketKeys, localDay, parsePeriod, periodOf, type Period, type PeriodKind } from '../../shared/reports/period';
import { dimensionQuery, drillDownCountQuery, drillDownQuery, escalatedSummaryQuery, measuresQuery, overdueQuery, overdueSummaryQuery, type Cell, type ReportScope } from '../../shared/reports/report-sql-repository';
import type { CasePage } from '../../shared/reports/result';
import { STALE_SYNC_MS, type ConsoleReportResult, type OverviewResponse, type SiteSyncState } from '../../shared/sync/console-reports-api';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { failedVetoChecklists } from '../services/veto-failures';
import { dialectOf, listReportSites, referenceRows, runCompiled, siteExists, siteSyncState } from './report-repository';

/**
 * Head office's reports: the sites' definitions over every site's report rows
 * (or one site's), on PostgreSQL or SQLite, with the same compiled queries
 * and the same arithmetic as the site (shared/reports). Bad input — an
 * unknown report, site or bucket, a period that does not exist or has not
 * begun — is refused before anything is counted.
 */
export function checkedPeriod(kind: PeriodKind, key: string, now: Date, offered?: readonly PeriodKind[]): Period {
  if (offered && !offered.includes(kind)) throw new SyncHttpError(400, 'invalid_body', `该报表不按「${kind}」统计 / this report is not made per ${kind}`);
  const period = parsePeriod(kind, key);
  if (!period) throw new SyncHttpError(400, 'invalid_body', `没有这个统计期：${key} / no such period: ${key}`);
  if (period.firstDay > localDay(now)) throw new SyncHttpError(400, 'invalid_body', `统计期 ${key} 尚未开始 / the period ${key} has not begun`);
  return period;
}

interface ScopeQuery {
  definitionId: string;
  kind: PeriodKind;
  key: string;
  bucket?: PeriodKind | undefined;
  siteId?: string | undefined;
}

async function checkedScope(db: Kysely<ServerDatabase>, query: ScopeQuery, now: Date) {
  const definition = findReportDefinition(query.definitionId);
  if (!definition) throw new SyncHttpError(404, 'not_found', `没有这个报表：${query.definitionId} / no such report`);
  const period = checkedPeriod(query.kind, query.key, now, definition.periods);
  const bucket = query.bucket ?? BUCKETS[period.kind][Math.min(1, BUCKETS[period.kind].length - 1)]!;
  if (!BUCKETS[period.kind].includes(bucket)) throw new SyncHttpError(400, 'invalid_body', `「${period.kind}」不能按「${bucket}」细分 / cannot break a ${period.kind} into ${bucket}`);
  if (query.siteId !== undefined && !(await siteExists(db, query.siteId))) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
  const scope: ReportScope = { period, bucket, asOf: now.toISOString(), siteId: query.siteId };
  return { definition, scope, buckets: bucketKeys(period, bucket) };
}

export async function headOfficeReport(db: Kysely<ServerDatabase>, query: ScopeQuery, now: Date): Promise<ConsoleReportResult> {
  const { definition, scope, buckets } = await checkedScope(db, query, now);
  return computeHeadOfficeReport(db, definition, scope, buckets);
}

/** A definition over a checked scope; premium and policies from head office's entries (per site; across sites, only when every site counted has one). */
export async function computeHeadOfficeReport(db: Kysely<ServerDatabase>, definition: ReportDefinition, scope: ReportScope, buckets: string[]): Promise<ConsoleReportResult> {
  const dialect = dialectOf(db);
  const measures = await runCompiled(db, measuresQuery(dialect, definition.measures, scope));
  const dimensions = [];
  for (const dimension of definition.dimensions as DimensionId[]) dimensions.push({ dimension, rows: await runCompiled(db, dimensionQuery(dialect, dimension, scope)) });
  const perSiteRaw = await runCompiled(db, measuresQuery(dialect, definition.measures, scope, 'site'));
  const counted = perSiteRaw.map((r) => String(r.group_key));
  const wantsReference = measureHeads(definition).some((h) => h.kind === 'perHundredMillion');
  const refs = wantsReference ? await referenceRows(db, scope.bucket, buckets, scope.siteId) : [];
  const periodRefs = wantsReference ? await referenceRows(db, scope.period.kind, [scope.period.key], scope.siteId) : [];
  const lookup = (rows: typeof refs, sites: readonly string[]) => (key: string, quantity: ReferenceQuantity) => {
    const values = sites.map((site) => rows.find((r) => r.site_id === site && r.period_key === key)?.[quantity] ?? null);
    return sites.length > 0 && values.every((v) => v !== null) ? values.reduce<number>((a, v) => a + v!, 0) : undefined;
  };
  const reference = (key: string | null, quantity: ReferenceQuantity) => (key === null ? lookup(periodRefs, counted)(scope.period.key, quantity) : lookup(refs, counted)(key, quantity));
  const frame = { definition, period: scope.period, bucket: scope.bucket, buckets, asOf: scope.asOf, siteId: scope.siteId ?? null, unit: null };
  const result = assembleReport(frame, { measures, dimensions }, reference);
  const heads = result.measures;
  const perSite = perSiteRaw.map((raw) => {
    const site = String(raw.group_key);
    return { siteId: site, values: measureValues(heads, raw, (q) => lookup(periodRefs, [site])(scope.period.key, q)) };
  });
  return { ...result, perSite };
}

export async function headOfficeCases(
  db: Kysely<ServerDatabase>,
  query: ScopeQuery & { cell: Cell; after: { receivedAt: string; siteId: string; complaintId: string } | null; limit: number },
  now: Date,
): Promise<CasePage> {
  const { definition, scope, buckets } = await checkedScope(db, query, now);
  if (query.cell.dimension && !definition.dimensions.includes(query.cell.dimension)) throw new SyncHttpError(400, 'invalid_body', '该报表没有这个维度 / the report has no such dimension');
  if (query.cell.bucket !== undefined && !buckets.includes(query.cell.bucket)) throw new SyncHttpError(400, 'invalid_body', '该统计期没有这一段 / no such part of the period');
  const dialect = dialectOf(db);
  const rows = await runCompiled(db, drillDownQuery(dialect, scope, query.cell, query.after, query.limit + 1));
  const cases = rows.slice(0, query.limit).map((r) => toCase(r as Parameters<typeof toCase>[0]));
  const last = cases.at(-1);
  const total = query.after ? null : Number((await runCompiled(db, drillDownCountQuery(dialect, scope, query.cell)))[0]?.n ?? 0);
  return { cases, total, next: rows.length > query.limit && last ? { receivedAt: last.receivedAt, siteId: last.siteId, complaintId: last.complaintId } : null };
}

/** The console's first screen: what needs attention per site, the overdue list, a year's trend, and the sites compared for the period. */
export async function overview(db: Kysely<ServerDatabase>, kind: PeriodKind, key: string, now: Date): Promise<OverviewResponse> {
  const period = checkedPeriod(kind, key, now);
  const dialect = dialectOf(db);
  const asOf = now.toISOString();
  const sites = await listReportSites(db);
  const summary = await runCompiled(db, overdueSummaryQuery(dialect, { asOf }));
  const cases = (await runCompiled(db, overdueQuery(dialect, { asOf }, 50))).map((r) => toCase(r as Parameters<typeof toCase>[0]));
  const escalated = await runCompiled(db, escalatedSummaryQuery(dialect));
  const sync = await siteSyncState(db);
  const vetoFailures = await failedVetoChecklists(db, now);
  const attention = sites.map((site) => {
    const mine = summary.filter((r) => r.site_id === site.id);
    const state = sync.find((s) => s.site_id === site.id);
    const oldest = mine.map((r) => String(r.oldest_due)).sort()[0] ?? null;
    const livePushAt = state?.last_push_at ?? null;
    const lastPushAt = livePushAt ?? state?.any_push_at ?? null;
    return {
      siteId: site.id,
      code: site.code,
      name: site.name,
      overdue: mine.reduce((s, r) => s + Number(r.n), 0),
      escalated: Number(escalated.find((r) => r.site_id === site.id)?.n ?? 0),
      vetoFailures: vetoFailures.filter((f) => f.siteId === site.id).length,
      oldestDue: oldest,
      lastPushAt,
      // Only a live device keeps a site recent; pushes of a revoked one still mean it synced once.
      sync: lastPushAt === null ? 'never' : syncStateAt(livePushAt, now, 'stale'),
      pending: state?.pending === null || state?.pending === undefined ? null : Number(state.pending),
    };
  });
  const trendPeriod: Period = { kind: 'month', key: `${period.key}-trend`, firstDay: periodOf('month', addDays(period.lastDay, -334)).firstDay, lastDay: period.lastDay };
  const trendScope: ReportScope = { period: trendPeriod, bucket: 'month', asOf };
  const trendRaw = await runCompiled(db, measuresQuery(dialect, [{ measure: 'received' }, { measure: 'complaints' }], trendScope));
  const trend = bucketKeys(trendPeriod, 'month').map((k) => {
    const row = trendRaw.find((r) => String(r.group_key) === k);
    return { key: k, received: Number(row?.received__n ?? 0), complaints: Number(row?.complaints__n ?? 0) };
  });
  const general = REPORT_DEFINITIONS.find((d) => d.id === 'general-statistics')!;
  const bucket = BUCKETS[period.kind][Math.min(1, BUCKETS[period.kind].length - 1)]!;
  const comparison = await computeHeadOfficeReport(db, general, { period, bucket, asOf }, bucketKeys(period, bucket));
  return { period, asOf, attention, overdue: { asOf, summary: summary.map(overdueRow), cases }, vetoFailures: vetoFailures.slice(0, 50), trend, comparison };
}

/** On head office's clock, not the site's: a site whose own clock is wrong must not look synced. */
function syncStateAt(lastPushAt: string | null, now: Date, whenNone: SiteSyncState = 'never'): SiteSyncState {
  if (lastPushAt === null) return whenNone;
  return now.getTime() - Date.parse(lastPushAt) > STALE_SYNC_MS ? 'stale' : 'recent';
}

function overdueRow(r: Record<string, unknown>) {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return { siteId: String(r.site_id), unit: s(r.unit), handlerId: s(r.handler_id), handlerName: s(r.handler_name), count: Number(r.n), oldestDue: String(r.oldest_due) };
}
