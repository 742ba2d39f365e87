import type { Migration } from './migration';

/**
 * The fields an organisation's register or record card asks beyond every complaint's own (the car dealer's
 * 投诉人车牌号, the testing station's report number, the property company's 住址 …; shared/rules/packs/
 * record-fields.ts), one row per field value. The field's definition stays in the pack version the complaint
 * is graded by; the row keeps the value as text (a number, a day, a moment in UTC, an option's code, a plate
 * as printed), who recorded it and when, and `personal` when the value is a customer's personal data, so a
 * read masks it without the pack. Complaints are never deleted, so the key has no ON DELETE action.
 */
export const migration0046: Migration = {
  id: 46,
  name: 'complaint-record-fields',
  sql: `
CREATE TABLE complaint_record_fields (
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  field_id TEXT NOT NULL CHECK (length(field_id) BETWEEN 1 AND 64),
  value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 4000),
  personal TEXT CHECK (personal IS NULL OR personal = 'address'),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  PRIMARY KEY (complaint_id, field_id)
) STRICT;
`,
};
