import { z } from 'zod';
import { choiceNoteSchema } from '../sources/choice-note';
import { WORKFLOW_ACTIONS } from '../domain/workflow';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const source = z.string().min(3);

/**
 * What a record field holds. A value is always sent and stored as text; the core reads it by its kind
 * (record-field-value.ts): a number with the source's unit, a calendar day, a moment, one of the
 * source's options, or a mainland licence plate (车牌号).
 */
export const recordFieldKindSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), maxLength: z.number().int().positive().max(4000).default(200) }).strict(),
  z.object({ type: z.literal('number'), unit: text, min: z.number().optional(), max: z.number().optional() }).strict(),
  z.object({ type: z.literal('date') }).strict(),
  z.object({ type: z.literal('datetime') }).strict(),
  z
    .object({
      type: z.literal('choice'),
      options: z.array(z.object({ code: z.string().regex(/^[a-z0-9_.-]+$/), label: text }).strict()).min(2),
    })
    .strict(),
  z.object({ type: z.literal('plate') }).strict(),
]);
export type RecordFieldKind = z.infer<typeof recordFieldKindSchema>;
export const RECORD_FIELD_TYPES = recordFieldKindSchema.options.map((option) => option.shape.type.value);

/** Where a field is asked: on the intake form, or on the form of one workflow step. */
export const RECORD_FIELD_STEPS = ['intake', ...WORKFLOW_ACTIONS] as const;
export type RecordFieldStep = (typeof RECORD_FIELD_STEPS)[number];

/**
 * One field the organisation's register or record card asks for beyond what every complaint holds
 * (seed002 客户管理制度12 第四条: 投诉人车牌号). `at` names the form that asks it; a required field
 * must be filled before that step is taken, and the step is refused naming it.
 */
export const recordFieldSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    label: text,
    kind: recordFieldKindSchema,
    at: z.enum(RECORD_FIELD_STEPS),
    required: z.boolean().default(true),
    /** A customer's personal data (寄递用户信息 第三条: 地址): masked like the complaint's own personal fields. */
    personal: z.literal('address').optional(),
    source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();
export type RecordField = z.infer<typeof recordFieldSchema>;

export const recordFieldsSchema = z.array(recordFieldSchema).min(1);

/** Field ids given twice, choice options given twice, a number's range upside down. */
export function recordFieldIssues(fields: readonly RecordField[]) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  fields.forEach((field, i) => {
    if (ids.has(field.id)) issues.push({ path: ['recordFields', i, 'id'], message: `record field ${field.id} given twice` });
    ids.add(field.id);
    const { kind } = field;
    if (kind.type === 'choice' && new Set(kind.options.map((o) => o.code)).size !== kind.options.length) {
      issues.push({ path: ['recordFields', i, 'kind', 'options'], message: 'option codes must be unique' });
    }
    if (kind.type === 'number' && kind.min !== undefined && kind.max !== undefined && kind.min > kind.max) {
      issues.push({ path: ['recordFields', i, 'kind'], message: 'min must not exceed max' });
    }
  });
  return issues;
}
