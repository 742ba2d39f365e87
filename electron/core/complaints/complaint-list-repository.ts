import { LIST_COUNT_CAP, type ComplaintListItem, type WorkList } from '../../../shared/api/complaints';
import { trigramSearch, type TrigramSearch } from '../../../shared/domain/trigram-search';
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

/** The FTS5 conditions on `complaint_trigrams s` for a search, its parameters added to `params`. */
function searchConditions(search: TrigramSearch, params: Record<string, unknown>): string[] {
  const conditions: string[] = [];
  if (search.match) {
    conditions.push('s.complaint_trigrams MATCH @match');
    params.match = search.match;
  }
  search.globs.forEach((glob, i) => {
    conditions.push(`s.text GLOB @glob${i}`);
    params[`glob${i}`] = glob;
  });
  return conditions;
}

/**
 * A search page: the trigram index walked newest-entered first (by rowid,
 * which FTS5 walks in order) and stopped at the page. With no list filter the
 * LIMIT is on the index itself and only the page's complaints are read;
 * otherwise each match is checked against the list until the page is full.
 */
function searchStatements(
  search: TrigramSearch,
  filters: string[],
  params: Record<string, unknown>,
  page: { rows: number; after: string | undefined },
): { sql: string; counted: string } {
  const conditions = searchConditions(search, params);
  const { after } = page;
  // A literal LIMIT (a validated integer), not a parameter: SQLite then plans the FTS5 scan for it (0.09 ms less a page, issue 21).
  const limit = `LIMIT ${Math.trunc(page.rows)}`;
  delete params.limit;
  const unfiltered = filters.every((filter) => filter === '1');
  const afterCondition = after ? ['s.rowid < @after'] : [];
  if (after) params.after = Number(after);
  if (unfiltered) {
    const found = `SELECT s.rowid FROM complaint_trigrams s WHERE ${[...conditions, ...afterCondition].join(' AND ')} ORDER BY s.rowid DESC ${limit}`;
    return {
      sql: `SELECT s.rowid AS sort_key, ${LIST_COLUMNS} FROM (${found}) s JOIN complaints c ON c.rowid = s.rowid ${LIST_JOINS} ORDER BY s.rowid DESC`,
      counted: `SELECT 1 FROM complaint_trigrams s WHERE ${conditions.join(' AND ')}`,
    };
  }
  const where = [...conditions, ...filters].join(' AND ');
  return {
    sql: `SELECT s.rowid AS sort_key, ${LIST_COLUMNS} FROM complaint_trigrams s JOIN complaints c ON c.rowid = s.rowid ${LIST_JOINS}
      WHERE ${[where, ...afterCondition].join(' AND ')} ORDER BY s.rowid DESC ${limit}`,
    counted: `SELECT 1 FROM complaint_trigrams s JOIN complaints c ON c.rowid = s.rowid WHERE ${where}`,
  };
}

/**
 * One page of a work list. With a search query the trigram index drives the
 * page (searchStatements); otherwise the list's own key orders it. The first
 * page also counts the list, up to LIST_COUNT_CAP; a first page that is not
 * full is the whole list, so it is its own count.
 */
export function listComplaints(db: ReadDb, request: ListRequest): ListPage {
  const list = LISTS[request.list];
  const search = request.query ? trigramSearch(request.query) : null;
  if (request.query && !search) return { items: [], total: 0, totalCapped: false, nextCursor: null };
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
  if (search) {
    ({ sql, counted } = searchStatements(search, filters, params, { rows: request.limit + 1, after: request.after }));
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
  const more = rows.length > request.limit;
  let total: number | null = null;
  let totalCapped = false;
  if (!request.after && search && !more && page.length <= LIST_COUNT_CAP) {
    total = page.length;
  } else if (!request.after) {
    const { after: _a, afterKey: _k, afterId: _i, limit: _l, ...countParams } = params;
    const { n } = statement(db, `SELECT count(*) AS n FROM (${counted} LIMIT ${LIST_COUNT_CAP + 1})`).get(countParams) as { n: number };
    total = Math.min(n, LIST_COUNT_CAP);
    totalCapped = n > LIST_COUNT_CAP;
  }
  return { items: page.map(toListItem), total, totalCapped, nextCursor: more && last ? cursorOf(last) : null };
}
