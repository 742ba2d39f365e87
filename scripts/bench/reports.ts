// A year's monthly report at scale: 1,000,000 complaint report rows (all in
// the year reported: the worst case), on the site's SQLite (the app's own
// migrations: same columns and indexes) and on head office's PostgreSQL (a
// throw-away cluster, the server's migrations), filled with raw INSERT …
// SELECT. Each engine times the 篇6 analysis's fifteen measures by month as
// the app computes them (Kysely-compiled SQL, run and assembled) beside the
// same aggregation written by hand as raw SQL, in the same run, and checks
// both give the same numbers. The whole report with its nine dimension
// tables is timed too, for information.
//   npm run bench:reports [-- --count 1000000 --runs 5 --no-pg --keep]  (--keep leaves the SQLite file for EXPLAIN)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { openStore } from '../../electron/core/db/store';
import { runCompiled } from '../../electron/core/reports/report-repository';
import { computeSiteReport } from '../../electron/core/reports/service';
import { openServerDb } from '../../server/db/open';
import type { ServerDatabase } from '../../server/db/schema';
import { runCompiled as runOnServer } from '../../server/reports/report-repository';
import { computeHeadOfficeReport } from '../../server/reports/service';
import { assembleReport } from '../../shared/reports/compute';
import { findReportDefinition } from '../../shared/reports/definitions';
import { addDays, bucketKeys, monthKey, parsePeriod, quarterKey, weekKey } from '../../shared/reports/period';
import { measuresQuery, type ReportScope } from '../../shared/reports/report-sql-repository';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' }, 'no-pg': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const COUNT = Number(values.count);
const RUNS = Number(values.runs);
const BUDGET_MS = 1000;
const definition = findReportDefinition('sichuan-p6-analysis')!;
const period = parsePeriod('year', '2026')!;
const scope: ReportScope = { period, bucket: 'month', asOf: '2027-01-20T00:00:00.000Z', siteId: 'site-1' };
const buckets = bucketKeys(period, 'month');
const BEFORE_48 = new Date(Date.parse(scope.asOf) - 48 * 3_600_000).toISOString();
const frame = { definition: { ...definition, dimensions: [] }, period, bucket: 'month' as const, buckets, asOf: scope.asOf, siteId: 'site-1', unit: null };

/** The 365 days of 2026 with their keys: the rows take theirs from `g % 365`. */
function days(): unknown[][] {
  return Array.from({ length: 365 }, (_, n) => {
    const day = addDays('2026-01-01', n);
    return [n, day, addDays(day, 1), addDays(day, 3), weekKey(day), monthKey(day), quarterKey(day), weekKey(addDays(day, 3)), monthKey(addDays(day, 3)), quarterKey(addDays(day, 3))];
  });
}

