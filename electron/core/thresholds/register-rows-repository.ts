import { statement, type ReadDb } from '../db/handles';

/** Every row of one table item across all records of a template at the site, with the record it sits in. */
export function registerRows(db: ReadDb, templateId: string, itemId: string): { recordId: string; row: Record<string, unknown> }[] {
  const rows = statement(
    db,
    `SELECT r.id AS recordId, j.value AS row
     FROM checklist_records r, json_each(r.answers, ?) j
     WHERE r.template_id = ? AND j.type = 'object'`,
  ).all(`$."${itemId}"`, templateId) as { recordId: string; row: string }[];
  return rows.map((r) => ({ recordId: r.recordId, row: JSON.parse(r.row) as Record<string, unknown> }));
}
