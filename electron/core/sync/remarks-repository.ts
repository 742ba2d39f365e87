import type { RemarkBody } from '../../../shared/sync/merge-rules';
import { ERASED_MARKER } from '../../../shared/privacy/retention';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * Every SQL statement on head office's merged remarks: the merge outcomes in
 * `head_office_remarks` and the questions for a person in `sync_conflicts`
 * (migration 0014), written by merging (remarks.ts) and read by the sync page
 * and a complaint's detail (complaints/complaint-remarks.ts); and what merging
 * reads of the records a remark names.
 */

/** A remark's merge: one row per remark version, written in the merge's transaction (merged exactly once). */
export interface MergedRemarkRow {
  remark_id: string;
  version: number;
  /** '' when the remark itself was unreadable. */
  entity: string;
  entity_id: string;
  /** JSON text as head office published it. */
  body: string;
  /** JSON: field → what merging did, or why nothing was merged. */
  outcome: string;
  merged_at: string;
}

export function insertMergedRemark(tx: WriteDb, row: MergedRemarkRow): void {
  statement(tx, 'INSERT INTO head_office_remarks (remark_id, version, entity, entity_id, body, outcome, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.remark_id,
    row.version,
    row.entity,
    row.entity_id,
    row.body,
    row.outcome,
    row.merged_at,
  );
}

/** A merged remark about one of the site's complaints, with the complaint's serial. */
export interface ListedRemarkRow extends Omit<MergedRemarkRow, 'version'> {
  label: string;
}

/** The latest merged remarks about complaints this site holds, newest first. */
export function latestRemarkRows(db: ReadDb, limit: number): ListedRemarkRow[] {
  return statement(
    db,
    `SELECT h.remark_id, h.entity, h.entity_id, h.body, h.outcome, h.merged_at, p.serial AS label FROM head_office_remarks h
       LEFT JOIN complaints p ON h.entity = 'complaint' AND p.id = h.entity_id
      WHERE p.id IS NOT NULL ORDER BY h.merged_at DESC, h.remark_id DESC LIMIT ?`,
  ).all(limit) as ListedRemarkRow[];
}

/** A complaint's merged remarks, newest merged first (rowid: merge order within one run), by head_office_remarks_by_record. */
export function complaintRemarkRows(db: ReadDb, complaintId: string): Omit<MergedRemarkRow, 'entity' | 'entity_id'>[] {
  return statement(
    db,
    `SELECT remark_id, version, body, outcome, merged_at FROM head_office_remarks
      WHERE entity = 'complaint' AND entity_id = ? ORDER BY merged_at DESC, rowid DESC`,
  ).all(complaintId) as Omit<MergedRemarkRow, 'entity' | 'entity_id'>[];
}

/** A field where head office's value met a change the site made since head office saw the record. */
export interface NewConflictRow {
  id: string;
  remark_id: string;
  remark_version: number;
  entity: string;
  entity_id: string;
  field: string;
  /** The JSON values: as head office saw it, as the site holds it, as head office wants it. */
  base_value: string;
  site_value: string;
  head_office_value: string;
  note: string | null;
  detected_at: string;
}

export function insertConflict(tx: WriteDb, row: NewConflictRow): void {
  statement(
    tx,
    `INSERT INTO sync_conflicts (id, remark_id, remark_version, entity, entity_id, field, base_value, site_value, head_office_value, note, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.remark_id, row.remark_version, row.entity, row.entity_id, row.field, row.base_value, row.site_value, row.head_office_value, row.note, row.detected_at);
}

/** A conflict as it is shown and resolved. */
export interface ConflictRow {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  site_value: string | null;
  head_office_value: string;
  note: string | null;
  detected_at: string;
}

/** With the serial of the complaint it is about (null for another kind of record). */
export interface ListedConflictRow extends ConflictRow {
  label: string | null;
}

/** Conflicts no one has resolved yet, oldest first. */
export function openConflictRows(db: ReadDb): ListedConflictRow[] {
  return statement(
    db,
    `SELECT c.*, p.serial AS label FROM sync_conflicts c
       LEFT JOIN complaints p ON c.entity = 'complaint' AND p.id = c.entity_id
      WHERE c.resolved_at IS NULL ORDER BY c.detected_at, c.id`,
  ).all() as ListedConflictRow[];
}

export function openConflictRowCount(db: ReadDb): number {
  return (statement(db, 'SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

export function conflictRow(db: ReadDb, id: string): (ConflictRow & { resolved_at: string | null }) | undefined {
  return statement(db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as (ConflictRow & { resolved_at: string | null }) | undefined;
}

export function markConflictResolved(tx: WriteDb, id: string, resolution: { at: string; kept: 'site' | 'headOffice'; by: string }): void {
  statement(tx, 'UPDATE sync_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?').run(resolution.at, resolution.kept, resolution.by, id);
}

/** A complaint's conflict as its detail screen shows it: open, or how and by whom it was resolved. */
export interface ComplaintConflictRow {
  id: string;
  remark_id: string;
  remark_version: number;
  field: string;
  resolution: 'site' | 'headOffice' | null;
  resolved_at: string | null;
  resolved_by_name: string | null;
}

export function complaintConflictRows(db: ReadDb, complaintId: string): ComplaintConflictRow[] {
  return statement(
    db,
    `SELECT c.id, c.remark_id, c.remark_version, c.field, c.resolution, c.resolved_at, u.display_name AS resolved_by_name
       FROM sync_conflicts c LEFT JOIN users u ON u.id = c.resolved_by
      WHERE c.entity = 'complaint' AND c.entity_id = ?`,
  ).all(complaintId) as ComplaintConflictRow[];
}

/** Whether the site holds the record a remark names. */
export function remarkedRecordExists(db: ReadDb, entity: RemarkBody['entity'], id: string): boolean {
  switch (entity) {
    case 'complaint':
      return statement(db, 'SELECT 1 FROM complaints WHERE id = ?').get(id) !== undefined;
    case 'notification':
      return statement(db, 'SELECT 1 FROM notifications WHERE id = ?').get(id) !== undefined;
  }
}

/**
 * Whether the record a remark names has had its customer's personal data destroyed (privacy/destruction.ts
 * writes ERASED_MARKER over the name). A notification holds no customer's data of its own.
 */
export function remarkedRecordErased(db: ReadDb, entity: RemarkBody['entity'], id: string): boolean {
  if (entity !== 'complaint') return false;
  return statement(db, 'SELECT 1 FROM complaints WHERE id = ? AND customer_name = ?').get(id, ERASED_MARKER) !== undefined;
}

/** Replaces a pulled remark's stored text (reference_items), as destruction redacts the copies it finds. */
export function rewritePulledRemark(tx: WriteDb, id: string, version: number, body: string): void {
  statement(tx, "UPDATE reference_items SET body = ? WHERE kind = 'remark' AND id = ? AND version = ?").run(body, id, version);
}

/** A complaint's class now (null: not classed, or no such complaint). */
export function complaintClassCode(db: ReadDb, id: string): string | null {
  return (statement(db, 'SELECT class_code FROM complaints WHERE id = ?').get(id) as { class_code: string | null } | undefined)?.class_code ?? null;
}
