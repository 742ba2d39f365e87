import { statement, type ReadDb } from '../db/handles';

/**
 * Every SQL statement the ledgers read with. A range is [from, to) in ISO
 * instants (the period's first site day at 00:00 to the day after its last);
 * `unit` null means the whole site; lists and arrays travel as JSON. Each
 * query returns at most `limit` rows, ordered as the ledger prints them.
 */
export interface InstantRange {
  from: string;
  to: string;
}

interface ComplaintFilter extends InstantRange {
  unit: string | null;
  kinds: readonly string[];
  excludeChannels: readonly string[];
  limit: number;
}

const params = (f: ComplaintFilter) => ({ from: f.from, to: f.to, unit: f.unit, kinds: JSON.stringify(f.kinds), excluded: JSON.stringify(f.excludeChannels), limit: f.limit });

/** Complaints received in a range (complaints_by_received). */
export const COMPLAINTS_RECEIVED = `SELECT c.id FROM complaints c
     WHERE c.received_at >= @from AND c.received_at < @to
       AND (@unit IS NULL OR c.unit = @unit)
       AND c.kind IN (SELECT value FROM json_each(@kinds))
       AND c.channel NOT IN (SELECT value FROM json_each(@excluded))
     ORDER BY c.received_at, c.serial LIMIT @limit`;

