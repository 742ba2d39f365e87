import { LIST_COUNT_CAP, type Complaint, type WorkList } from '../../../shared/api/complaints';
import { searchQuery } from '../../../shared/domain/search-tokens';
import { statement, type ReadDb } from '../db/handles';
import { SELECT_COMPLAINT, toComplaint, type ComplaintRow } from './complaint-rows';

/** How far ahead 即将到期 looks. */
export const DUE_SOON_MS = 24 * 3_600_000;

const OPEN = `c.status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved')`;

/**
 * Each work list as a filter and one sort key, so every page is a keyset range
 * over a partial index of migration 0004 (the expressions match its indexes
 * exactly; SQLite uses a partial or expression index only then).
 */
const LISTS: Record<WorkList, { where: string; key: string; order: 'ASC' | 'DESC' }> = {
  all: { where: '1', key: 'c.received_at', order: 'DESC' },
  open: { where: OPEN, key: 'c.received_at', order: 'DESC' },
  mine: { where: `c.assignee_id = @me AND ${OPEN}`, key: "ifnull(c.due_at, '9999')", order: 'ASC' },
  overdue: { where: 'c.due_at IS NOT NULL AND c.due_at < @now', key: 'c.due_at', order: 'ASC' },
  dueSoon: { where: 'c.due_at IS NOT NULL AND c.due_at >= @now AND c.due_at < @soon', key: 'c.due_at', order: 'ASC' },
  // 篇6 第三十七条(一): major complaints are called back first; class_rank grows with severity.
  awaitingCallBack: { where: "c.status = 'resolved' AND c.kind = 'complaint'", key: "printf('%03d', 999 - c.class_rank) || ifnull(c.due_at, '9999')", order: 'ASC' },
  escalated: { where: `c.escalation_count > 0 AND ${OPEN}`, key: 'c.last_escalated_at', order: 'DESC' },
};

export interface ListRequest {
  list: WorkList;
  query?: string | undefined;
  unit?: string | undefined;
  limit: number;
  after?: string | undefined;
  userId: string;
  now: Date;
}

export interface ListPage {
  items: Complaint[];
  total: number | null;
  totalCapped: boolean;
  nextCursor: string | null;
}

/**
 * One page of a work list. A search query narrows it by the full-text index
 * and then pages newest-entered first (by rowid, which the index walks in
 * order and can stop early); otherwise the list's own key orders it. Rows carry
 * no grade: the list shows the stored class and `due_at`, so no page grades.
 */
export function listComplaints(db: ReadDb, request: ListRequest): ListPage {
  const list = LISTS[request.list];
  const params = {
    me: request.userId,
    now: request.now.toISOString(),
    soon: new Date(request.now.getTime() + DUE_SOON_MS).toISOString(),
    unit: request.unit ?? null,
    limit: request.limit + 1,
    afterKey: null as string | number | null,
    afterId: null as string | null,
    match: null as string | null,
  };
  const unitFilter = request.unit ? ' AND c.unit = @unit' : '';
  const match = request.query ? searchQuery(request.query) : null;
  if (request.query && !match) return { items: [], total: 0, totalCapped: false, nextCursor: null };

  let where: string;
  let order: string;
  let keyOf: (row: ComplaintRow & { sort_key: string | number }) => string;
  let keySql: string;
  if (match) {
    params.match = match;
    where = `c.rowid IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH @match) AND ${list.where}${unitFilter}`;
    keySql = 'c.rowid';
    order = 'c.rowid DESC';
    keyOf = (row) => String(row.rowid);
    if (request.after) {
      params.afterKey = Number(request.after);
      where += ' AND c.rowid < @afterKey';
    }
  } else {
    where = `${list.where}${unitFilter}`;
    keySql = list.key;
    order = `${list.key} ${list.order}, c.id ${list.order}`;
    keyOf = (row) => `${row.sort_key}|${row.id}`;
    if (request.after) {
      const bar = request.after.lastIndexOf('|');
      params.afterKey = request.after.slice(0, bar);
      params.afterId = request.after.slice(bar + 1);
      where += ` AND (${list.key}, c.id) ${list.order === 'DESC' ? '<' : '>'} (@afterKey, @afterId)`;
    }
  }
  const rows = statement(db, `${SELECT_COMPLAINT.replace('SELECT c.rowid,', `SELECT ${keySql} AS sort_key, c.rowid,`)} WHERE ${where} ORDER BY ${order} LIMIT @limit`).all(
    params,
  ) as (ComplaintRow & { sort_key: string | number })[];
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  const counted = request.after ? null : countUpToCap(db, match ? `c.rowid IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH @match) AND ${list.where}${unitFilter}` : where, params);
  return {
    items: page.map((row) => toComplaint(row, null)),
    total: counted?.total ?? null,
    totalCapped: counted?.capped ?? false,
    nextCursor: rows.length > request.limit && last ? keyOf(last) : null,
  };
}

/** Counts a list's records up to the cap: exact for a station's real lists, bounded for a million rows. */
function countUpToCap(db: ReadDb, where: string, params: Record<string, unknown>): { total: number; capped: boolean } {
  const { n } = statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM complaints c WHERE ${where} LIMIT ${LIST_COUNT_CAP + 1})`).get(params) as { n: number };
  return { total: Math.min(n, LIST_COUNT_CAP), capped: n > LIST_COUNT_CAP };
}

/** Open records of the same customer, newest first: by phone when given (names repeat), else by exact name. */
export function similarComplaints(db: ReadDb, customer: { customerPhone?: string | undefined; customerName?: string | undefined }): Complaint[] {
  const byPhone = customer.customerPhone && customer.customerPhone.length >= 5;
  if (!byPhone && !customer.customerName) return [];
  const rows = statement(
    db,
    `${SELECT_COMPLAINT} WHERE ${byPhone ? 'c.customer_phone = @value' : 'c.customer_name = @value'} AND ${OPEN} ORDER BY c.received_at DESC LIMIT 10`,
  ).all({ value: byPhone ? customer.customerPhone : customer.customerName }) as ComplaintRow[];
  return rows.map((row) => toComplaint(row, null));
}
