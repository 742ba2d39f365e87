// Replays captured rows (row-capture.ts) as prepared statements with fresh ids:
// every value of a primary-key or UNIQUE column of an inserted row is an id,
// replaced wherever it appears (other rows' columns, JSON payloads holding
// it); INTEGER PRIMARY KEYs are left to SQLite; an update of a row the same
// call inserted updates the replayed row, an update of an older row (a
// counter) updates that row again, its numbers moved by the same difference.
import type Database from 'better-sqlite3';
import type { Change, TableInfo } from './row-capture';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface Step {
  table: string;
  op: 'insert' | 'update';
  sql: string;
  /** Column values in statement order; for an update, then the row's key. */
  values: unknown[];
  /** An update of a row inserted by step `target` of the same replay (its rowid is known only then). */
  target: number | null;
}

export interface ReplayPlan {
  steps: Step[];
  /** The id values to replace in each instance. */
  ids: string[];
  /** Changes not replayed, and why (deletes; rows a schema trigger writes). */
  skipped: { table: string; op: string; reason: string }[];
}

function insertStep(table: TableInfo, change: Change): Step {
  const columns = table.columns.filter((c) => c !== table.rowidAlias);
  return {
    table: table.name,
    op: 'insert',
    sql: `INSERT INTO main.${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values: columns.map((c) => change.row![c]),
    target: null,
  };
}

function updateStep(table: TableInfo, change: Change, inserted: Map<string, number>): Step {
  // An update that changed no value still rewrites its row: replayed as one setting a column to itself.
  const noop = table.columns.find((c) => c !== table.rowidAlias && !table.key?.includes(c))!;
  const columns = change.changed.length > 0 ? change.changed.filter((c) => c !== table.rowidAlias) : [];
  const target = inserted.get(`${table.name}\u0000${String(change.at)}`) ?? null;
  // On an older row, a number that changed moves by the same difference again (a counter takes its next value).
  const moves = (c: string) => target === null && typeof change.row![c] === 'number' && c in change.before;
  const set = columns.length > 0 ? columns.map((c) => (moves(c) ? `${quote(c)} = ${quote(c)} + ?` : `${quote(c)} = ?`)).join(', ') : `${quote(noop)} = ${quote(noop)}`;
  const values = columns.map((c) => (moves(c) ? (change.row![c] as number) - change.before[c]! : change.row![c]));
  if (table.key) {
    const where = table.key.map((c) => `${quote(c)} = ?`).join(' AND ');
    return { table: table.name, op: 'update', sql: `UPDATE main.${quote(table.name)} SET ${set} WHERE ${where}`, values: [...values, ...table.key.map((c) => change.row![c])], target: null };
  }
  return { table: table.name, op: 'update', sql: `UPDATE main.${quote(table.name)} SET ${set} WHERE rowid = ?`, values: [...values, target === null ? change.at : null], target };
}

/** The statements that write what `changes` wrote, in the same order. */
export function planReplay(changes: Change[], tables: TableInfo[], byTriggers: Set<string>): ReplayPlan {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const steps: Step[] = [];
  const ids = new Set<string>();
  const skipped: ReplayPlan['skipped'] = [];
  const inserted = new Map<string, number>();
  for (const change of changes) {
    const table = byName.get(change.table)!;
    if (byTriggers.has(change.table)) skipped.push({ table: change.table, op: change.op, reason: 'written by a schema trigger' });
    else if (change.op === 'delete' || !change.row) skipped.push({ table: change.table, op: change.op, reason: 'a delete has no row to write again' });
    else if (change.op === 'insert') {
      inserted.set(`${table.name}\u0000${String(change.at)}`, steps.length);
      for (const c of table.unique) if (c !== table.rowidAlias && typeof change.row[c] === 'string') ids.add(change.row[c]);
      steps.push(insertStep(table, change));
    } else steps.push(updateStep(table, change, inserted));
  }
  // Longest first, so an id that contains another is replaced whole.
  return { steps, ids: [...ids].sort((a, b) => b.length - a.length), skipped };
}

/** Replaces every id in a value (whole, or inside a longer text such as a JSON payload). */
function substitute(value: unknown, fresh: Map<string, string>, ids: string[]): unknown {
  if (typeof value !== 'string') return value;
  const whole = fresh.get(value);
  if (whole !== undefined) return whole;
  let text = value;
  for (const id of ids) if (id.length >= 6 && text.includes(id)) text = text.replaceAll(id, fresh.get(id)!);
  return text;
}

/** One replay's parameter lists, each id replaced by `freshId(old)`. Built before timing, so the timed part only runs statements. */
export function instantiate(plan: ReplayPlan, freshId: (old: string) => string): unknown[][] {
  const fresh = new Map(plan.ids.map((id) => [id, freshId(id)]));
  return plan.steps.map((step) => step.values.map((v) => substitute(v, fresh, plan.ids)));
}

/** Prepares the plan's statements once; the returned function writes one instance (call it inside a transaction). */
export function replayer(db: Database.Database, plan: ReplayPlan): (values: unknown[][]) => void {
  const statements = plan.steps.map((step) => db.prepare(step.sql));
  return (values) => {
    const rowids: (number | bigint)[] = [];
    plan.steps.forEach((step, i) => {
      const args = values[i]!;
      if (step.target !== null) args[args.length - 1] = rowids[step.target];
      rowids[i] = statements[i]!.run(args).lastInsertRowid;
    });
  };
}