/** Row g: kind by g % 10 (8 complaints, a suggestion, an inquiry), status by g % 7, the timed steps by g % 5, a late plan every 13th … (same expression on both engines). */
const SELECT_ROWS = (series: string) => `
SELECT 'site-1', 'c' || g, 1, 'S' || g,
  CASE g % 10 WHEN 8 THEN 'suggestion' WHEN 9 THEN 'inquiry' ELSE 'complaint' END,
  CASE g % 3 WHEN 0 THEN 'phone' WHEN 1 THEN 'in_person' ELSE 'website' END,
  CASE g % 7 WHEN 0 THEN 'registered' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'resolved' WHEN 3 THEN 'invalid' ELSE 'closed' END,
  CASE WHEN g % 10 < 8 THEN (CASE g % 4 WHEN 0 THEN 'major' ELSE 'ordinary' END) END,
  'p' || (g % 12), CASE WHEN g % 7 = 3 THEN 'customer_own_cause' END,
  CASE g % 7 WHEN 3 THEN 'invalid' WHEN 0 THEN 'pending' ELSE 'valid' END,
  'unit-' || (g % 20), 'u-' || (g % 50), 'handler ' || (g % 50),
  d.day || 'T02:00:00.000Z', d.day, d.week, d.month, d.quarter, '2026',
  CASE WHEN g % 7 >= 3 THEN d.day3 || 'T02:00:00.000Z' END,
  CASE WHEN g % 7 >= 3 THEN d.week3 END, CASE WHEN g % 7 >= 3 THEN d.month3 END, CASE WHEN g % 7 >= 3 THEN d.quarter3 END, CASE WHEN g % 7 >= 3 THEN '2026' END,
  CASE WHEN g % 7 < 3 THEN d.day1 || 'T02:00:00.000Z' END,
  d.day || 'T03:00:00.000Z', CASE WHEN g % 7 <> 0 THEN d.day || (CASE g % 5 WHEN 0 THEN 'T04:00:00.000Z' ELSE 'T02:30:00.000Z' END) END,
  d.day3 || 'T09:30:00.000Z', CASE WHEN g % 7 >= 2 THEN d.day1 || 'T06:00:00.000Z' END,
  d.day1 || 'T09:30:00.000Z', CASE WHEN g % 7 >= 2 THEN d.day1 || (CASE g % 6 WHEN 0 THEN 'T20:00:00.000Z' ELSE 'T06:00:00.000Z' END) END,
  CASE WHEN g % 7 >= 2 THEN d.day1 || 'T06:00:00.000Z' END,
  CASE WHEN g % 7 >= 4 THEN d.day3 || (CASE g % 3 WHEN 0 THEN 'T09:00:00.000Z' ELSE 'T03:00:00.000Z' END) END,
  CASE WHEN g % 7 >= 4 THEN (CASE g % 3 WHEN 0 THEN 183600000 ELSE 162000000 END) END,
  CASE WHEN g % 7 >= 4 THEN 1 + g % 2 ELSE 0 END, CASE WHEN g % 7 >= 4 THEN 1 ELSE 0 END,
  CASE WHEN g % 9 = 0 THEN 1 ELSE 0 END, CASE WHEN g % 11 = 0 THEN 1 ELSE 0 END,
  CASE WHEN g % 7 >= 2 THEN 500 + g % 1000 END,
  CASE WHEN g % 13 = 0 THEN d.day3 || 'T02:00:00.000Z' END
FROM ${series} JOIN bench_days d ON d.n = g % 365`;

