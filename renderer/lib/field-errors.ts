import type { FieldIssue } from '../../shared/api/errors';
import { reasonText } from './error-text';
import { localiseCoreMessage } from '../i18n/i18n';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Splits the core's field issues into errors shown under known fields and
 * the rest (shown above the form). `prefix` strips a nesting such as
 * `admin.` when one form fills part of the input.
 */
export function issuesByField<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
  prefix = '',
): { fields: FieldErrors<F>; other: string[] } {
  const byField: FieldErrors<F> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = fields.find((f) => f === path);
    const message = issue.reason ? reasonText(issue.reason, issue.message) : localiseCoreMessage(issue.message);
    if (field && !byField[field]) byField[field] = message;
    else if (!field) other.push(issue.path ? `${issue.path}: ${message}` : message);
  }
  return { fields: byField, other };
}

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some(Boolean);
}
