import { ApiError } from '../../../shared/api/errors';
import { dueDate } from '../../../shared/reports/compute';
import type { PeriodNarrativeKind } from '../../../shared/reports/narrative/kind-schema';
import { bucketKeys, type Period } from '../../../shared/reports/period';
import type { ReportResult } from '../../../shared/reports/result';
import type { ReadDb } from '../db/handles';
import { checkedBucket, computeSiteReport, siteDefinitions, siteIdOf } from '../reports';

/**
 * A narrative report's numbers: its kind's definition, narrowed to the
 * measures and tables the kind embeds, computed over the whole site for the
 * period as of `asOf` by the same SQL as the 报表 page. The due date is the
 * narrative kind's own (its source may set one the statistic does not).
 */
export function narrativeStatistics(db: ReadDb, kind: PeriodNarrativeKind, period: Period, asOf: string): ReportResult {
  const definition = siteDefinitions(db).find((d) => d.id === kind.statistics.definitionId);
  if (!definition) throw ApiError.because('NOT_FOUND', 'reports.errors.unknownReport', { id: kind.statistics.definitionId });
  const narrowed = {
    ...definition,
    measures: definition.measures.filter((m) => kind.statistics.measures.includes(m.measure)),
    dimensions: definition.dimensions.filter((d) => kind.statistics.dimensions.includes(d)),
  };
  const bucket = checkedBucket(period, undefined);
  const result = computeSiteReport(db, narrowed, { period, bucket, asOf, siteId: siteIdOf(db) ?? '', unit: undefined }, bucketKeys(period, bucket));
  return { ...result, dueDate: dueDate(kind.due, period) };
}
