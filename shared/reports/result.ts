import { z } from 'zod';
import { PERIOD_KINDS } from './period';

/** A measure's value for one group: the whole numbers it came from, and the value the screens show. */
export const measureValueSchema = z.object({
  numerator: z.number(),
  denominator: z.number().nullable(),
  /** count: a number; rate: 0–1; mean: working days; perHundredMillion: per 10⁸. Null: nothing to divide by, or a missing reference quantity. */
  value: z.number().nullable(),
  /** Against the definition's target; null without a target or a value. */
  met: z.boolean().nullable(),
});
export type MeasureValue = z.infer<typeof measureValueSchema>;

const valuesSchema = z.record(z.string(), measureValueSchema);

export const periodSchema = z.object({ kind: z.enum(PERIOD_KINDS), key: z.string(), firstDay: z.string(), lastDay: z.string() });

export const measureHeadSchema = z.object({
  measure: z.string(),
  kind: z.enum(['count', 'rate', 'mean', 'perHundredMillion']),
  label: z.object({ zh: z.string(), en: z.string() }),
  note: z.object({ zh: z.string(), en: z.string() }),
  source: z.string(),
  hours: z.number().nullable(),
  target: z.object({ op: z.enum(['gte', 'lte']), value: z.number(), source: z.string() }).nullable(),
});
export type MeasureHead = z.infer<typeof measureHeadSchema>;

export const dimensionTableSchema = z.object({
  dimension: z.string(),
  source: z.string(),
  rows: z.array(
    z.object({
      /** Null: records that do not state it (未注明). */
      value: z.string().nullable(),
      /** A readable name where the value is an id (a handler's name). */
      label: z.string().nullable(),
      /** Count per bucket key, in `buckets` order. */
      counts: z.array(z.number().int()),
      total: z.number().int(),
      /** Share of the table's total, 0–1. */
      share: z.number(),
    }),
  ),
  /** Per bucket, and overall. */
  bucketTotals: z.array(z.number().int()),
  total: z.number().int(),
});
export type DimensionTable = z.infer<typeof dimensionTableSchema>;

export const reportResultSchema = z.object({
  definitionId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  source: z.string(),
  period: periodSchema,
  bucket: z.enum(PERIOD_KINDS),
  /** Every bucket key of the period, in order (a bucket with no record shows zeros). */
  buckets: z.array(z.string()),
  asOf: z.string(),
  siteId: z.string().nullable(),
  unit: z.string().nullable(),
  /** When the report is due under its source (null: the source sets no day). */
  dueDate: z.string().nullable(),
  measures: z.array(measureHeadSchema),
  rows: z.array(z.object({ key: z.string(), values: valuesSchema })),
  total: valuesSchema,
  tables: z.array(dimensionTableSchema),
});
export type ReportResult = z.infer<typeof reportResultSchema>;

/** One case behind a cell. */
export const reportCaseSchema = z.object({
  siteId: z.string(),
  complaintId: z.string(),
  serial: z.string(),
  kind: z.string(),
  channel: z.string(),
  status: z.string(),
  classCode: z.string().nullable(),
  category: z.string().nullable(),
  cause: z.string().nullable(),
  validity: z.string(),
  unit: z.string().nullable(),
  handlerName: z.string().nullable(),
  receivedAt: z.string(),
  closedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
});
export type ReportCase = z.infer<typeof reportCaseSchema>;

export const casePageSchema = z.object({
  cases: z.array(reportCaseSchema),
  /** Cases behind the cell in all (first page only; null on later pages). */
  total: z.number().int().nullable(),
  /** Pass back as `after` for the next page; null at the end. */
  next: z.object({ receivedAt: z.string(), siteId: z.string(), complaintId: z.string() }).nullable(),
});
export type CasePage = z.infer<typeof casePageSchema>;

export const overdueListSchema = z.object({
  asOf: z.string(),
  /** Per site, unit and handler (owner): how many, and the oldest deadline missed. */
  summary: z.array(z.object({ siteId: z.string(), unit: z.string().nullable(), handlerId: z.string().nullable(), handlerName: z.string().nullable(), count: z.number().int(), oldestDue: z.string() })),
  cases: z.array(reportCaseSchema),
});
export type OverdueList = z.infer<typeof overdueListSchema>;
