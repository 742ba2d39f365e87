import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * The SQL of circulars and assessments (issue 16 item 6): they read the
 * completed checklist records and corrective actions of a definition's
 * templates and write only the lead's weight. Template lists are passed as
 * one JSON array (json_each), so no statement is assembled from fragments.
 */

export interface CountedRecordRow {
  id: string;
  template_id: string;
  template_version: string;
  answers: string;
  completed_at: string;
  completed_by_name: string;
}

/**
 * Completed records of the templates completed at or after `since`: a check
 * counts on the day it names, which is never after its completion, so a
 * record completed before the period began cannot fall into it.
 */
export function completedRecordsSince(db: ReadDb, templateIds: readonly string[], since: string): CountedRecordRow[] {
  return statement(
    db,
    `SELECT r.id, r.template_id, r.template_version, r.answers, r.completed_at, u.display_name AS completed_by_name
       FROM checklist_records r JOIN users u ON u.id = r.completed_by
      WHERE r.status = 'completed' AND r.template_id IN (SELECT value FROM json_each(?)) AND r.completed_at >= ?
      ORDER BY r.completed_at, r.rowid`,
  ).all(JSON.stringify(templateIds), since) as CountedRecordRow[];
}

export interface CountedActionRow {
  id: string;
  record_id: string;
  record_answers: string;
  template_id: string;
  problem: string;
  action: string;
  owner_name: string;
  due_at: string;
  created_at: string;
  status: 'open' | 'implemented' | 'closed';
  closed_at: string | null;
}

/** Corrective actions raised on the templates' records before `before` (an instant), oldest first. */
export function actionsRaisedBefore(db: ReadDb, templateIds: readonly string[], before: string): CountedActionRow[] {
  return statement(
    db,
    `SELECT a.id, a.record_id, r.answers AS record_answers, r.template_id, a.problem, a.action, o.display_name AS owner_name,
            a.due_at, a.created_at, a.status, a.closed_at
       FROM checklist_actions a JOIN checklist_records r ON r.id = a.record_id JOIN users o ON o.id = a.owner_id
      WHERE r.template_id IN (SELECT value FROM json_each(?)) AND a.created_at < ?
      ORDER BY a.due_at, a.created_at, a.rowid`,
  ).all(JSON.stringify(templateIds), before) as CountedActionRow[];
}

export interface WeightRow {
  definition_id: string;
  weight_percent: number | null;
  note: string | null;
  updated_by_name: string;
  updated_at: string;
  version: number;
}

export function weightRows(db: ReadDb): WeightRow[] {
  return statement(
    db,
    `SELECT w.definition_id, w.weight_percent, w.note, u.display_name AS updated_by_name, w.updated_at, w.version
       FROM circular_weights w JOIN users u ON u.id = w.updated_by`,
  ).all() as WeightRow[];
}

export function saveWeight(tx: WriteDb, change: { definitionId: string; weightPercent: number | null; note: string | null; userId: string; at: string }): void {
  statement(
    tx,
    `INSERT INTO circular_weights (definition_id, weight_percent, note, updated_by, updated_at) VALUES (@definitionId, @weightPercent, @note, @userId, @at)
     ON CONFLICT (definition_id) DO UPDATE SET weight_percent = excluded.weight_percent, note = excluded.note,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at, version = circular_weights.version + 1`,
  ).run(change);
}
