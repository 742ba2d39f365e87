import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/api/errors';
import type { RecordField } from '../../../../shared/rules/record-fields-schema';
import { reasonText } from '../../../lib/error-text';
import { recordFieldProblems, splitRecordFieldIssues, type RecordFieldTexts } from './record-fields-model';

type Errors = Record<string, string | undefined>;

/**
 * The messages under a form's record fields: found by the form before sending (`check`), or by the core
 * (`fromIssues`, which hands back the issues about other fields); `clear` when a field is typed in again.
 */
export function useRecordFieldErrors(fields: readonly RecordField[], timeZone: string) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const check = (texts: RecordFieldTexts): boolean => {
    const problems = recordFieldProblems(fields, texts, timeZone);
    const name = (p: (typeof problems)[string]) => (i18n.language.startsWith('en') ? p.params.fieldEn : p.params.fieldZh);
    setErrors(Object.fromEntries(Object.entries(problems).map(([id, p]) => [id, t(`recordFields.errors.${p.key}`, { field: name(p) })])));
    return Object.keys(problems).length === 0;
  };
  const fromIssues = (issues: readonly FieldIssue[]): FieldIssue[] => {
    const { byField, rest } = splitRecordFieldIssues(issues);
    setErrors(Object.fromEntries(Object.entries(byField).map(([id, issue]) => [id, issue.reason ? reasonText(issue.reason, issue.message) : issue.message])));
    return rest;
  };
  const clear = (id: string) => setErrors((e) => (e[id] ? { ...e, [id]: undefined } : e));
  return { errors, check, fromIssues, clear };
}
