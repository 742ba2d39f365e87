import type { FieldIssue } from '../../../../shared/api/errors';
import { readRecordFieldValue, type RecordFieldProblem as ValueProblem } from '../../../../shared/rules/record-field-value';
import type { RecordField } from '../../../../shared/rules/record-fields-schema';
import { fromDateTimeLocal } from '../../../lib/zoned-time';

/** Typed values by field id, as the form holds them (a moment as the date field gives it, in the site's zone). */
export type RecordFieldTexts = Readonly<Record<string, string>>;

/** A problem of one field: the core's reason (recordFields.errors.…) and the field's names, so the form and the core say it alike. */
export interface RecordFieldProblem {
  key: ValueProblem | 'missing';
  params: { fieldZh: string; fieldEn: string };
}

/** The text as the core reads it: a moment typed in the site's zone becomes an instant. */
function sentText(field: RecordField, typed: string, timeZone: string): string {
  if (field.kind.type !== 'datetime') return typed.trim();
  return fromDateTimeLocal(typed, timeZone) ?? typed.trim();
}

/** What the form can tell before sending: a required field left empty, a value not of its kind. */
export function recordFieldProblems(fields: readonly RecordField[], texts: RecordFieldTexts, timeZone: string): Record<string, RecordFieldProblem> {
  const problems: Record<string, RecordFieldProblem> = {};
  for (const field of fields) {
    const typed = texts[field.id]?.trim() ?? '';
    const params = { fieldZh: field.label.zh, fieldEn: field.label.en };
    if (!typed) {
      if (field.required) problems[field.id] = { key: 'missing', params };
      continue;
    }
    const reading = readRecordFieldValue(field.kind, sentText(field, typed, timeZone));
    if (!reading.ok) problems[field.id] = { key: reading.problem, params };
  }
  return problems;
}

/** The values to send: the fields of this form that were filled in. */
export function recordFieldsInput(fields: readonly RecordField[], texts: RecordFieldTexts, timeZone: string): Record<string, string> {
  const input: Record<string, string> = {};
  for (const field of fields) {
    const typed = texts[field.id]?.trim();
    if (typed) input[field.id] = sentText(field, typed, timeZone);
  }
  return input;
}

const PREFIX = 'recordFields.';

/** The core's issues about record fields, by field id, and the others. */
export function splitRecordFieldIssues(issues: readonly FieldIssue[]): { byField: Record<string, FieldIssue>; rest: FieldIssue[] } {
  const byField: Record<string, FieldIssue> = {};
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.path.startsWith(PREFIX)) byField[issue.path.slice(PREFIX.length)] = issue;
    else rest.push(issue);
  }
  return { byField, rest };
}
