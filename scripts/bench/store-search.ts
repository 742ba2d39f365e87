// The search rows of bench:store (issue 21). Terms are drawn from the stored
// rows: pieces of 3–4 letters/digits of names and content, phone fragments of
// 4–11 digits, and, reported apart since no trigram can stand for them,
// 2-character pieces. Each is timed through listComplaints (the page of 50 and
// its count, as complaints.list answers) beside the same purpose done raw:
// a plain FTS5 trigram index over the same four fields (serial, name, phone,
// content; SQLite's own folding, no triggers, no count), reading the same page
// with the same joins; 2-character terms beside a raw scan of the same fields
// stopped at the page. Pages (and counts) are compared term by term before
// timing, and only the terms on which they agree are timed.
import type Database from 'better-sqlite3';
import path from 'node:path';
import type { ReadDb } from '../../electron/core/db/handles';
import { listComplaints } from '../../electron/core/complaints/complaint-list-repository';
import { LIST_COUNT_CAP } from '../../shared/api/complaints';
import { inTurns, line, ratioLine } from './store-timing';


const PAGE = 50;
const RUN = /[\p{L}\p{N}]+/gu;
/** The columns and joins of a list page, as complaint-list-repository.ts reads them. */
const PAGE_COLUMNS = `c.id, c.serial, c.kind, c.channel, c.status, c.customer_name, c.customer_phone, c.content, u.display_name AS first_receiver_name,
  c.received_at, c.class_code, c.due_at, a.display_name AS assignee_name, c.unit, c.escalation_count, c.repeat_count, c.version, c.closed_at`;
const PAGE_JOINS = 'JOIN users u ON u.id = c.first_receiver_id LEFT JOIN users a ON a.id = c.assignee_id';

