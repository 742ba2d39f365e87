import { z } from 'zod';
import { DIMENSION_IDS } from '../reports/dimensions';
import { reportDefinitionObject } from '../reports/definition-schema';
import { PERIOD_KINDS, periodInputSchema } from '../reports/period';
import { casePageSchema, measureHeadSchema, overdueListSchema, periodSchema, reportResultSchema } from '../reports/result';
import { empty, id, str } from './common';
import { method } from './define';

/**
 * The site's 报表 (issue #16): report definitions and their computed tables,
 * the cases behind a cell, overdue items by owner and unit, and planned
 * against done for every schedule. Who may see what is checked in the core
 * (statistics.read: the whole site; statistics.readUnit: one's own unit).
 */
const scopeInput = {
  definitionId: str().min(1).max(64),
  period: periodInputSchema,
  bucket: z.enum(PERIOD_KINDS).optional(),
  /** One unit; absent: the whole site (a unit-only reader gets their own unit). */
  unit: str().trim().min(1).max(100).optional(),
};

export const reportDefinitionViewSchema = reportDefinitionObject.extend({ heads: z.array(measureHeadSchema) });

export const cellSchema = z
  .object({
    dimension: z.enum(DIMENSION_IDS as [string, ...string[]]).optional(),
    /** Null: the cases that do not state the dimension (未注明). */
    value: str().max(200).nullable().optional(),
    bucket: str().max(10).optional(),
  })
  .strict();

export const openItemSchema = z.object({
  kind: z.enum(['capa', 'checklistAction', 'extension']),
  id: z.string(),
  /** The complaint's serial, or the checklist template's id. */
  ref: z.string(),
  title: z.string(),
  ownerName: z.string().nullable(),
  unit: z.string().nullable(),
  dueAt: z.string(),
  complaintId: z.string().nullable(),
});
export type OpenItem = z.infer<typeof openItemSchema>;

export const cadenceScheduleSchema = z.object({
  /** A template id, or `opinion-book` for the daily check. */
  id: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  kind: z.string(),
  source: z.string(),
  planned: z.number().int(),
  done: z.number().int(),
  missed: z.number().int(),
  open: z.number().int(),
  occurrences: z.array(z.object({ from: z.string(), to: z.string(), dueBy: z.string(), required: z.number().int(), done: z.number().int(), status: z.enum(['done', 'missed', 'open']) })),
});
export type CadenceSchedule = z.infer<typeof cadenceScheduleSchema>;

export const reportsApi = {
  'reports.definitions': method({
    input: empty,
    output: z.object({
      definitions: z.array(reportDefinitionViewSchema),
      /** Units this user may choose; a unit-only reader sees just their own. */
      units: z.array(z.string()),
      restrictedUnit: z.string().nullable(),
      /** The site's day (Asia/Shanghai), to offer the current periods. */
      today: z.string(),
    }),
    access: 'signed-in',
    writes: false,
  }),
  'reports.run': method({ input: z.object(scopeInput).strict(), output: reportResultSchema, access: 'signed-in', writes: false }),
  'reports.cases': method({
    input: z
      .object({
        ...scopeInput,
        cell: cellSchema,
        after: z.object({ receivedAt: str().max(40), siteId: id, complaintId: id }).strict().optional(),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: casePageSchema,
    access: 'signed-in',
    writes: false,
  }),
  'reports.overdue': method({
    input: z.object({ unit: scopeInput.unit }).strict(),
    output: z.object({ complaints: overdueListSchema, items: z.array(openItemSchema) }),
    access: 'signed-in',
    writes: false,
  }),
  'reports.cadence': method({
    input: z.object({ period: periodInputSchema }).strict(),
    output: z.object({ period: periodSchema, today: z.string(), schedules: z.array(cadenceScheduleSchema) }),
    access: 'signed-in',
    writes: false,
  }),
};
