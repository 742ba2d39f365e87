import { statement, type ReadDb } from '../db/handles';

/**
 * What the personal-information self-check reads from the store (issue 19 §4, seed002 客户管理制度1):
 * accounts with their secrets' hashes, when each was made, reset, disabled and last signed in (the
 * audit log), the access register and the destruction records over a period.
 */

export interface AccountRow {
  id: string;
  display_name: string;
  roles: string;
  active: number;
  secret_hash: string;
  created_at: string;
  updated_at: string;
  /** The latest users.create or users.resetSecret in the audit log (null: none kept, e.g. an account from head office). */
  secret_set_at: string | null;
  /** The latest users.setActive in the audit log. */
  active_set_at: string | null;
  last_sign_in_at: string | null;
}

export function accountRows(db: ReadDb): AccountRow[] {
  return statement(
    db,
    `SELECT u.id, u.display_name, u.roles, u.active, u.secret_hash, u.created_at, u.updated_at,
            (SELECT max(at) FROM audit_log a WHERE a.entity = 'user' AND a.entity_id = u.id AND a.action IN ('users.create', 'users.resetSecret')) AS secret_set_at,
            (SELECT max(at) FROM audit_log a WHERE a.entity = 'user' AND a.entity_id = u.id AND a.action = 'users.setActive') AS active_set_at,
            (SELECT max(at) FROM audit_log a WHERE a.entity = 'user' AND a.entity_id = u.id AND a.action = 'session.signIn') AS last_sign_in_at
       FROM users u ORDER BY u.display_name, u.id`,
  ).all() as AccountRow[];
}

export interface RegisterRow {
  action: 'reveal' | 'export' | 'delete';
  user_name: string;
  subject: string;
  reason: string | null;
  place: string;
  at: string;
}

/** The access register's entries at or after `since` (all of them without one). */
export function registerRowsSince(db: ReadDb, since: string | null): RegisterRow[] {
  return statement(db, 'SELECT action, user_name, subject, reason, place, at FROM personal_data_access WHERE @since IS NULL OR at >= @since ORDER BY at').all({ since }) as RegisterRow[];
}

/** Destruction records approved at or after `since`: how many, and how many customers they erased. */
export function destructionsSince(db: ReadDb, since: string | null): { batches: number; customers: number } {
  return statement(
    db,
    `SELECT count(*) AS batches, coalesce(sum(json_extract(erased_counts, '$.customerFile')), 0) AS customers FROM destruction_batches
      WHERE status = 'destroyed' AND (@since IS NULL OR approved_at >= @since)`,
  ).get({ since }) as { batches: number; customers: number };
}

/** When the previous self-check on this template was completed: the period the register figures cover starts there. */
export function lastCompletedAt(db: ReadDb, templateId: string): string | null {
  return (statement(db, "SELECT max(completed_at) AS at FROM checklist_records WHERE template_id = ? AND status = 'completed'").get(templateId) as { at: string | null }).at;
}

export function siteTimeZone(db: ReadDb): string {
  return (statement(db, 'SELECT time_zone FROM site WHERE singleton = 1').get() as { time_zone: string } | undefined)?.time_zone ?? 'Asia/Shanghai';
}
