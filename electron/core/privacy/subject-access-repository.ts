import { statement, type ReadDb } from '../db/handles';
import { COMPLAINT_LIST_COLUMNS } from '../complaints/complaint-lists-repository';

/** Everything held about one customer, as stored (the subject's own data, unmasked); null when there is no such file. */
export interface SubjectAccessRecords {
  customer: Record<string, unknown>;
  complaints: Record<string, unknown>[];
  /** The fields an organisation's register asks beyond every complaint's own (migration 0046), with the pack that names them. */
  recordFields: Record<string, unknown>[];
  callBacks: Record<string, unknown>[];
  visits: Record<string, unknown>[];
  opinionEntries: Record<string, unknown>[];
  mediaIncidents: Record<string, unknown>[];
  limitAdjustments: Record<string, unknown>[];
  accessRegister: Record<string, unknown>[];
}

/**
 * The credit-limit adjustments proposed for the customer in the monthly checks (seed002 客户管理制度3 第四十一条):
 * the evaluation's month and limit, the proposed one, who proposed and decided and how, and, once approved,
 * the adjustment that put it in force.
 */
const LIMIT_ADJUSTMENTS = `
  SELECT e.id AS evaluation_id, e.month, e.credit_limit AS from_limit, e.proposed_limit AS to_limit, e.opinion,
    p.display_name AS proposed_by, e.checked_at AS proposed_at, e.decision, d.display_name AS decided_by, e.decided_at, e.decision_reason,
    a.id AS adjustment_id, a.effective_on
  FROM credit_evaluations e
  JOIN users p ON p.id = e.checked_by
  LEFT JOIN users d ON d.id = e.decided_by
  LEFT JOIN credit_limit_adjustments a ON a.evaluation_id = e.id
  WHERE e.customer_id = ? AND e.proposed_limit IS NOT NULL ORDER BY e.month`;

export function subjectAccessRecords(db: ReadDb, customerId: string): SubjectAccessRecords | null {
  const customer = statement(db, 'SELECT * FROM customers WHERE id = ?').get(customerId) as Record<string, unknown> | undefined;
  if (!customer) return null;
  const all = (sql: string, ...params: unknown[]) => statement(db, sql).all(...params) as Record<string, unknown>[];
  // The lists kept in child tables (migration 0044) come back as the columns the record had, so the export lists them as before.
  const complaints = all(`SELECT c.*, ${COMPLAINT_LIST_COLUMNS} FROM complaints c WHERE c.customer_id = ? ORDER BY c.received_at`, customerId);
  const complaintIds = JSON.stringify(complaints.map((c) => c['id']));
  const ofComplaints = '(SELECT value FROM json_each(?))';
  const opinionEntries = all(`SELECT * FROM opinion_book_entries WHERE complaint_id IN ${ofComplaints} ORDER BY entry_no`, complaintIds);
  const mediaIncidents = all(`SELECT * FROM media_incidents WHERE complaint_id IN ${ofComplaints} ORDER BY occurred_at`, complaintIds);
  const recordIds = JSON.stringify([customerId, ...[...complaints, ...opinionEntries, ...mediaIncidents].map((r) => r['id'])]);
  return {
    customer,
    complaints,
    recordFields: all(
      `SELECT f.complaint_id, f.field_id, f.value, f.recorded_at, f.recorded_by, c.rule_pack_id, c.rule_pack_version
       FROM complaint_record_fields f JOIN complaints c ON c.id = f.complaint_id
       WHERE f.complaint_id IN ${ofComplaints} ORDER BY c.received_at, f.recorded_at, f.field_id`,
      complaintIds,
    ),
    callBacks: all(`SELECT * FROM complaint_call_backs WHERE complaint_id IN ${ofComplaints} ORDER BY at`, complaintIds),
    visits: all('SELECT * FROM customer_follow_ups WHERE customer_id = ? ORDER BY at', customerId),
    opinionEntries,
    mediaIncidents,
    limitAdjustments: all(LIMIT_ADJUSTMENTS, customerId),
    accessRegister: all('SELECT * FROM personal_data_access WHERE record_id IN (SELECT value FROM json_each(?)) ORDER BY at, rowid', recordIds),
  };
}

/**
 * The display names of the site's users among `values` (every value of a customer's records): who received,
 * handled, recorded or signed, so a reader of the export sees names, not the users' ids.
 */
export function staffNamesAmong(db: ReadDb, values: readonly unknown[]): Record<string, string> {
  const candidates = JSON.stringify([...new Set(values.filter((v): v is string => typeof v === 'string'))]);
  const rows = statement(db, 'SELECT id, display_name FROM users WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(candidates) as { id: string; display_name: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.display_name]));
}
