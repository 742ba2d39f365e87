import type { RetentionRecordType } from '../../../shared/privacy/retention';
import { ERASED_MARKER } from '../../../shared/privacy/retention';
import { searchDigits, searchText } from '../../../shared/domain/search-tokens';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The last activity of each kind of record about one customer whose file still holds personal fields. */
export interface CustomerActivity {
  customerId: string;
  name: string;
  last: Record<RetentionRecordType, string | null>;
  openComplaints: number;
}

interface ActivityRow {
  id: string;
  name: string;
  file_at: string;
  complaint_at: string | null;
  open_complaints: number;
  call_back_at: string | null;
  visit_at: string | null;
}

// A complaint's activity ends when it is closed (or found invalid); one still open never expires.
const FINISHED_AT = `COALESCE(k.closed_at, CASE WHEN k.status IN ('closed', 'invalid') THEN k.updated_at END)`;

export function customerActivities(db: ReadDb, customerIds?: readonly string[]): CustomerActivity[] {
  const rows = statement(
    db,
    `SELECT c.id, c.name, c.updated_at AS file_at,
       (SELECT max(${FINISHED_AT}) FROM complaints k WHERE k.customer_id = c.id) AS complaint_at,
       (SELECT count(*) FROM complaints k WHERE k.customer_id = c.id AND ${FINISHED_AT} IS NULL) AS open_complaints,
       (SELECT max(cb.at) FROM complaint_call_backs cb JOIN complaints k ON k.id = cb.complaint_id WHERE k.customer_id = c.id) AS call_back_at,
       (SELECT max(f.at) FROM customer_follow_ups f WHERE f.customer_id = c.id) AS visit_at
     FROM customers c
     WHERE c.name != @erased AND (@ids IS NULL OR c.id IN (SELECT value FROM json_each(@ids)))
     ORDER BY c.rowid`,
  ).all({ erased: ERASED_MARKER, ids: customerIds ? JSON.stringify(customerIds) : null }) as ActivityRow[];
  return rows.map((row) => ({
    customerId: row.id,
    name: row.name,
    openComplaints: row.open_complaints,
    last: { customerFile: row.file_at, complaint: row.complaint_at, callBack: row.call_back_at, visit: row.visit_at },
  }));
}

export function retentionOverrides(db: ReadDb): Partial<Record<RetentionRecordType, number>> {
  const rows = statement(db, 'SELECT record_type, years FROM retention_overrides').all() as { record_type: RetentionRecordType; years: number }[];
  return Object.fromEntries(rows.map((row) => [row.record_type, row.years]));
}

