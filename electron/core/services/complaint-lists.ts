import { LIST_COUNT_CAP, type ComplaintListItem, type WorkList } from '../../../shared/api/complaints';
import { searchQuery } from '../../../shared/domain/search-tokens';
import { OPEN_STATUSES } from '../../../shared/domain/workflow';
import { statement, type ReadDb } from '../db/handles';

/** How far ahead 即将到期 looks. */
export const DUE_SOON_MS = 24 * 3_600_000;

/** The same text as the partial indexes of migration 0004, built from the one list of open states. */
const OPEN = `c.status IN (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

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

/** Only the columns a list row shows: better-sqlite3 pays per value read, and a complaints row has fifty. */
const LIST_COLUMNS = `c.id, c.serial, c.kind, c.channel, c.status, c.customer_name, c.customer_phone, c.content, u.display_name AS first_receiver_name,
  c.received_at, c.class_code, c.due_at, a.display_name AS assignee_name, c.unit, c.escalation_count, c.repeat_count, c.version, c.closed_at`;
const LIST_JOINS = 'JOIN users u ON u.id = c.first_receiver_id LEFT JOIN users a ON a.id = c.assignee_id';

interface ListRow {
  sort_key: string | number;
  id: string;
  serial: string;
  kind: ComplaintListItem['kind'];
  channel: ComplaintListItem['channel'];
  status: ComplaintListItem['status'];
  customer_name: string;
  customer_phone: string | null;
  content: string;
  first_receiver_name: string;
  received_at: string;
  class_code: string | null;
  due_at: string | null;
  assignee_name: string | null;
  unit: string | null;
  escalation_count: number;
  repeat_count: number;
  version: number;
  closed_at: string | null;
}

function toListItem(row: ListRow): ComplaintListItem {
  return {
    id: row.id,
    serial: row.serial,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    content: row.content,
    firstReceiverName: row.first_receiver_name,
    receivedAt: row.received_at,
    classCode: row.class_code,
    dueAt: row.due_at,
    assigneeName: row.assignee_name,
    unit: row.unit,
    escalationCount: row.escalation_count,
    repeatCount: row.repeat_count,
    version: row.version,
    closedAt: row.closed_at,
  };
}

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
  items: ComplaintListItem[];
  total: number | null;
  totalCapped: boolean;
  nextCursor: string | null;
}

/**
 * One page of a work list. With a search query the full-text index drives the
 * page, newest-entered first (by rowid, which FTS5 walks in order and stops
 * early on); otherwise the list's own key orders it. The first page also
 * counts the list, up to LIST_COUNT_CAP.
 */
export function listComplaints(db: ReadDb, request: ListRequest): ListPage {
  const list = LISTS[request.list];
  const match = request.query ? searchQuery(request.query) : null;
  if (request.query && !match) return { items: [], total: 0, totalCapped: false, nextCursor: null };
  const params: Record<string, unknown> = { limit: request.limit + 1 };
  // Only the parameters a statement names: better-sqlite3 refuses unknown ones.
  const filters = [list.where];
  if (list.where.includes('@me')) params.me = request.userId;
  if (list.where.includes('@now')) params.now = request.now.toISOString();
  if (list.where.includes('@soon')) params.soon = new Date(request.now.getTime() + DUE_SOON_MS).toISOString();
  if (request.unit) {
    filters.push('c.unit = @unit');
    params.unit = request.unit;
  }

  let sql: string;
  let counted: string;
  let cursorOf: (row: ListRow) => string;
  if (match) {
    params.match = match;
    const where = `s.complaint_search MATCH @match AND ${filters.join(' AND ')}`;
    counted = `SELECT 1 FROM complaint_search s JOIN complaints c ON c.rowid = s.rowid WHERE ${where}`;
    const after = request.after ? ' AND s.rowid < @after' : '';
    if (request.after) params.after = Number(request.after);
    sql = `SELECT s.rowid AS sort_key, ${LIST_COLUMNS} FROM complaint_search s JOIN complaints c ON c.rowid = s.rowid ${LIST_JOINS}
      WHERE ${where}${after} ORDER BY s.rowid DESC LIMIT @limit`;
    cursorOf = (row) => String(row.sort_key);
  } else {
    const where = filters.join(' AND ');
    counted = `SELECT 1 FROM complaints c WHERE ${where}`;
    let after = '';
    if (request.after) {
      const bar = request.after.lastIndexOf('|');
      params.afterKey = request.after.slice(0, bar);
      params.afterId = request.after.slice(bar + 1);
      after = ` AND (${list.key}, c.id) ${list.order === 'DESC' ? '<' : '>'} (@afterKey, @afterId)`;
    }
    sql = `SELECT ${list.key} AS sort_key, ${LIST_COLUMNS} FROM complaints c ${LIST_JOINS}
      WHERE ${where}${after} ORDER BY ${list.key} ${list.order}, c.id ${list.order} LIMIT @limit`;
    cursorOf = (row) => `${row.sort_key}|${row.id}`;
  }
  const rows = statement(db, sql).all(params) as ListRow[];
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  let total: number | null = null;
  let totalCapped = false;
  if (!request.after) {
    const { after: _a, afterKey: _k, afterId: _i, limit: _l, ...countParams } = params;
    const { n } = statement(db, `SELECT count(*) AS n FROM (${counted} LIMIT ${LIST_COUNT_CAP + 1})`).get(countParams) as { n: number };
    total = Math.min(n, LIST_COUNT_CAP);
    totalCapped = n > LIST_COUNT_CAP;
  }
  return { items: page.map(toListItem), total, totalCapped, nextCursor: rows.length > request.limit && last ? cursorOf(last) : null };
}
