// Work lists (bench:store, issue 21): each list's first page through the
// core's listComplaints beside the same page written raw — the same filter,
// order, joins and columns as complaint-list-repository.ts reads, and the
// same count of the first page (up to LIST_COUNT_CAP) — checked to return the
// same ids and count before timing, and timed in turns with it.
import type Database from 'better-sqlite3';
import type { ReadDb } from '../../electron/core/db/handles';
import { DUE_SOON_MS, listComplaints } from '../../electron/core/complaints/complaint-list-repository';
import { LIST_COUNT_CAP, WORK_LISTS, type WorkList } from '../../shared/api/complaints';
import { inTurns, line, load, ratioLine } from './store-timing';

const PAGE = 50;
const OPEN = "c.status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved')";
const COLUMNS = `c.id, c.serial, c.kind, c.channel, c.status, c.customer_name, c.customer_phone, c.content, u.display_name AS first_receiver_name,
  c.received_at, c.class_code, c.due_at, a.display_name AS assignee_name, c.unit, c.escalation_count, c.repeat_count, c.version, c.closed_at`;
const JOINS = 'JOIN users u ON u.id = c.first_receiver_id LEFT JOIN users a ON a.id = c.assignee_id';

/** Each list's filter and order, as the repository's partial indexes read them. */
const RAW: Record<WorkList, { where: string; order: string }> = {
  all: { where: '1', order: 'c.received_at DESC, c.id DESC' },
  open: { where: OPEN, order: 'c.received_at DESC, c.id DESC' },
  mine: { where: `c.assignee_id = @me AND ${OPEN}`, order: "ifnull(c.due_at, '9999') ASC, c.id ASC" },
  overdue: { where: 'c.due_at IS NOT NULL AND c.due_at < @now', order: 'c.due_at ASC, c.id ASC' },
  dueSoon: { where: 'c.due_at IS NOT NULL AND c.due_at >= @now AND c.due_at < @soon', order: 'c.due_at ASC, c.id ASC' },
  awaitingCallBack: { where: "c.status = 'resolved' AND c.kind = 'complaint'", order: "printf('%03d', 999 - c.class_rank) || ifnull(c.due_at, '9999') ASC, c.id ASC" },
  escalated: { where: `c.escalation_count > 0 AND ${OPEN}`, order: 'c.last_escalated_at DESC, c.id DESC' },
};

interface RawList {
  page: Database.Statement;
  count: Database.Statement;
  params: Record<string, string>;
}

function rawList(db: Database.Database, list: WorkList, me: string, now: Date): RawList {
  const { where, order } = RAW[list];
  const all = { me, now: now.toISOString(), soon: new Date(now.getTime() + DUE_SOON_MS).toISOString() };
  const params = Object.fromEntries(Object.entries(all).filter(([name]) => where.includes(`@${name}`)));
  return {
    page: db.prepare(`SELECT ${COLUMNS} FROM complaints c ${JOINS} WHERE ${where} ORDER BY ${order} LIMIT ${PAGE + 1}`),
    count: db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM complaints c WHERE ${where} LIMIT ${LIST_COUNT_CAP + 1})`),
    params,
  };
}

/** The raw first page and its count, as complaints.list answers it. */
function readRaw(raw: RawList): { ids: string[]; total: number } {
  const rows = raw.page.all(raw.params) as { id: string }[];
  const { n } = raw.count.get(raw.params) as { n: number };
  return { ids: rows.slice(0, PAGE).map((r) => r.id), total: Math.min(n, LIST_COUNT_CAP) };
}

export function benchLists(db: ReadDb, options: { samples: number; me: string; rows: number }): void {
  const now = new Date();
  let worst = 0;
  for (const list of WORK_LISTS) {
    const raw = rawList(db, list, options.me, now);
    const core = () => listComplaints(db, { list, limit: PAGE, userId: options.me, now });
    const ours = core();
    const theirs = readRaw(raw);
    const same = ours.items.length === theirs.ids.length && ours.items.every((item, i) => item.id === theirs.ids[i]) && ours.total === theirs.total;
    line(`work list ${list}: ${theirs.ids.length} rows, count ${theirs.total}`, same ? 'same ids and count as the baseline' : `DIFFERENT from the baseline (core count ${ours.total})`);
    const [base, mine] = inTurns(Math.min(options.samples, 300), [
      { label: `  baseline same page, joins, columns and count (raw)`, work: () => readRaw(raw) },
      { label: `  listComplaints (core)`, work: () => core() },
    ]);
    const ratio = mine!.p95 / base!.p95;
    worst = Math.max(worst, ratio);
    line('  core / baseline, p50', `ratio ${(mine!.p50 / base!.p50).toFixed(2)}×`);
    ratioLine('  core / baseline, p95', ratio, same ? 2 : null, true, same ? '' : '(pages differ: not judged)');
  }
  line(`work lists: worst p95 ratio ${worst.toFixed(2)}× at ${options.rows.toLocaleString('en-US')} complaints`, `(issue 21 target ≤ 2× at 1,000,000)   [${load()}]\n`);
}
