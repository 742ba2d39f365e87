// Save (bench:store, issue 21): complaints.create through the dispatcher beside
//   (a) same rows: a raw transaction writing exactly the rows one create
//       writes, captured from a real create (row-capture.ts) and replayed with
//       fresh ids (row-replay.ts), on the same connection, one commit each;
//   (b) same purpose: a complaint row, its trigram index entry and an outbox
//       reference in the scratch database of store-purpose.ts, one commit each;
// timed in turns; the ratio is throughput, baseline p50 / API p50.
import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import { newId } from '../../shared/ids';
import { capture, ordinaryTables, triggerTargets, type Captured } from './row-capture';
import { instantiate, planReplay, replayer, type ReplayPlan } from './row-replay';
import type { SamePurpose } from './store-purpose';
import { inTurns, line, load, ratioLine } from './store-timing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let made = 0;

/**
 * A fresh value for an id: a new UUIDv7 for a UUID (time-ordered, as the app's); any other (a serial) made
 * unique by a suffix of letters only, so no digit or Chinese search term drawn later matches it by accident.
 */
export function freshId(old: string): string {
  if (UUID.test(old)) return newId();
  let n = ++made;
  let suffix = '';
  for (; n > 0; n = Math.floor(n / 26)) suffix += String.fromCharCode(97 + (n % 26));
  // Unique within a run; the old value is itself a new serial each run.
  return `${old}~${suffix}`;
}

/** Per table, "api/baseline" inserts and updates, and whether every table matches. */
export function compareCounts(api: Captured['counts'], baseline: Captured['counts']): { lines: string[]; same: boolean } {
  const tables = [...new Set([...Object.keys(api), ...Object.keys(baseline)])].sort();
  let same = true;
  const lines = tables.map((table) => {
    const a = api[table] ?? { insert: 0, update: 0, delete: 0 };
    const b = baseline[table] ?? { insert: 0, update: 0, delete: 0 };
    const match = a.insert === b.insert && a.update === b.update && a.delete === b.delete;
    same &&= match;
    const part = (name: keyof typeof a) => (a[name] || b[name] ? ` ${name} ${a[name]}/${b[name]}` : '');
    return `${table}:${part('insert')}${part('update')}${part('delete')}${match ? '' : '  ← differs'}`;
  });
  return { lines, same };
}

type Create = (i: number) => Promise<unknown>;

/** Captures one real create (after a warm-up create, so day counters exist) and checks a replay writes as many rows per table. */
function captureSave(db: Database.Database, create: Create): { plan: ReplayPlan; row: Record<string, unknown>; same: boolean; pending: Promise<unknown>[] } {
  const tables = ordinaryTables(db);
  const pending = [create(1)];
  const api = capture(db, tables, () => void pending.push(create(2)));
  const plan = planReplay(api.changes, tables, triggerTargets(db));
  const replay = replayer(db, plan);
  const once = capture(db, tables, () => db.transaction(() => replay(instantiate(plan, freshId))).immediate());
  const { lines, same } = compareCounts(api.counts, once.counts);
  console.log(`save: rows one complaints.create writes (API/same-rows baseline), ${plan.steps.length} statements replayed:`);
  for (const text of lines) console.log(`    ${text}`);
  for (const s of plan.skipped) console.log(`    not replayed: ${s.op} on ${s.table} (${s.reason})`);
  const complaint = api.changes.find((c) => c.table === 'complaints' && c.op === 'insert');
  if (!complaint?.row) throw new Error('the captured create wrote no complaint row');
  return { plan, row: complaint.row, same, pending };
}

export async function benchSave(db: Database.Database, core: Core, session: string, options: { samples: number; purpose: SamePurpose; contentOf: (i: number) => string }): Promise<void> {
  const create: Create = (i) =>
    // The dispatcher is async only in signature: the handler runs synchronously inside this call.
    core.dispatch({ method: 'complaints.create', session, input: { kind: 'complaint', channel: 'phone', customerName: '王敏', customerPhone: '13800000000', content: options.contentOf(i) } });
  const { plan, row, same, pending } = captureSave(db, create);
  const replay = replayer(db, plan);
  const n = options.samples;
  // Every instance built before timing: the timed part only runs statements.
  const instances = Array.from({ length: n }, () => instantiate(plan, freshId));
  const rows = Array.from({ length: n }, () => ({ ...row, id: newId(), serial: freshId(String(row.serial)) }));
  const [sameRows, purpose, api] = inTurns(n, [
    { label: 'save: baseline same rows (raw transaction, one commit)', work: (i) => db.transaction(() => replay(instances[i]!)).immediate() },
    { label: 'save: baseline same purpose (row + trigram + outbox ref)', work: (i) => options.purpose.save(rows[i]!) },
    { label: 'save: complaints.create through the dispatcher', work: (i) => void pending.push(create(i)) },
  ]);
  const failed = (await Promise.all(pending)).filter((r) => !(r as { ok: boolean }).ok);
  if (failed.length) throw new Error(`saves failed: ${JSON.stringify(failed[0])}`);
  line('  throughput API', `${(1000 / api!.p50).toFixed(0)}/s; same rows ${(1000 / sameRows!.p50).toFixed(0)}/s; same purpose ${(1000 / purpose!.p50).toFixed(0)}/s   [${load()}]`);
  ratioLine('  API / same rows (throughput, p50)', sameRows!.p50 / api!.p50, same ? 0.9 : null, false, same ? '' : '(rows differ: not judged)');
  ratioLine('  API / same purpose (throughput, p50)', purpose!.p50 / api!.p50, 0.9, false);
  console.log('');
}
