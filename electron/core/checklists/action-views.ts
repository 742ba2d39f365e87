import type { ChecklistAction } from '../../../shared/api/checklists';
import type { User } from '../../../shared/api/users';
import { permissionsOf } from '../../../shared/domain/roles';
import type { ReadDb } from '../db/handles';
import { actionRowsOf } from './actions-repository';

/** Someone other than the owner, with the right to verify, closes an action. */
export const mayCloseAction = (user: User, action: { owner_id: string }) => permissionsOf(user.roles).has('checklist.verifyAction') && user.id !== action.owner_id;

/** A record's corrective actions as this user sees them, with what the user may do next. */
export function actionsOf(db: ReadDb, recordId: string, user: User, now: Date): ChecklistAction[] {
  const fills = permissionsOf(user.roles).has('checklist.fill');
  return actionRowsOf(db, recordId).map((r) => ({
    id: r.id,
    itemId: r.item_id,
    rowId: r.row_id,
    problem: r.problem,
    action: r.action,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueAt: r.due_at,
    status: r.status,
    overdue: r.status === 'open' && r.due_at < now.toISOString(),
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    implementedAt: r.implemented_at,
    implementationNote: r.implementation_note,
    closedByName: r.closed_by_name,
    closedAt: r.closed_at,
    closeNote: r.close_note,
    reopenCount: r.reopen_count,
    mayComplete: r.status === 'open' && (r.owner_id === user.id || fills),
    mayClose: r.status === 'implemented' && mayCloseAction(user, r),
    version: r.version,
  }));
}
