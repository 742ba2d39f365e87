import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { hasPermission } from '../../../shared/domain/roles';
import type { ReadDb } from '../db/handles';
import { routeContext, whoMay, wrongRole } from '../procedure';
import type { ComplaintRow } from '../complaints/complaint-rows';
import type { GradingEnv } from '../complaints/grading';
import { findUserById } from '../users/users';

/**
 * Who may record a side path's record on a case: where the site runs the organisation's route, a holder of
 * one of the source roles the path names (the heating station; the technical business office), refused with
 * who may; otherwise the app's own rule for handling steps — the person the case is assigned to, or one who
 * may assign. Never the person complained about.
 */
export function requirePathActor(db: ReadDb, row: ComplaintRow, user: User, env: GradingEnv | null, path: { roles?: string[] | undefined; source: string }): void {
  if (user.id === row.subject_user_id) throw ApiError.because('FORBIDDEN', 'workflow.errors.recusal');
  const route = routeContext(db, row, user, env);
  if (route && path.roles) {
    if (!path.roles.some((role) => route.held.includes(role))) throw wrongRole(route, 'handle', { roles: path.roles, source: path.source });
    return;
  }
  if (user.id !== row.assignee_id && !hasPermission(user.roles, 'complaint.assign')) throw ApiError.because('FORBIDDEN', 'sidePaths.errors.notHandler');
}

/**
 * A person the record names (a tester, the approving signatory): an active user who is not the person complained
 * about and, where the site runs the route, holds one of `roles` — refused naming the posts and the source.
 */
export function requireNamedHolder(db: ReadDb, row: ComplaintRow, userId: string, env: GradingEnv | null, rule: { roles?: string[] | undefined; source: string }, field: string): User {
  const person = findUserById(db, userId);
  if (!person || !person.active) throw ApiError.because('VALIDATION', 'workflow.errors.unknownUser', undefined, field);
  if (person.id === row.subject_user_id) throw ApiError.because('VALIDATION', 'workflow.errors.recusal', undefined, field);
  const route = routeContext(db, row, person, env);
  if (route && rule.roles && !rule.roles.some((role) => route.held.includes(role))) {
    throw ApiError.because('VALIDATION', 'sidePaths.errors.personNotInPost', { name: person.displayName, ...whoMay(route, { roles: rule.roles, source: rule.source }), source: rule.source }, field);
  }
  return person;
}
