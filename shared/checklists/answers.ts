import { z } from 'zod';

/**
 * A record's answers: item id → value. The value's shape follows the item's kind:
 *
 * | kind        | value                                                        |
 * |-------------|--------------------------------------------------------------|
 * | passFail    | 'pass' (合格) / 'fail' (不合格) / 'na' (不适用)               |
 * | yesNo       | true (是) / false (否)                                       |
 * | number      | a number (a `partScore` item: the section's score, 0–100)    |
 * | text        | a string                                                     |
 * | date        | 'yyyy-mm-dd' (a calendar date in Asia/Shanghai)              |
 * | dateTime    | an ISO 8601 instant                                          |
 * | choice      | the chosen option's `value`                                  |
 * | photo       | the attached photos, each naming the evidence it shows       |
 * | signature   | who signed and when                                          |
 * | table       | rows, each a map column id → value of the column's kind      |
 *
 * An item left out (or null) is unanswered.
 */
export const PASS_FAIL_VALUES = ['pass', 'fail', 'na'] as const;
export type PassFailAnswer = (typeof PASS_FAIL_VALUES)[number];

export const photoRefSchema = z
  .object({
    attachmentId: z.string().min(1),
    /** The zh label of the item's `evidence` entry this photo shows (e.g. 车头), if any. */
    evidence: z.string().optional(),
  })
  .strict();
export type PhotoRef = z.infer<typeof photoRefSchema>;

export const signatureAnswerSchema = z.object({ name: z.string().trim().min(1), signedAt: z.string().min(1) }).strict();
export type SignatureAnswer = z.infer<typeof signatureAnswerSchema>;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(photoRefSchema), signatureAnswerSchema, z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const tableRowSchema = z.record(z.string(), cellValueSchema);
export type TableRow = z.infer<typeof tableRowSchema>;

export const answerValueSchema = z.union([cellValueSchema, z.array(tableRowSchema)]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** A table item's rows, or null when the value is not rows. (A photo list would pass a type guard: its refs are records too.) */
export function tableRows(value: AnswerValue | CellValue | undefined): TableRow[] | null {
  if (!Array.isArray(value) || !value.every((row) => typeof row === 'object' && row !== null && !('attachmentId' in row))) return null;
  return value as TableRow[];
}

/** A photo item's (or cell's) photos, or null when the value is not photos. */
export function photoRefs(value: AnswerValue | CellValue | undefined): PhotoRef[] | null {
  if (!Array.isArray(value) || !value.every((ref) => typeof ref === 'object' && ref !== null && 'attachmentId' in ref)) return null;
  return value as PhotoRef[];
}
