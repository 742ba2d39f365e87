import { ApiError } from '../../../shared/api/errors';
import type { ReportDefinition } from '../../../shared/reports/definition-schema';
import { BUCKETS, localDay, parsePeriod, type Period, type PeriodInput, type PeriodKind } from '../../../shared/reports/period';

/**
 * A period a report may be run for: it exists (`2026-13` does not), it has
 * begun by today (a future period has nothing to count), and the definition
 * offers its kind. The current period is allowed: it counts what is there so far.
 */
export function checkedPeriod(input: PeriodInput, now: Date, offered?: ReportDefinition['periods']): Period {
  if (offered && !offered.includes(input.kind)) throw ApiError.because('VALIDATION', 'reports.errors.periodNotOffered', { kind: input.kind }, 'period.kind');
  const period = parsePeriod(input.kind, input.key);
  if (!period) throw ApiError.because('VALIDATION', 'reports.errors.noSuchPeriod', { key: input.key }, 'period.key');
  if (period.firstDay > localDay(now)) throw ApiError.because('VALIDATION', 'reports.errors.futurePeriod', { date: { date: period.firstDay } }, 'period.key');
  return period;
}

export function checkedBucket(period: Period, bucket: PeriodKind | undefined): PeriodKind {
  const offered = BUCKETS[period.kind];
  const chosen = bucket ?? offered[Math.min(1, offered.length - 1)]!;
  if (!offered.includes(chosen)) throw ApiError.because('VALIDATION', 'reports.errors.bucketNotOffered', { bucket: chosen }, 'bucket');
  return chosen;
}