/** The 篇6 measures by month, by hand (the reference for the compiled query's numbers and time). */
const RAW = (asOf: string, before48: string) => `
SELECT received_month AS group_key,
  count(*) AS received__n,
  sum(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END) AS complaints__n,
  sum(CASE WHEN response_due_at IS NOT NULL AND response_done_at IS NOT NULL AND response_done_at <= response_due_at THEN 1 ELSE 0 END) AS "responseOnTime__n",
  sum(CASE WHEN response_due_at IS NOT NULL AND (response_done_at IS NOT NULL OR response_due_at < ${asOf}) THEN 1 ELSE 0 END) AS "responseOnTime__d",
  sum(CASE WHEN handling_due_at IS NOT NULL AND handling_done_at IS NOT NULL AND handling_done_at <= handling_due_at THEN 1 ELSE 0 END) AS "handlingOnTime__n",
  sum(CASE WHEN handling_due_at IS NOT NULL AND (handling_done_at IS NOT NULL OR handling_due_at < ${asOf}) THEN 1 ELSE 0 END) AS "handlingOnTime__d",
  sum(CASE WHEN reply_due_at IS NOT NULL AND reply_done_at IS NOT NULL AND reply_done_at <= reply_due_at THEN 1 ELSE 0 END) AS "replyOnTime__n",
  sum(CASE WHEN reply_due_at IS NOT NULL AND (reply_done_at IS NOT NULL OR reply_due_at < ${asOf}) THEN 1 ELSE 0 END) AS "replyOnTime__d",
  sum(CASE WHEN kind = 'complaint' AND validity <> 'invalid' AND (
    (response_due_at IS NOT NULL AND (response_done_at > response_due_at OR (response_done_at IS NULL AND response_due_at < ${asOf})))
    OR (handling_due_at IS NOT NULL AND (handling_done_at > handling_due_at OR (handling_done_at IS NULL AND handling_due_at < ${asOf})))
    OR (reply_due_at IS NOT NULL AND (reply_done_at > reply_due_at OR (reply_done_at IS NULL AND reply_due_at < ${asOf})))
    OR late_plan_at IS NOT NULL) THEN 1 ELSE 0 END) AS "overdueCases__n",
  sum(CASE WHEN kind = 'complaint' AND validity <> 'invalid' AND late_plan_at IS NOT NULL THEN 1 ELSE 0 END) AS "latePlans__n",
  sum(CASE WHEN kind = 'complaint' AND resolved_at IS NOT NULL AND call_back_lag_ms IS NOT NULL AND call_back_lag_ms <= 172800000 THEN 1 ELSE 0 END) AS "callBackWithinLimit__n",
  sum(CASE WHEN kind = 'complaint' AND resolved_at IS NOT NULL AND (call_back_at IS NOT NULL OR resolved_at < ${before48}) THEN 1 ELSE 0 END) AS "callBackWithinLimit__d",
  sum(CASE WHEN kind = 'complaint' AND resolved_at IS NOT NULL AND call_back_at IS NOT NULL THEN 1 ELSE 0 END) AS "callBackRate__n",
  sum(CASE WHEN kind = 'complaint' AND resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS "callBackRate__d",
  sum(satisfied_call_backs) AS satisfaction__n, sum(call_backs) AS satisfaction__d,
  sum(CASE WHEN kind = 'complaint' AND escalations > 0 THEN 1 ELSE 0 END) AS "escalationRate__n",
  sum(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END) AS "escalationRate__d",
  sum(CASE WHEN kind = 'complaint' AND is_repeat = 1 THEN 1 ELSE 0 END) AS "repeatRate__n",
  sum(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END) AS "repeatRate__d",
  sum(CASE WHEN kind = 'complaint' AND validity = 'invalid' THEN 1 ELSE 0 END) AS "invalidShare__n",
  sum(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END) AS "invalidShare__d",
  sum(CASE WHEN kind = 'complaint' THEN handling_milli_work_days END) AS "meanHandlingWorkDays__n",
  sum(CASE WHEN kind = 'complaint' AND handling_milli_work_days IS NOT NULL THEN 1 ELSE 0 END) AS "meanHandlingWorkDays__d"
FROM report_complaints
WHERE received_day >= '2026-01-01' AND received_day <= '2026-12-31' AND site_id = 'site-1'
GROUP BY received_month ORDER BY received_month`;

const middle = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function median(run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed(run));
  return middle(times);
}

/**
 * The app's query and the raw SQL timed in turns (app, raw; then raw, app …)
 * after one warm-up each, so that a burst of load from other processes, or
 * the disk still writing back the freshly built file, falls on both alike
 * rather than on whichever was timed first. Each keeps doing its whole work
 * every run; the medians are compared.
 */
async function pairedMedians(app: () => unknown, raw: () => unknown): Promise<{ app: number; raw: number }> {
  await app();
  await raw();
  const times = { app: [] as number[], raw: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const);
    for (const which of order) times[which].push(await timed(which === 'app' ? app : raw));
  }
  return { app: middle(times.app), raw: middle(times.raw) };
}

/** The machine's load (1, 5 and 15 minutes) beside each figure: on a shared machine the times mean little without it. */
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

function line(engine: string, times: { app: number; raw: number }, whole: number, same: boolean): void {
  const { app, raw } = times;
  const verdict = app <= BUDGET_MS ? `within the ${BUDGET_MS} ms budget` : `OVER the ${BUDGET_MS} ms budget`;
  console.log(
    `${engine}: monthly measures of a year ${app.toFixed(0)} ms (${verdict}); raw SQL of the same aggregation ${raw.toFixed(0)} ms; ratio ${(app / raw).toFixed(2)}; same numbers: ${same ? 'yes' : 'NO'}; whole report with ${definition.dimensions.length} dimension tables ${whole.toFixed(0)} ms; load average ${load()} on ${os.cpus().length} cores`,
  );
}

const numbers = (rows: Record<string, unknown>[]) => JSON.stringify(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? 0 : Number.isNaN(Number(v)) ? v : Number(v)]))));