/** Complaint records received in the range, oldest first. */
export function complaintIdsReceived(db: ReadDb, filter: ComplaintFilter): string[] {
  const rows = statement(db, COMPLAINTS_RECEIVED).all(params(filter)) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Complaints closed in a range (complaints_by_closed). */
export const COMPLAINTS_CLOSED = `SELECT c.id FROM complaints c
     WHERE c.closed_at >= @from AND c.closed_at < @to
       AND (@unit IS NULL OR c.unit = @unit)
       AND c.kind IN (SELECT value FROM json_each(@kinds))
       AND c.channel NOT IN (SELECT value FROM json_each(@excluded))
     ORDER BY c.closed_at, c.serial LIMIT @limit`;

/** Complaint records closed in the range, in the order they were closed. */
export function complaintIdsClosed(db: ReadDb, filter: ComplaintFilter): string[] {
  const rows = statement(db, COMPLAINTS_CLOSED).all(params(filter)) as { id: string }[];
  return rows.map((r) => r.id);
}

export function complaintIdBySerial(db: ReadDb, serial: string): { id: string; kind: string; channel: string } | undefined {
  return statement(db, 'SELECT id, kind, channel FROM complaints WHERE serial = ?').get(serial) as { id: string; kind: string; channel: string } | undefined;
}

export interface ComplaintExtrasRow {
  customer_address: string | null;
  subject_unit: string | null;
  investigation_cause: string | null;
  refer_count: number;
  on_spot_count: number;
}

/** What a ledger shows of a complaint beyond its own row: the customer file's address, the unit complained about, the report's cause, whether it went to head office. */
export function complaintExtras(db: ReadDb, complaintId: string): ComplaintExtrasRow {
  return statement(
    db,
    `SELECT cu.address AS customer_address, su.unit AS subject_unit, ir.cause AS investigation_cause,
       (SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id AND e.action = 'refer') AS refer_count,
       (SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id AND e.action = 'answerOnSpot') AS on_spot_count
     FROM complaints c
     LEFT JOIN customers cu ON cu.id = c.customer_id
     LEFT JOIN users su ON su.id = c.subject_user_id
     LEFT JOIN investigation_reports ir ON ir.complaint_id = c.id
     WHERE c.id = ?`,
  ).get(complaintId) as ComplaintExtrasRow;
}

export interface CorrectiveActionRow {
  action: string;
  status: 'open' | 'implemented' | 'effective';
  owner_name: string;
}

export function correctiveActionsOf(db: ReadDb, complaintId: string): CorrectiveActionRow[] {
  return statement(
    db,
    `SELECT a.action, a.status, u.display_name AS owner_name
     FROM corrective_actions a JOIN users u ON u.id = a.owner_id
     WHERE a.complaint_id = ? ORDER BY a.created_at, a.id`,
  ).all(complaintId) as CorrectiveActionRow[];
}

export interface CompensationRow {
  type: string;
  amount: number | null;
  gift_qty: number | null;
  description: string | null;
  status: string;
}

export function compensationsOf(db: ReadDb, complaintId: string): CompensationRow[] {
  return statement(db, 'SELECT type, amount, gift_qty, description, status FROM compensations WHERE complaint_id = ? ORDER BY requested_at, id').all(complaintId) as CompensationRow[];
}

export interface CallBackRow {
  id: string;
  complaint_id: string;
  serial: string;
  customer_name: string;
  unit: string | null;
  complaint_result: string | null;
  at: string;
  by_name: string;
  method: string;
  resolution_adequate: number;
  timeliness: string;
  attitude: string;
  result: string;
  other_opinions: string | null;
  satisfied: number;
}

/** The latest call-back of a complaint. */
export function lastCallBackOf(db: ReadDb, complaintId: string): CallBackRow | undefined {
  return statement(
    db,
    `SELECT b.*, c.serial, c.customer_name, c.unit, c.result AS complaint_result, u.display_name AS by_name
     FROM complaint_call_backs b JOIN complaints c ON c.id = b.complaint_id JOIN users u ON u.id = b.by_user
     WHERE b.complaint_id = ? ORDER BY b.at DESC, b.id DESC LIMIT 1`,
  ).get(complaintId) as CallBackRow | undefined;
}

/** Call-backs made in a range (complaint_call_backs_by_at). */
export const CALL_BACKS_IN_RANGE = `SELECT b.*, c.serial, c.customer_name, c.unit, c.result AS complaint_result, u.display_name AS by_name
     FROM complaint_call_backs b JOIN complaints c ON c.id = b.complaint_id JOIN users u ON u.id = b.by_user
     WHERE b.at >= @from AND b.at < @to AND (@unit IS NULL OR c.unit = @unit)
     ORDER BY b.at, c.serial LIMIT @limit`;

export function callBacksInRange(db: ReadDb, range: InstantRange & { unit: string | null; limit: number }): CallBackRow[] {
  return statement(db, CALL_BACKS_IN_RANGE).all(range) as CallBackRow[];
}

export function callBacksOfComplaint(db: ReadDb, complaintId: string): CallBackRow[] {
  return statement(
    db,
    `SELECT b.*, c.serial, c.customer_name, c.unit, c.result AS complaint_result, u.display_name AS by_name
     FROM complaint_call_backs b JOIN complaints c ON c.id = b.complaint_id JOIN users u ON u.id = b.by_user
     WHERE b.complaint_id = ? ORDER BY b.at, b.id`,
  ).all(complaintId) as CallBackRow[];
}

export interface ExtensionRow {
  id: string;
  serial: string;
  customer_name: string;
  unit: string | null;
  extension_type: string;
  reason: string;
  new_due_at: string;
  customer_consent_at: string | null;
  requested_at: string;
  requested_by_name: string;
  status: string;
  decided_at: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
}

/** Extension requests made in a range (complaint_extensions_by_requested). */
export const EXTENSIONS_IN_RANGE = `SELECT e.*, c.serial, c.customer_name, c.unit, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM complaint_extensions e JOIN complaints c ON c.id = e.complaint_id
     JOIN users r ON r.id = e.requested_by LEFT JOIN users d ON d.id = e.decided_by
     WHERE e.requested_at >= @from AND e.requested_at < @to AND (@unit IS NULL OR c.unit = @unit)
     ORDER BY e.requested_at, c.serial LIMIT @limit`;

export function extensionsInRange(db: ReadDb, range: InstantRange & { unit: string | null; limit: number }): ExtensionRow[] {
  return statement(db, EXTENSIONS_IN_RANGE).all(range) as ExtensionRow[];
}

export function extensionsOfComplaint(db: ReadDb, complaintId: string): ExtensionRow[] {
  return statement(
    db,
    `SELECT e.*, c.serial, c.customer_name, c.unit, r.display_name AS requested_by_name, d.display_name AS decided_by_name
     FROM complaint_extensions e JOIN complaints c ON c.id = e.complaint_id
     JOIN users r ON r.id = e.requested_by LEFT JOIN users d ON d.id = e.decided_by
     WHERE e.complaint_id = ? ORDER BY e.requested_at, e.id`,
  ).all(complaintId) as ExtensionRow[];
}

export interface OpinionEntryRow {
  id: string;
  entry_no: number;
  entry_date: string;
  entry_type: string;
  content: string;
  customer_name: string | null;
  contact: string | null;
  recorded_by_name: string;
  handling_opinion: string | null;
  signed_at: string | null;
  signed_by_name: string | null;
  customer_replied_at: string | null;
  complaint_serial: string | null;
}

/** Opinion-book entries of the site days [fromDay, toDay], by the unit of whoever transcribed them. */
export function opinionEntriesInDays(db: ReadDb, days: { fromDay: string; toDay: string; unit: string | null; limit: number }): OpinionEntryRow[] {
  return statement(
    db,
    `SELECT e.id, e.entry_no, e.entry_date, e.entry_type, e.content, e.customer_name, e.contact, r.display_name AS recorded_by_name,
       e.handling_opinion, e.signed_at, s.display_name AS signed_by_name, e.customer_replied_at, c.serial AS complaint_serial
     FROM opinion_book_entries e JOIN users r ON r.id = e.recorded_by
     LEFT JOIN users s ON s.id = e.signed_by LEFT JOIN complaints c ON c.id = e.complaint_id
     WHERE e.entry_date >= @fromDay AND e.entry_date <= @toDay AND (@unit IS NULL OR r.unit = @unit)
     ORDER BY e.entry_date, e.entry_no LIMIT @limit`,
  ).all(days) as OpinionEntryRow[];
}

export interface MediaIncidentRow {
  id: string;
  occurred_at: string;
  channel: string;
  media_name: string | null;
  programme: string | null;
  journalist_name: string | null;
  platform: string | null;
  content_category: string | null;
  description: string;
  complaint_serial: string | null;
  status: string;
  status_note: string | null;
  recorded_by_name: string;
}

/** Media incidents that occurred in a range (media_incidents_by_time). */
export const MEDIA_IN_RANGE = `SELECT m.id, m.occurred_at, m.channel, m.media_name, m.programme, m.journalist_name, m.platform, m.content_category, m.description,
       c.serial AS complaint_serial, m.status, m.status_note, r.display_name AS recorded_by_name
     FROM media_incidents m JOIN users r ON r.id = m.recorded_by LEFT JOIN complaints c ON c.id = m.complaint_id
     WHERE m.occurred_at >= @from AND m.occurred_at < @to AND (@unit IS NULL OR r.unit = @unit)
     ORDER BY m.occurred_at, m.id LIMIT @limit`;

export function mediaIncidentsInRange(db: ReadDb, range: InstantRange & { unit: string | null; limit: number }): MediaIncidentRow[] {
  return statement(db, MEDIA_IN_RANGE).all(range) as MediaIncidentRow[];
}

export function mediaNotificationsOf(db: ReadDb, incidentId: string): { party: string; notified_at: string }[] {
  return statement(db, 'SELECT party, notified_at FROM media_incident_notifications WHERE incident_id = ? ORDER BY notified_at, id').all(incidentId) as { party: string; notified_at: string }[];
}

export interface TransferExportRow {
  seq: number;
  at: string;
  by_name: string | null;
  detail: string | null;
}

/** Transfer-file exports in a range (audit_transfer_exports). */
export const TRANSFER_EXPORTS_IN_RANGE = `SELECT a.seq, a.at, u.display_name AS by_name, a.after AS detail
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE a.action = 'sync.exportTransfer' AND a.at >= @from AND a.at < @to AND (@unit IS NULL OR u.unit = @unit)
     ORDER BY a.at, a.seq LIMIT @limit`;

/** Exports of the sync transfer file, from the audit log, by the unit of whoever exported. */
export function transferExportsInRange(db: ReadDb, range: InstantRange & { unit: string | null; limit: number }): TransferExportRow[] {
  return statement(db, TRANSFER_EXPORTS_IN_RANGE).all(range) as TransferExportRow[];
}

export interface ChecklistRecordRow {
  id: string;
  template_id: string;
  template_version: string;
  status: 'draft' | 'completed';
  answers: string;
  started_at: string;
  started_by_name: string;
  completed_at: string | null;
  completed_by_name: string | null;
}

/**
 * The records of a template, by the unit of whoever started them (drafts
 * too, or completed ones only). Their rows and dates live in the answers, so
 * the period is applied to what this returns.
 */
export function checklistRecordsOf(db: ReadDb, filter: { templateId: string; unit: string | null; completedOnly: boolean }): ChecklistRecordRow[] {
  return statement(
    db,
    `SELECT r.id, r.template_id, r.template_version, r.status, r.answers, r.started_at, s.display_name AS started_by_name,
       r.completed_at, c.display_name AS completed_by_name
     FROM checklist_records r JOIN users s ON s.id = r.started_by LEFT JOIN users c ON c.id = r.completed_by
     WHERE r.template_id = @templateId AND (@unit IS NULL OR s.unit = @unit) AND (@completedOnly = 0 OR r.status = 'completed')
     ORDER BY r.started_at, r.id`,
  ).all({ ...filter, completedOnly: filter.completedOnly ? 1 : 0 }) as ChecklistRecordRow[];
}

/** The units people of this site belong to, for narrowing a ledger. */
export function userUnits(db: ReadDb): string[] {
  return (statement(db, 'SELECT DISTINCT unit FROM users WHERE unit IS NOT NULL ORDER BY unit').all() as { unit: string }[]).map((r) => r.unit);
}

/** Whether anyone or any case at this site carries the unit (the case's unit is its handler's at assignment, who may have moved since). */
export function unitKnown(db: ReadDb, unit: string): boolean {
  const found = statement(
    db,
    'SELECT EXISTS (SELECT 1 FROM users WHERE unit = @unit) OR EXISTS (SELECT 1 FROM complaints WHERE unit = @unit) AS known',
  ).get({ unit }) as { known: number };
  return found.known === 1;
}

export interface CreditCustomerRow {
  id: string;
  customer_name: string;
  customer_scheme: string;
  customer_type: string | null;
  grade: 'A' | 'B' | 'C';
  credit_limit: number;
  review_months: number;
  inputs: string;
  outcome: string;
  approved_on: string;
}

/**
 * Each customer's credit grading in force on `day` (the latest approved on or
 * before it) with the limit in force then (the grading's, or an adjustment
 * approved after it, 第四十一条), for 《预付、赊销客户汇总表》: the site's, not a unit's. Which of
 * them the summary lists (第二十九条) is decided in the core from the grading.
 */
export function creditGradingsInForceOn(db: ReadDb, day: string): CreditCustomerRow[] {
  return statement(
    db,
    `WITH approved AS (
       SELECT g.id, s.decided_on AS approved_on,
              row_number() OVER (PARTITION BY g.customer_id ORDER BY s.decided_at DESC, g.id DESC) AS latest
       FROM credit_gradings g
       JOIN credit_grading_steps s ON s.grading_id = g.id AND s.step = 'approve' AND s.decision = 'approved'
       WHERE s.decided_on <= @day)
     SELECT g.id, c.name AS customer_name, c.scheme AS customer_scheme, c.customer_type, g.grade, g.review_months, g.inputs, g.outcome, a.approved_on,
            (SELECT x.credit_limit FROM credit_limits_set x WHERE x.customer_id = g.customer_id AND x.set_on <= @day ORDER BY x.set_at DESC, x.grading_id DESC LIMIT 1) AS credit_limit
     FROM approved a JOIN credit_gradings g ON g.id = a.id JOIN customers c ON c.id = g.customer_id
     WHERE a.latest = 1
     ORDER BY g.grade, c.name, g.id`,
  ).all({ day }) as CreditCustomerRow[];
}
