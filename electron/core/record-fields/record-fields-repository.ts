import { statement, type WriteDb } from '../db/handles';

/** The complaint_record_fields table (migration 0046): one row per value of a pack's record field. */

/** `[{id, value, personal}]` in the order recorded, for SELECT_COMPLAINT as `record_fields` (`c` is the complaints row). */
export const RECORD_FIELDS_OF_COMPLAINT = `(SELECT json_group_array(json_object('id', f.field_id, 'value', f.value, 'personal', f.personal) ORDER BY f.rowid)
    FROM complaint_record_fields f WHERE f.complaint_id = c.id)`;

export interface RecordFieldWrite {
  complaintId: string;
  fieldId: string;
  value: string;
  personal: 'address' | null;
  at: string;
  by: string;
}

/** A field's value; recording it again (a correction at a later step) replaces it, with who and when. */
export function writeRecordFieldValue(tx: WriteDb, write: RecordFieldWrite): void {
  statement(
    tx,
    `INSERT INTO complaint_record_fields (complaint_id, field_id, value, personal, recorded_at, recorded_by)
     VALUES (@complaintId, @fieldId, @value, @personal, @at, @by)
     ON CONFLICT (complaint_id, field_id) DO UPDATE SET value = excluded.value, personal = excluded.personal,
       recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(write);
}

/** The ids of the fields the complaint holds a value for. */
export function recordedFieldIds(tx: WriteDb, complaintId: string): Set<string> {
  const rows = statement(tx, 'SELECT field_id FROM complaint_record_fields WHERE complaint_id = ?').all(complaintId) as { field_id: string }[];
  return new Set(rows.map((row) => row.field_id));
}
