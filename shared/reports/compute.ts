import type { ReportDefinition, ReportDue, Target } from './definition-schema';
import { DIMENSIONS, type DimensionId } from './dimensions';
import { MEASURES, type MeasureId, type MeasureSpec, type ReferenceQuantity } from './measures';
import { addDays, type Period } from './period';
import { CASE_COLUMNS, denominatorAlias, numeratorAlias } from './report-sql-repository';
import type { DimensionTable, MeasureHead, MeasureValue, ReportCase, ReportResult } from './result';

/**
 * From the whole numbers the queries return to the values the screens show.
 * Pure, shared by the site's core and head office, so both turn the same
 * counts into the same numbers. PostgreSQL returns sums and counts as text
 * (bigint): every cell goes through Number().
 */
type RawRow = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export function measureHeads(definition: ReportDefinition): MeasureHead[] {
  return definition.measures.map((ref) => {
    const spec: MeasureSpec = MEASURES[ref.measure as MeasureId];
    return { measure: ref.measure, kind: spec.kind, label: spec.label, note: spec.note, source: ref.source ?? spec.source, hours: ref.hours ?? null, target: ref.target ?? null };
  });
}

export function meets(target: Target | null, value: number | null): boolean | null {
  if (!target || value === null) return null;
  // Rates are ratios of whole numbers: compare with a tolerance far below one case in a billion.
  return target.op === 'gte' ? value >= target.value - 1e-9 : value <= target.value + 1e-9;
}

/** The values of one group's raw row; `reference` gives the quantity of a perHundredMillion measure (undefined: not entered). */
export function measureValues(heads: readonly MeasureHead[], raw: RawRow, reference: (quantity: ReferenceQuantity) => number | undefined): Record<string, MeasureValue> {
  const out: Record<string, MeasureValue> = {};
  for (const head of heads) {
    const spec: MeasureSpec = MEASURES[head.measure as MeasureId];
    const numerator = num(raw[numeratorAlias(head.measure)]);
    const denominator = spec.denominator ? num(raw[denominatorAlias(head.measure)]) : spec.reference ? (reference(spec.reference) ?? null) : null;
    let value: number | null;
    if (spec.kind === 'count') value = numerator;
    else if (denominator === null || denominator === 0) value = null;
    else if (spec.kind === 'rate') value = numerator / denominator;
    else if (spec.kind === 'mean') value = numerator / denominator / (spec.scale ?? 1);
    else value = (numerator * 1e8) / denominator;
    out[head.measure] = { numerator, denominator, value, met: meets(head.target, value) };
  }
  return out;
}

/** Sums of the groups' raw rows: every measure is a sum, so the period's total is the sum of its buckets. */
export function sumRaw(rows: readonly RawRow[]): RawRow {
  const total: RawRow = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (k !== 'group_key') total[k] = num(total[k]) + num(v);
  return total;
}

/** A period × dimension table from (value, label, bucket, n) rows. */
export function dimensionTable(dimension: DimensionId, buckets: readonly string[], raw: readonly RawRow[]): DimensionTable {
  const index = new Map(buckets.map((b, i) => [b, i]));
  const byValue = new Map<string, { value: string | null; label: string | null; counts: number[] }>();
  for (const row of raw) {
    const value = row.value === null || row.value === undefined ? null : String(row.value);
    const key = value ?? '\u0000';
    let entry = byValue.get(key);
    if (!entry) byValue.set(key, (entry = { value, label: row.label === null || row.label === undefined ? null : String(row.label), counts: buckets.map(() => 0) }));
    const i = index.get(String(row.bucket));
    if (i !== undefined) entry.counts[i]! += num(row.n);
  }
  const bucketTotals = buckets.map((_, i) => [...byValue.values()].reduce((s, e) => s + e.counts[i]!, 0));
  const total = bucketTotals.reduce((a, b) => a + b, 0);
  const rows = [...byValue.values()]
    .map((e) => {
      const rowTotal = e.counts.reduce((a, b) => a + b, 0);
      return { value: e.value, label: e.label, counts: e.counts, total: rowTotal, share: total === 0 ? 0 : rowTotal / total };
    })
    .sort((a, b) => b.total - a.total || (a.value ?? '\uffff').localeCompare(b.value ?? '\uffff'));
  return { dimension, source: DIMENSIONS[dimension].source, rows, bucketTotals, total };
}

/** The day a report of `period` is due under its source, or null when the source sets none. */
export function dueDate(due: ReportDue, period: Period): string | null {
  if (due.kind === 'notStated') return null;
  if (due.kind === 'nextDay') return addDays(period.lastDay, 1);
  const next = addDays(period.lastDay, 1);
  return `${next.slice(0, 8)}${String(due.day).padStart(2, '0')}`;
}

type CaseRow = Record<(typeof CASE_COLUMNS)[number], unknown>;

export function toCase(row: CaseRow): ReportCase {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    siteId: String(row.site_id),
    complaintId: String(row.complaint_id),
    serial: String(row.serial),
    kind: String(row.kind),
    channel: String(row.channel),
    status: String(row.status),
    classCode: s(row.class_code),
    category: s(row.category),
    cause: s(row.cause),
    validity: String(row.validity),
    unit: s(row.unit),
    handlerName: s(row.handler_name),
    receivedAt: String(row.received_at),
    closedAt: s(row.closed_at),
    dueAt: s(row.due_at),
  };
}

/** Raw rows a report needs, run by the caller on its engine (the site's better-sqlite3, head office's Kysely). */
export interface ReportRaw {
  measures: readonly RawRow[];
  dimensions: readonly { dimension: DimensionId; rows: readonly RawRow[] }[];
}

/** Everything but the rows: which report, period, bucket and scope. */
export interface ReportFrame {
  definition: ReportDefinition;
  period: Period;
  bucket: ReportResultBucket;
  buckets: string[];
  asOf: string;
  siteId: string | null;
  unit: string | null;
}
type ReportResultBucket = ReportResult['bucket'];

/** The report from its raw rows; `reference` answers a bucket key's (or, with null, the whole period's) premium or policies. */
export function assembleReport(frame: ReportFrame, raw: ReportRaw, reference: (key: string | null, quantity: ReferenceQuantity) => number | undefined): ReportResult {
  const heads = measureHeads(frame.definition);
  const byKey = new Map(raw.measures.map((r) => [String(r.group_key), r]));
  return {
    definitionId: frame.definition.id,
    title: frame.definition.title,
    source: frame.definition.source,
    period: frame.period,
    bucket: frame.bucket,
    buckets: frame.buckets,
    asOf: frame.asOf,
    siteId: frame.siteId,
    unit: frame.unit,
    dueDate: dueDate(frame.definition.due, frame.period),
    measures: heads,
    rows: frame.buckets.map((key) => ({ key, values: measureValues(heads, byKey.get(key) ?? {}, (q) => reference(key, q)) })),
    total: measureValues(heads, sumRaw(raw.measures), (q) => reference(null, q)),
    tables: raw.dimensions.map(({ dimension, rows }) => dimensionTable(dimension, frame.buckets, rows)),
  };
}