export function saveRetentionOverride(tx: WriteDb, change: { recordType: RetentionRecordType; years: number; userId: string; at: string }): void {
  statement(
    tx,
    `INSERT INTO retention_overrides (record_type, years, updated_by, updated_at) VALUES (@recordType, @years, @userId, @at)
     ON CONFLICT (record_type) DO UPDATE SET years = excluded.years, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(change);
}

export interface BatchRow {
  id: string;
  status: 'proposed' | 'destroyed';
  proposed_by: string;
  proposed_by_name: string;
  proposed_at: string;
  customer_ids: string;
  customer_count: number;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
  reason: string | null;
  erased_counts: string | null;
  place: string;
}

export function insertBatch(tx: WriteDb, row: BatchRow): void {
  statement(
    tx,
    `INSERT INTO destruction_batches (id, status, proposed_by, proposed_by_name, proposed_at, customer_ids, customer_count, approved_by, approved_by_name, approved_at, reason, erased_counts, place)
     VALUES (@id, @status, @proposed_by, @proposed_by_name, @proposed_at, @customer_ids, @customer_count, @approved_by, @approved_by_name, @approved_at, @reason, @erased_counts, @place)`,
  ).run(row);
}

export function batchRow(db: ReadDb, id: string): BatchRow | undefined {
  return statement(db, 'SELECT * FROM destruction_batches WHERE id = ?').get(id) as BatchRow | undefined;
}

export function batchRows(db: ReadDb): BatchRow[] {
  return statement(db, 'SELECT * FROM destruction_batches ORDER BY proposed_at DESC, rowid DESC').all() as BatchRow[];
}

export function markBatchDestroyed(tx: WriteDb, change: { id: string; approvedBy: string; approvedByName: string; approvedAt: string; reason: string; erasedCounts: string }): void {
  statement(
    tx,
    `UPDATE destruction_batches SET status = 'destroyed', approved_by = @approvedBy, approved_by_name = @approvedByName, approved_at = @approvedAt, reason = @reason, erased_counts = @erasedCounts
     WHERE id = @id AND status = 'proposed'`,
  ).run(change);
}

/** The records linked to the customers, and every personal value they hold (collected before erasing, to redact copies). */
export interface LinkedRecords {
  complaintIds: string[];
  followUpIds: string[];
  opinionEntryIds: string[];
  mediaIncidentIds: string[];
  callBackIds: string[];
  values: string[];
}

export function linkedRecords(db: ReadDb, customerIds: readonly string[]): LinkedRecords {
  const ids = JSON.stringify(customerIds);
  const valuesOf = (sql: string) => (statement(db, sql).all(ids) as { v: string | null }[]).flatMap((row) => (row.v ? [row.v] : []));
  const idsOf = (sql: string) => (statement(db, sql).all(ids) as { id: string }[]).map((row) => row.id);
  const ofCustomers = `(SELECT value FROM json_each(?))`;
  const ofComplaints = `(SELECT id FROM complaints WHERE customer_id IN ${ofCustomers})`;
  const values = [
    ...valuesOf(`SELECT j.value AS v FROM customers, json_each(json_array(name, phone, phone2, contact_person, address, id_number, note)) AS j WHERE customers.id IN ${ofCustomers}`),
    ...valuesOf(`SELECT j.value AS v FROM complaints, json_each(json_array(customer_name, customer_phone, customer_phone_digits)) AS j WHERE complaints.id IN ${ofComplaints}`),
    ...valuesOf(`SELECT j.value AS v FROM opinion_book_entries, json_each(json_array(customer_name, contact)) AS j WHERE complaint_id IN ${ofComplaints}`),
    ...valuesOf(`SELECT poster_contact AS v FROM media_incidents WHERE complaint_id IN ${ofComplaints}`),
    ...valuesOf(`SELECT note AS v FROM customer_follow_ups WHERE customer_id IN ${ofCustomers}`),
    ...valuesOf(`SELECT value AS v FROM complaint_record_fields WHERE personal IS NOT NULL AND complaint_id IN ${ofComplaints}`),
  ];
  return {
    complaintIds: idsOf(`SELECT id FROM complaints WHERE customer_id IN ${ofCustomers}`),
    followUpIds: idsOf(`SELECT id FROM customer_follow_ups WHERE customer_id IN ${ofCustomers}`),
    opinionEntryIds: idsOf(`SELECT id FROM opinion_book_entries WHERE complaint_id IN ${ofComplaints}`),
    mediaIncidentIds: idsOf(`SELECT id FROM media_incidents WHERE complaint_id IN ${ofComplaints}`),
    callBackIds: idsOf(`SELECT id FROM complaint_call_backs WHERE complaint_id IN ${ofComplaints}`),
    values: [...new Set(values.map((v) => (typeof v === 'string' ? v : String(v))))].filter((v) => v !== ERASED_MARKER && v.trim() !== ''),
  };
}

/**
 * Erases the personal fields of the customers and of the records linked to them, and re-indexes them for
 * search without those fields. Rows stay (reports count them); only the values go.
 */
export function erasePersonalFields(tx: WriteDb, customerIds: readonly string[], linked: LinkedRecords): void {
  const customers = JSON.stringify(customerIds);
  const complaints = JSON.stringify(linked.complaintIds);
  const customerRows = statement(tx, 'SELECT rowid FROM customers WHERE id IN (SELECT value FROM json_each(?))').all(customers) as { rowid: number }[];
  statement(
    tx,
    `UPDATE customers SET name = @marker, phone = NULL, phone2 = NULL, contact_person = NULL, address = NULL, id_number = NULL, note = NULL
     WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).run({ marker: ERASED_MARKER, ids: customers });
  for (const { rowid } of customerRows) {
    statement(tx, 'DELETE FROM customer_search WHERE rowid = ?').run(rowid);
    statement(tx, 'INSERT INTO customer_search (rowid, text, digits) VALUES (?, ?, ?)').run(rowid, searchText(ERASED_MARKER), searchDigits(ERASED_MARKER));
  }
  statement(tx, 'UPDATE customer_follow_ups SET note = ? WHERE customer_id IN (SELECT value FROM json_each(?))').run(ERASED_MARKER, customers);
  statement(
    tx,
    `UPDATE complaints SET customer_name = @marker, customer_phone = NULL, customer_phone_digits = NULL WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).run({ marker: ERASED_MARKER, ids: complaints });
  // The complaints' search index follows by its triggers (migration 0030): the erased name and phone leave it here.
  // A record field the organisation's register asks that is personal (the property company's 住址, migration 0046).
  statement(tx, 'UPDATE complaint_record_fields SET value = @marker WHERE personal IS NOT NULL AND complaint_id IN (SELECT value FROM json_each(@ids))').run({ marker: ERASED_MARKER, ids: complaints });
  statement(tx, 'UPDATE opinion_book_entries SET customer_name = NULL, contact = NULL WHERE complaint_id IN (SELECT value FROM json_each(?))').run(complaints);
  statement(tx, 'UPDATE media_incidents SET poster_contact = NULL WHERE complaint_id IN (SELECT value FROM json_each(?))').run(complaints);
  // A half-typed action on one of these complaints may hold the customer's details.
  statement(tx, 'DELETE FROM action_drafts WHERE complaint_id IN (SELECT value FROM json_each(?))').run(complaints);
}

/** The full-text tables, whatever index a migration made: merging them drops deleted entries' tokens from the shadow tables. */
export function purgeSearchIndexes(tx: WriteDb): void {
  const tables = tx.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).all() as { name: string }[];
  for (const { name } of tables) tx.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('optimize')`).run();
}

