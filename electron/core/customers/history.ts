import { CUSTOMER_HISTORY_PAGE_SIZE, type CustomerHistory, type CustomerHistoryEntry, type CustomerHistoryType } from '../../../shared/api/customer-history';
import type { ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import type { ReadDb } from '../db/handles';
import { creditHistoryOf } from '../credit';
import { meetingHistoryOf, riskClassHistoryOf } from '../risk-classes';
import { customerWorkflowHistory } from '../complaints/workflow-records';
import { classOverrideRows, customerRow, followUpRows, historyComplaintRows, mergeHistoryRows, type ClassOverrideRow } from './customers-repository';

/**
 * 客户往来记录 (issue 19 §1): every complaint, call-back, follow-up, credit step, limit adjustment,
 * risk-class change, risk meeting and merge of one customer file, newest first. Each feature reads its own records through its face;
 * they are merged and paged here, in memory: one customer's dealings are tens of records, not
 * thousands, and one sorted list across five features' tables is simpler than a UNION across
 * their repositories.
 */

/**
 * Among entries of the same moment, the consequence reads first (newest first): a satisfied
 * call-back closes its complaint at the very moment it is recorded, so 结案 sits above 回访.
 */
const SAME_MOMENT_ORDER: Record<CustomerHistoryType, number> = {
  complaintReceived: 0,
  classOverridden: 0,
  followUp: 1,
  callBack: 2,
  complaintClosed: 3,
  creditProposed: 4,
  creditStep: 5,
  riskClassChanged: 6,
  riskClassRefused: 7,
  limitAdjustmentProposed: 4,
  limitAdjustmentDecided: 5,
  riskMeeting: 8,
  merged: 9,
};

/** The audit entry's JSON, or {} where a record predates it or was written by hand. */
function auditValues(json: string | null): { classCode?: string | null; override?: string | null; reason?: string } {
  try {
    return (json ? JSON.parse(json) : {}) as ReturnType<typeof auditValues>;
  } catch {
    return {};
  }
}

function classOverrideEntry(row: ClassOverrideRow): CustomerHistoryEntry {
  const before = auditValues(row.before);
  const after = auditValues(row.after);
  return {
    type: 'classOverridden',
    at: row.at,
    byName: row.by_name,
    complaint: { id: row.complaint_id, serial: row.serial, kind: row.kind as ComplaintKind },
    fromClass: before.classCode ?? null,
    toClass: after.classCode ?? null,
    override: (after.override ?? null) !== null,
    reason: after.reason ?? '',
  };
}

function ownEntries(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  const complaints = historyComplaintRows(db, customerId).map(
    (c): CustomerHistoryEntry => ({
      type: 'complaintReceived',
      at: c.received_at,
      byName: c.receiver_name,
      complaint: { id: c.id, serial: c.serial, kind: c.kind },
      classCode: c.class_code,
      content: c.content,
    }),
  );
  const followUps = followUpRows(db, customerId).map((f): CustomerHistoryEntry => ({ type: 'followUp', at: f.at, byName: f.by_name, method: f.method, note: f.note }));
  const merges = mergeHistoryRows(db, customerId).map((m): CustomerHistoryEntry => ({ type: 'merged', at: m.merged_at, byName: m.by_name, name: m.name, reason: m.merge_reason }));
  const overrides = classOverrideRows(db, customerId).map(classOverrideEntry);
  return [...complaints, ...overrides, ...followUps, ...merges];
}

export function newestFirst(a: CustomerHistoryEntry, b: CustomerHistoryEntry): number {
  return b.at.localeCompare(a.at) || SAME_MOMENT_ORDER[b.type] - SAME_MOMENT_ORDER[a.type];
}

/** One page of the file's history (page 1 is the newest); null when there is no such file. */
export function customerHistory(db: ReadDb, customerId: string, page: number): CustomerHistory | null {
  if (!customerRow(db, customerId)) return null;
  const all = [...ownEntries(db, customerId), ...customerWorkflowHistory(db, customerId), ...creditHistoryOf(db, customerId), ...riskClassHistoryOf(db, customerId), ...meetingHistoryOf(db, customerId)].sort(newestFirst);
  const start = (page - 1) * CUSTOMER_HISTORY_PAGE_SIZE;
  const entries = all.slice(start, start + CUSTOMER_HISTORY_PAGE_SIZE);
  return { entries, page, total: all.length, hasMore: start + entries.length < all.length };
}
