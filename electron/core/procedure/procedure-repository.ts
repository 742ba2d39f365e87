import type { ApprovalMoment } from '../../../shared/rules/approval-clock';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The source roles each user holds for a pack. */
export function holdersOf(db: ReadDb, packId: string): Map<string, string[]> {
  const rows = statement(db, 'SELECT user_id, role_id FROM procedure_role_holders WHERE pack_id = ? ORDER BY user_id, role_id').all(packId) as { user_id: string; role_id: string }[];
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.role_id]);
  return byUser;
}

/** Whether the site mapped anyone for this pack: without a mapping the app's own role permissions apply. */
export function hasMapping(db: ReadDb, packId: string): boolean {
  return statement(db, 'SELECT 1 FROM procedure_role_holders WHERE pack_id = ? LIMIT 1').get(packId) !== undefined;
}

export function rolesHeld(db: ReadDb, packId: string, userId: string): string[] {
  return (statement(db, 'SELECT role_id FROM procedure_role_holders WHERE pack_id = ? AND user_id = ? ORDER BY role_id').all(packId, userId) as { role_id: string }[]).map(
    (r) => r.role_id,
  );
}

export function replaceRolesHeld(tx: WriteDb, change: { packId: string; userId: string; roleIds: readonly string[]; at: string; by: string }): void {
  statement(tx, 'DELETE FROM procedure_role_holders WHERE pack_id = ? AND user_id = ?').run(change.packId, change.userId);
  const insert = statement(tx, 'INSERT INTO procedure_role_holders (pack_id, role_id, user_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?)');
  for (const roleId of change.roleIds) insert.run(change.packId, roleId, change.userId, change.at, change.by);
}

/** One approval given on a case (a handling-log event `procedure.<step>`): who, when, for which of the route's roles. */
export interface ApprovalRecord {
  step: string;
  userId: string | null;
  byName: string | null;
  at: string;
  roles: string[];
}

/**
 * The route approvals given on a case for a class, oldest first: a case escalated to another level runs that
 * level's route, whose approvals are asked anew (seed002 客户管理制度14 5.3.1.6).
 */
export function approvalRecords(db: ReadDb, complaintId: string, classCode: string): ApprovalRecord[] {
  const rows = statement(
    db,
    `SELECT e.action, e.at, e.user_id, u.display_name AS by_name, json_extract(e.details, '$.roles') AS roles
     FROM complaint_events e LEFT JOIN users u ON u.id = e.user_id
     WHERE e.complaint_id = ? AND e.action LIKE 'procedure.%' AND json_extract(e.details, '$.classCode') = ? ORDER BY e.seq`,
  ).all(complaintId, classCode) as { action: string; at: string; user_id: string | null; by_name: string | null; roles: string | null }[];
  return rows.map((r) => ({
    step: r.action.slice('procedure.'.length),
    userId: r.user_id,
    byName: r.by_name,
    at: r.at,
    roles: r.roles ? (JSON.parse(r.roles) as string[]) : [],
  }));
}

/**
 * The case's route approvals as one JSON array per complaint row, for SELECT_COMPLAINT (`c` is the complaints
 * row): grading starts the clocks counted from an approval at them (shared/rules/approval-clock.ts).
 */
export const APPROVALS_OF_COMPLAINT = `(SELECT json_group_array(json_object('step', substr(e.action, length('procedure.') + 1),
      'classCode', json_extract(e.details, '$.classCode'), 'at', e.at, 'userId', e.user_id, 'byName', pu.display_name,
      'roles', json(coalesce(json_extract(e.details, '$.roles'), '[]'))))
    FROM complaint_events e LEFT JOIN users pu ON pu.id = e.user_id WHERE e.complaint_id = c.id AND e.action LIKE 'procedure.%')`;

export function approvalMomentsOf(json: string): ApprovalMoment[] {
  const rows = JSON.parse(json) as { step: string; classCode: string | null; at: string; userId: string | null; byName: string | null; roles: string[] }[];
  return rows.map((r) => ({ step: r.step, classCode: r.classCode ?? '', at: new Date(r.at), userId: r.userId, byName: r.byName, roles: r.roles }));
}

export function userExists(db: ReadDb, userId: string): boolean {
  return statement(db, 'SELECT 1 FROM users WHERE id = ?').get(userId) !== undefined;
}
