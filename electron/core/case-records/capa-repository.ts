import type { CapaStatus } from '../../../shared/domain/case-records';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the corrective actions (纠正预防措施) and their verifications (migration 0006). */

/** A corrective action as the case records show it: with its owner's and author's names. */
export interface CapaRow {
  id: string;
  complaint_id: string;
  problem: string;
  action: string;
  owner_id: string;
  owner_name: string;
  due_at: string;
  status: CapaStatus;
  created_by_name: string;
  created_at: string;
  implemented_at: string | null;
  implementation_note: string | null;
  reopen_count: number;
  version: number;
}

/** A verification as the case records show it: with the verifier's name. */
export interface CapaVerificationRow {
  capa_id: string;
  by_name: string;
  at: string;
  effective: number;
  note: string;
}

/** The stored row as the audit log and the sync payload carry it (every column). */
export type StoredCapaRow = Record<string, unknown> & { id: string; complaint_id: string; version: number };

/** A verification as the sync payload carries it. */
export interface SyncedCapaVerification {
  by_user: string;
  at: string;
  effective: number;
  note: string;
}

export interface NewCapaRow {
  id: string;
  complaint_id: string;
  problem: string;
  action: string;
  owner_id: string;
  due_at: string;
  created_by: string;
  created_at: string;
}

/** The case's corrective actions, oldest first. */
export function capaRowsOfComplaint(db: ReadDb, complaintId: string): CapaRow[] {
  return statement(
    db,
    `SELECT a.*, o.display_name AS owner_name, c.display_name AS created_by_name
     FROM corrective_actions a JOIN users o ON o.id = a.owner_id JOIN users c ON c.id = a.created_by
     WHERE a.complaint_id = ? ORDER BY a.created_at, a.rowid`,
  ).all(complaintId) as CapaRow[];
}

/** Every verification of the case's corrective actions, in the order they were made. */
export function capaVerificationsOfComplaint(db: ReadDb, complaintId: string): CapaVerificationRow[] {
  return statement(
    db,
    `SELECT v.capa_id, u.display_name AS by_name, v.at, v.effective, v.note FROM capa_verifications v JOIN users u ON u.id = v.by_user
     WHERE v.capa_id IN (SELECT id FROM corrective_actions WHERE complaint_id = ?) ORDER BY v.seq`,
  ).all(complaintId) as CapaVerificationRow[];
}

export function findCapaRow(db: ReadDb, id: string): CapaRow | undefined {
  return statement(
    db,
    `SELECT a.*, o.display_name AS owner_name, c.display_name AS created_by_name
     FROM corrective_actions a JOIN users o ON o.id = a.owner_id JOIN users c ON c.id = a.created_by
     WHERE a.id = ?`,
  ).get(id) as CapaRow | undefined;
}

export function storedCapaRow(db: ReadDb, id: string): StoredCapaRow | undefined {
  return statement(db, 'SELECT * FROM corrective_actions WHERE id = ?').get(id) as StoredCapaRow | undefined;
}

export function syncedCapaVerifications(db: ReadDb, capaId: string): SyncedCapaVerification[] {
  return statement(db, 'SELECT by_user, at, effective, note FROM capa_verifications WHERE capa_id = ? ORDER BY seq').all(capaId) as SyncedCapaVerification[];
}

/** The complaint a corrective action belongs to (asked after a write, so the action exists). */
export function complaintIdOfCapa(db: ReadDb, id: string): string {
  return (statement(db, 'SELECT complaint_id FROM corrective_actions WHERE id = ?').get(id) as { complaint_id: string }).complaint_id;
}

export function insertCapaRow(tx: WriteDb, row: NewCapaRow): void {
  statement(
    tx,
    `INSERT INTO corrective_actions (id, complaint_id, problem, action, owner_id, due_at, status, created_by, created_at, version)
     VALUES (@id, @complaint_id, @problem, @action, @owner_id, @due_at, 'open', @created_by, @created_at, 1)`,
  ).run(row);
}

export function markCapaImplemented(tx: WriteDb, id: string, implementedAt: string, note: string): void {
  statement(tx, "UPDATE corrective_actions SET status = 'implemented', implemented_at = ?, implementation_note = ?, version = version + 1 WHERE id = ?").run(implementedAt, note, id);
}

export function insertCapaVerification(tx: WriteDb, capaId: string, verification: SyncedCapaVerification): void {
  statement(tx, 'INSERT INTO capa_verifications (capa_id, by_user, at, effective, note) VALUES (?, ?, ?, ?, ?)').run(
    capaId,
    verification.by_user,
    verification.at,
    verification.effective,
    verification.note,
  );
}

export function markCapaEffective(tx: WriteDb, id: string): void {
  statement(tx, "UPDATE corrective_actions SET status = 'effective', version = version + 1 WHERE id = ?").run(id);
}

/** Not effective: open again with a new due time, the report of its implementation cleared. */
export function reopenCapa(tx: WriteDb, id: string, dueAt: string): void {
  statement(
    tx,
    "UPDATE corrective_actions SET status = 'open', due_at = ?, implemented_at = NULL, implementation_note = NULL, reopen_count = reopen_count + 1, version = version + 1 WHERE id = ?",
  ).run(dueAt, id);
}