/**
 * Rows of the audit log, the outbox, the complaints' event history and head office's remarks (as pulled and as
 * merged: staff may have quoted the customer there) that may hold copies of the values.
 */
interface StoredCopy {
  table: keyof typeof COPY_COLUMNS;
  key: number;
  columns: Record<string, string | null>;
}

const COPY_COLUMNS = { audit_log: ['before', 'after'], outbox: ['payload'], complaint_events: ['details'], head_office_remarks: ['body'], reference_items: ['body'] } as const;
/** The column a copy is found again by: the two remark tables have composite keys, so their rowid. */
const COPY_KEY = { audit_log: 'seq', outbox: 'seq', complaint_events: 'seq', head_office_remarks: 'rowid', reference_items: 'rowid' } as const;

export function storedCopies(db: ReadDb, entityIds: readonly string[], distinctiveValues: readonly string[]): StoredCopy[] {
  const ids = JSON.stringify(entityIds);
  const values = JSON.stringify(distinctiveValues);
  const anyValue = (column: string) => `EXISTS (SELECT 1 FROM json_each(@values) WHERE instr(${column}, value) > 0)`;
  const copies: StoredCopy[] = [];
  const audit = statement(db, `SELECT seq, before, after FROM audit_log WHERE entity_id IN (SELECT value FROM json_each(@ids)) OR ${anyValue('before')} OR ${anyValue('after')}`).all({ ids, values }) as { seq: number; before: string | null; after: string | null }[];
  for (const row of audit) copies.push({ table: 'audit_log', key: row.seq, columns: { before: row.before, after: row.after } });
  const outbox = statement(db, `SELECT seq, payload FROM outbox WHERE entity_id IN (SELECT value FROM json_each(@ids)) OR ${anyValue('payload')}`).all({ ids, values }) as { seq: number; payload: string }[];
  for (const row of outbox) copies.push({ table: 'outbox', key: row.seq, columns: { payload: row.payload } });
  const events = statement(db, `SELECT seq, details FROM complaint_events WHERE complaint_id IN (SELECT value FROM json_each(@ids)) OR ${anyValue('details')}`).all({ ids, values }) as { seq: number; details: string }[];
  for (const row of events) copies.push({ table: 'complaint_events', key: row.seq, columns: { details: row.details } });
  const merged = statement(db, `SELECT rowid AS key, body FROM head_office_remarks WHERE entity_id IN (SELECT value FROM json_each(@ids)) OR ${anyValue('body')}`).all({ ids, values }) as { key: number; body: string }[];
  for (const row of merged) copies.push({ table: 'head_office_remarks', key: row.key, columns: { body: row.body } });
  const pulled = statement(
    db,
    `SELECT rowid AS key, body FROM reference_items WHERE kind = 'remark' AND (json_extract(body, '$.entityId') IN (SELECT value FROM json_each(@ids)) OR ${anyValue('body')})`,
  ).all({ ids, values }) as { key: number; body: string }[];
  for (const row of pulled) copies.push({ table: 'reference_items', key: row.key, columns: { body: row.body } });
  return copies;
}

/** Writes a copy back with its personal values replaced by the marker. */
export function rewriteCopy(tx: WriteDb, copy: StoredCopy): void {
  const columns = COPY_COLUMNS[copy.table];
  const sets = columns.map((column) => `${column} = @${column}`).join(', ');
  statement(tx, `UPDATE ${copy.table} SET ${sets} WHERE ${COPY_KEY[copy.table]} = @key`).run({ ...copy.columns, key: copy.key });
}
