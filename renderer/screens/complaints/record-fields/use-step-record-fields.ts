import { useState } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { recordFieldsAt } from '../../../../shared/rules/record-field-value';
import type { RecordField } from '../../../../shared/rules/record-fields-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { toDateTimeLocal } from '../../../lib/zoned-time';
import { useGradePack } from '../grading/use-grade-pack';
import { recordFieldsInput } from './record-fields-model';
import { useRecordFieldErrors } from './use-record-field-errors';

/** What the complaint already holds for these fields, as the form shows it (a personal value is masked, so it is not offered back). */
function heldTexts(fields: readonly RecordField[], complaint: ComplaintDetail, timeZone: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of fields) {
    const held = complaint.recordFields.find((f) => f.id === field.id)?.value;
    if (held) texts[field.id] = field.kind.type === 'datetime' ? toDateTimeLocal(new Date(held), timeZone) : held;
  }
  return texts;
}

/** The record fields the complaint's pack asks at one step (the car dealer's judgements when a case is assigned), with their values and errors. */
export function useStepRecordFields(complaint: ComplaintDetail, action: WorkflowAction) {
  const timeZone = useTimeZone();
  const pack = useGradePack(complaint.grade);
  const fields = recordFieldsAt(pack?.recordFields, action);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const values = { ...heldTexts(fields, complaint, timeZone), ...typed };
  const errors = useRecordFieldErrors(fields, timeZone);
  const set = (id: string, value: string) => {
    setTyped((v) => ({ ...v, [id]: value }));
    errors.clear(id);
  };
  return { fields, values, errors: errors.errors, set, check: () => errors.check(values), input: () => recordFieldsInput(fields, values, timeZone), fromIssues: errors.fromIssues };
}

export type StepRecordFields = ReturnType<typeof useStepRecordFields>;