async function sqliteBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-reports-'));
  const store = openStore(path.join(dir, 'site.sqlite'));
  const db = store.read;
  const started = performance.now();
  db.exec('CREATE TEMP TABLE bench_days (n INTEGER PRIMARY KEY, day TEXT, day1 TEXT, day3 TEXT, week TEXT, month TEXT, quarter TEXT, week3 TEXT, month3 TEXT, quarter3 TEXT)');
  const insert = db.prepare('INSERT INTO bench_days VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of days()) insert.run(...d);
  store.transaction((tx) => tx.exec(`INSERT INTO report_complaints ${SELECT_ROWS(`(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < ${COUNT}) SELECT g FROM s)`)}`));
  db.exec('ANALYZE');
  // The million rows went in as one transaction through the WAL: fold it into the file (as the app's own checkpoints do in use), so neither query reads a half-gigabyte WAL.
  store.checkpoint();
  console.log(`SQLite: ${COUNT.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
  const appRun = () => assembleReport(frame, { measures: runCompiled(db, measuresQuery('sqlite', definition.measures, scope)), dimensions: [] }, () => undefined);
  const rawSql = RAW(`'${scope.asOf}'`, `'${BEFORE_48}'`);
  const rawRun = () => db.prepare(rawSql).all();
  const same = numbers(runCompiled(db, measuresQuery('sqlite', definition.measures, scope))) === numbers(rawRun() as Record<string, unknown>[]);
  line('SQLite (site)', await pairedMedians(appRun, rawRun), await median(() => computeSiteReport(db, definition, scope, buckets)), same);
  store.close();
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
}

async function postgresBench(url: string): Promise<void> {
  const opened = await openServerDb(url);
  const db = opened.db as Kysely<ServerDatabase>;
  const started = performance.now();
  await sql`INSERT INTO sites (id, code, name, created_at) VALUES ('site-1', 'S1', 'bench', '2026-01-01T00:00:00.000Z')`.execute(db);
  await sql`CREATE TABLE bench_days (n integer PRIMARY KEY, day text, day1 text, day3 text, week text, month text, quarter text, week3 text, month3 text, quarter3 text)`.execute(db);
  for (const d of days()) await sql`INSERT INTO bench_days VALUES (${sql.join(d)})`.execute(db);
  await sql.raw(`INSERT INTO report_complaints ${SELECT_ROWS(`generate_series(1, ${COUNT}) AS g`)}`).execute(db);
  await sql`ANALYZE report_complaints`.execute(db);
  console.log(`PostgreSQL: ${COUNT.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const appRun = async () => assembleReport(frame, { measures: await runOnServer(db, measuresQuery('postgres', definition.measures, scope)), dimensions: [] }, () => undefined);
  const rawSql = RAW(`'${scope.asOf}'`, `'${BEFORE_48}'`);
  const rawRun = async () => (await sql.raw(rawSql).execute(db)).rows as Record<string, unknown>[];
  const same = numbers(await runOnServer(db, measuresQuery('postgres', definition.measures, scope))) === numbers(await rawRun());
  line('PostgreSQL (head office)', await pairedMedians(appRun, rawRun), await median(() => computeHeadOfficeReport(db, definition, scope, buckets)), same);
  await opened.close();
}

/** A throw-away PostgreSQL cluster on a free loopback port (as scripts/test-server-pg.mjs makes one). */
async function withPostgres(work: (url: string) => Promise<void>): Promise<void> {
  const root = '/usr/lib/postgresql';
  const version = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) return console.log('PostgreSQL: not installed, skipped');
  const bin = path.join(root, version, 'bin');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const pg = (tool: string, args: string[]) => execFileSync(asRoot ? 'runuser' : path.join(bin, tool), asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as net.AddressInfo;
      s.close(() => resolve(p));
    });
  });
  const data = path.join(dir, 'data');
  try {
    pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
    pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    await work(`postgres://postgres@127.0.0.1:${port}/postgres`);
  } finally {
    try {
      pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // not started
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void (async () => {
  await sqliteBench();
  if (!values['no-pg']) await withPostgres(postgresBench);
})();
