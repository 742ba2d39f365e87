import type { RecordFieldValue } from '../../../shared/api/complaints';
import { ApiError } from '../../../shared/api/errors';
import { readRecordFieldValue, recordFieldsAt } from '../../../shared/rules/record-field-value';
import type { RecordField, RecordFieldStep } from '../../../shared/rules/record-fields-schema';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { WriteDb } from '../db/handles';
import { recordedFieldIds, writeRecordFieldValue } from './record-fields-repository';

export interface RecordFieldsAtStep {
  complaintId: string;
  /** The pack the complaint is graded by (the site's, at intake); none: no field is asked. */
  pack: RulePack | null;
  step: RecordFieldStep;
  /** What the form sent, by field id; blank values count as not given. */
  typed: Readonly<Record<string, string>> | undefined;
  at: string;
  userId: string;
}

const names = (field: RecordField) => ({ fieldZh: field.label.zh, fieldEn: field.label.en });

/** The typed values read by their fields' kinds; refused, naming the field, at the first one that is unknown here or not of its kind. */
function readTyped(fields: readonly RecordField[], input: RecordFieldsAtStep): { field: RecordField; value: string }[] {
  const given = Object.entries(input.typed ?? {}).filter(([, typed]) => typed.trim() !== '');
  return given.map(([id, typed]) => {
    const field = fields.find((f) => f.id === id);
    if (!field) throw ApiError.because('VALIDATION', 'recordFields.errors.notAsked', { field: id }, `recordFields.${id}`);
    const reading = readRecordFieldValue(field.kind, typed);
    if (!reading.ok) throw ApiError.because('VALIDATION', `recordFields.errors.${reading.problem}`, names(field), `recordFields.${id}`);
    return { field, value: reading.value };
  });
}

/**
 * Checks and stores the values of the record fields the pack asks at this step, in the step's transaction.
 * A value for a field not asked here, a value not of its kind, or a required field left empty (and not
 * recorded before) is refused naming the field, before anything is written.
 */
export function recordFieldsOfStep(tx: WriteDb, input: RecordFieldsAtStep): void {
  const fields = recordFieldsAt(input.pack?.recordFields, input.step);
  const values = readTyped(fields, input);
  const held = fields.some((f) => f.required) ? recordedFieldIds(tx, input.complaintId) : new Set<string>();
  const missing = fields.find((f) => f.required && !held.has(f.id) && !values.some((v) => v.field.id === f.id));
  if (missing) throw ApiError.because('VALIDATION', 'recordFields.errors.missing', names(missing), `recordFields.${missing.id}`);
  for (const { field, value } of values) {
    writeRecordFieldValue(tx, { complaintId: input.complaintId, fieldId: field.id, value, personal: field.personal ?? null, at: input.at, by: input.userId });
  }
}

/** The stored values as the API returns them: a personal one under `address`, where the masks find it. */
export function recordFieldValuesOf(json: string): RecordFieldValue[] {
  const rows = JSON.parse(json) as { id: string; value: string; personal: 'address' | null }[];
  return rows.map((row) => (row.personal === 'address' ? { id: row.id, value: null, address: row.value } : { id: row.id, value: row.value, address: null }));
}
