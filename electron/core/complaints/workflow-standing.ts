import type { User } from '../../../shared/api/users';
import { permissionsOf, ROLES, type Role } from '../../../shared/domain/roles';
import type { ActorStanding } from '../../../shared/domain/workflow';
import type { ComplaintRow } from './complaint-rows';
import type { GradingEnv } from './grading';

/** How the person acting relates to the case: permissions (the pack's approver role included), assignee, first receiver, subject. */
export function standingOf(row: ComplaintRow, user: User, env: GradingEnv | null): ActorStanding {
  const permissions = permissionsOf(user.roles);
  // A pack may name the approver of extensions by role (篇6: 分管副总裁 → leader_in_charge).
  const approverRole = env?.pack.extension?.approverRole;
  if (approverRole && (ROLES as readonly string[]).includes(approverRole) && user.roles.includes(approverRole as Role)) {
    permissions.add('complaint.approveExtension');
  }
  return {
    permissions,
    isAssignee: user.id === row.assignee_id || user.id === row.solution_resolver_id,
    isFirstReceiver: user.id === row.first_receiver_id,
    isSubject: user.id === row.subject_user_id,
  };
}