/** A fixed sequence, so every run draws the same terms from the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pieceOf(field: string, length: number, next: () => number): string | null {
  const runs = (field.match(RUN) ?? []).map((run) => [...run]).filter((run) => run.length >= length);
  if (runs.length === 0) return null;
  const run = runs[Math.floor(next() * runs.length)]!;
  const from = Math.floor(next() * (run.length - length + 1));
  return run.slice(from, from + length).join('');
}

interface Terms {
  long: string[];
  two: string[];
}

export function drawTerms(db: Database.Database, wanted: number): Terms {
  const next = random(21);
  const { max } = db.prepare('SELECT max(rowid) AS max FROM complaints').get() as { max: number };
  const row = db.prepare('SELECT customer_name, customer_phone, content FROM complaints WHERE rowid >= ? ORDER BY rowid LIMIT 1');
  const long: string[] = [];
  const two: string[] = [];
  while (long.length < wanted * 2) {
    const { customer_name: name, customer_phone: phone, content } = row.get(1 + Math.floor(next() * max)) as Record<string, string>;
    const text = next() < 0.3 ? name : content;
    const piece = pieceOf(text, next() < 0.5 ? 3 : 4, next);
    if (piece) long.push(piece);
    const digits = (phone ?? '').replace(/\D/g, '');
    const length = 4 + Math.floor(next() * 8);
    if (digits.length >= length) {
      const from = Math.floor(next() * (digits.length - length + 1));
      long.push(digits.slice(from, from + length));
    }
    const pair = pieceOf(text, 2, next);
    if (pair) two.push(pair);
  }
  return { long, two: two.slice(0, wanted) };
}

/** The raw trigram index beside the store, in a file of its own so the store's bytes stay the store's; on reuse only newer rows are added. */
function rawTrigramIndex(db: Database.Database, dataDir: string): void {
  db.prepare('ATTACH DATABASE ? AS raw').run(path.join(dataDir, 'bench-raw-trigram.sqlite'));
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS raw.trigrams USING fts5(serial, customer_name, customer_phone, content, tokenize = 'trigram', content = '', columnsize = 0);
    CREATE TABLE IF NOT EXISTS raw.indexed (up_to INTEGER NOT NULL);`);
  const upTo = (db.prepare('SELECT max(up_to) AS n FROM raw.indexed').get() as { n: number | null }).n ?? 0;
  const t0 = Date.now();
  const added = db.transaction(() => {
    const { changes } = db
      .prepare('INSERT INTO raw.trigrams (rowid, serial, customer_name, customer_phone, content) SELECT rowid, serial, customer_name, customer_phone, content FROM main.complaints WHERE rowid > ?')
      .run(upTo);
    db.exec("INSERT INTO raw.trigrams (trigrams) VALUES ('optimize'); DELETE FROM raw.indexed; INSERT INTO raw.indexed SELECT max(rowid) FROM main.complaints;");
    return changes;
  })();
  console.log(`raw trigram baseline index: ${added.toLocaleString('en-US')} rows added in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** The baseline and the core timed in turns on the same term (store-timing.ts); p95 ratio, judged only where `target` is given. */
function paired(labels: [string, string], n: number, baseline: (i: number) => void, core: (i: number) => void, target: number | null): void {
  const [base, ours] = inTurns(n, [
    { label: labels[0], work: baseline },
    { label: labels[1], work: core },
  ]);
  line('  core / baseline, p50', `ratio ${(ours!.p50 / base!.p50).toFixed(2)}×`);
  ratioLine('  core / baseline, p95', ours!.p95 / base!.p95, target, true);
}

function samePage(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function benchSearch(db: ReadDb, options: { dataDir: string; samples: number; me: string }): void {
  const { samples } = options;
  rawTrigramIndex(db, options.dataDir);
  const terms = drawTerms(db, 100);
  const now = new Date();
  const core = (term: string) => listComplaints(db, { list: 'all', query: term, limit: PAGE, userId: options.me, now });
  const trigram = db.prepare(`SELECT ${PAGE_COLUMNS} FROM (SELECT rowid FROM raw.trigrams WHERE trigrams MATCH ? ORDER BY rowid DESC LIMIT ${PAGE + 1}) s
    JOIN complaints c ON c.rowid = s.rowid ${PAGE_JOINS} ORDER BY s.rowid DESC`);
  const scan = db.prepare(`SELECT ${PAGE_COLUMNS} FROM complaints c ${PAGE_JOINS}
    WHERE instr(c.serial, @t) OR instr(c.customer_name, @t) OR instr(c.customer_phone, @t) OR instr(c.content, @t) ORDER BY c.rowid DESC LIMIT ${PAGE + 1}`);
  const rawLong = (term: string) => trigram.all(`"${term}"`) as { id: string }[];
  // complaints.list also counts a full first page up to 500 (LIST_COUNT_CAP); the same answer raw.
  const rawCount = db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM raw.trigrams WHERE trigrams MATCH ? LIMIT ${LIST_COUNT_CAP + 1})`);
  const rawLongCounted = (term: string) => {
    const page = rawLong(term);
    if (page.length > PAGE) rawCount.get(`"${term}"`);
  };
  const rawTwo = (term: string) => scan.all({ t: term }) as { id: string }[];
  const rawTotal = (term: string, page: number) => (page > PAGE ? Math.min((rawCount.get(`"${term}"`) as { n: number }).n, LIST_COUNT_CAP) : page);

  // Only terms on which the core and the baseline answer the same page (and, for 3–4 characters, the same count) are timed.
  const agreeing = (label: string, list: string[], raw: (term: string) => { id: string }[], counted: boolean): string[] => {
    const differ = list.filter((term) => {
      const ours = core(term);
      const theirs = raw(term);
      return !samePage(ours.items.map((i) => i.id), theirs.slice(0, PAGE).map((r) => r.id)) || (counted && ours.total !== rawTotal(term, theirs.length));
    });
    const full = list.filter((term) => core(term).nextCursor !== null).length;
    console.log(`search, ${label}: ${list.length} terms from the data, ${full} with more than a page; differing from the baseline (not timed): ${differ.length}${differ.length ? ` (${differ.slice(0, 5).join(', ')})` : ''}`);
    return list.filter((term) => !differ.includes(term));
  };
  const long = agreeing('3–4 characters and phone fragments', terms.long, rawLong, true);
  const two = agreeing('2 characters', terms.two, rawTwo, false);
  paired(['search: baseline same purpose, raw trigram, same page', 'search: complaints.list, 3–4 chars and phone (core)'], samples, (i) => rawLong(long[i % long.length]!), (i) => core(long[i % long.length]!), 1.5);
  paired(['search: baseline same work, raw trigram, page + count ≤ 500', 'search: complaints.list, 3–4 chars and phone (core)'], samples, (i) => rawLongCounted(long[i % long.length]!), (i) => core(long[i % long.length]!), 1.5);
  console.log('search, 2-character terms (reported apart: no trigram can serve them, so no target):');
  paired(['search: baseline raw scan of the fields, 2 chars, same page', 'search: complaints.list, 2 characters (core)'], samples, (i) => rawTwo(two[i % two.length]!), (i) => core(two[i % two.length]!), null);
  console.log('');
  db.exec('DETACH DATABASE raw');
}
