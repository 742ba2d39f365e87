import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { permissionsOf, type Permission } from '../../../shared/domain/roles';
import type { ReadDb } from '../db/handles';
import { type ComplaintRow } from './complaint-rows';
import { getRow } from './complaints-repository';

/**
 * A complaint's row and how the person acting relates to it: what the case records and the
 * sanction ledger both check before a write. It sits with the complaint rows, below both
 * features, so that the case records may book into the ledger without the ledger importing
 * the case records back (the arrows between features run one way).
 */

/** How the person acting relates to the case. */
export interface Actor {
  user: User;
  permissions: ReadonlySet<Permission>;
  isAssignee: boolean;
  /** 被投诉人: may write, review or approve nothing on the case. */
  isSubject: boolean;
}

export function actorOf(row: ComplaintRow, user: User): Actor {
  return {
    user,
    permissions: permissionsOf(user.roles),
    isAssignee: user.id === row.assignee_id || user.id === row.solution_resolver_id,
    isSubject: user.id === row.subject_user_id,
  };
}

export function complaintRow(db: ReadDb, complaintId: string): ComplaintRow {
  const row = getRow(db, complaintId);
  if (!row) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
  return row;
}
