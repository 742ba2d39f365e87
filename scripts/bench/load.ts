// Head office under load (issue 24): the real head-office server (bundled,
// its own process) on a throw-away PostgreSQL cluster and on SQLite; N
// simulated sites, each a real site store enrolled through the real flow,
// run the real client `runSync` all at once: the outbox (200 complaints of
// ~200 characters each by default), then a pull of the reference data (every
// shipped checklist template, published to all sites). Beside it, the same
// kind of site pushing alone, one after another, after the load: the
// per-record cost without contention.
//   npm run bench:load [-- --sites 20 --records 200 --backends sqlite,postgres --alone 3 --cpu-prof DIR --servers before=a/server.cjs,after=b/server.cjs]
// Prints records/s, push p50/p95/p99, /health p95 and max (polled in its own
// process during the run), the server's peak RSS, errors by kind (HTTP status,
// timeout, network; each failed run is run again) and the exactly-once check. Exits non-zero only when
// exactly-once fails or the bench itself fails: the figures are reported,
// not judged (`npm test` runs it small so that it cannot rot).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Store } from '../../electron/core/db/store';
import type { FetchLike } from '../../electron/core/sync/http';
import { runSync } from '../../electron/core/sync/run';
import { openServerDb } from '../../server/db/open';
import { loopDelayOf, type LoopDelay } from '../../server/diagnostics/loop-delay';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { PATHS } from '../../shared/sync/protocol';
import { startThrowawayCluster } from '../pg-cluster.mjs';
import { exactlyOnceProblems } from './load-check';
import { enrolSite, prepareSites, type Site } from './load-sites';

type Backend = 'sqlite' | 'postgres';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '20' },
    records: { type: 'string', default: '200' },
    backends: { type: 'string', default: 'postgres,sqlite' },
    alone: { type: 'string', default: '3' },
    /** A folder for the server's CPU profiles (node --cpu-prof), one per backend: where its time went. */
    'cpu-prof': { type: 'string' },
    /** Other builds of the server to run on the same site stores, one after another (before/after a change): `label=path/server.cjs,…`. */
    servers: { type: 'string' },
  },
});
/** The server builds to run: this tree's (run.mjs bundles it beside this file) unless --servers names others. */
const servers = (values.servers ?? '').split(',').filter(Boolean).map((spec) => {
  const [label, file] = spec.includes('=') ? (spec.split('=') as [string, string]) : [path.basename(spec), spec];
  return { label, file: path.resolve(file) };
});
const siteCount = Math.max(1, Number(values.sites));
const records = Math.max(1, Number(values.records));
const aloneCount = Math.max(1, Number(values.alone));
const backends = values.backends.split(',').map((b) => b.trim()) as Backend[];
if (backends.some((b) => b !== 'sqlite' && b !== 'postgres')) throw new Error(`--backends: sqlite and/or postgres, not ${values.backends}`);
const here = path.dirname(process.argv[1]!);
const loadAtStart = os.loadavg();
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
/**
 * A run that failed is run again, as the scheduler would (full jitter under a
 * ceiling doubling from 1 s to 30 s); exactly-once is checked after. A site
 * still failing after this many runs is left unsynced, and the check says so.
 */
const ATTEMPTS = 30;

/** What the client saw on the wire: push latencies and pull bytes; and every failed run (one failed request each) by kind. */
class Wire {
  pushMs: number[] = [];
  pullBytes = 0;
  pulls = 0;
  errors = new Map<string, number>();

  readonly fetch: FetchLike = async (input, init) => {
    const started = performance.now();
    const url = String(input);
    const response = await fetch(input, init);
    if (url.endsWith(PATHS.push)) this.pushMs.push(performance.now() - started);
    if (url.includes(PATHS.pull)) {
      this.pulls += 1;
      this.pullBytes += Number(response.headers.get('content-length') ?? 0);
    }
    return response;
  };
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Starts the bundled head-office server; resolves with its URL once it listens. */
async function startServer(env: NodeJS.ProcessEnv, dataDir: string, bundle: string): Promise<Server> {
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
  const child = spawn(process.execPath, [...profile, bundle, '--port', '0', '--data-dir', dataDir], {
    // BRANCHLINE_LOOP_DELAY: the server prints its event loop's delay on SIGUSR2 (loopDelay below).
    env: { ...process.env, BRANCHLINE_ADMIN_TOKEN: ADMIN_TOKEN, BRANCHLINE_LOOP_DELAY: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /listening: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`head-office server exited (${code}): ${out}`)));
  });
  return { url, child, output: () => out };
}

interface Server {
  url: string;
  child: ChildProcess;
  /** What it printed so far. */
  output(): string;
}

/** The server's event-loop delay since the last call (server/diagnostics/loop-delay.ts), or null if it did not answer within 5 s. */
async function loopDelay(server: Server): Promise<LoopDelay | null> {
  const before = server.output().length;
  server.child.kill('SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 20) {
    const delay = loopDelayOf(server.output().slice(before));
    if (delay) return delay;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Every shipped checklist template, published to all sites: what each site's pull carries. */
async function publishTemplates(url: string): Promise<void> {
  for (const template of SHIPPED_TEMPLATES) {
    const response = await fetch(new URL(PATHS.adminReference, url), {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'template', id: template.id, version: 1, body: template }),
    });
    if (response.status !== 201) throw new Error(`publishing ${template.id}: ${response.status} ${await response.text()}`);
  }
}

/** The server's resident memory now, in MiB, from /proc (Linux); null elsewhere. */
function rssMiB(pid: number | undefined): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** /health polled in its own process (health-poller.mjs) until `stop`; latencies in ms. */
function pollHealth(url: string): { stop(): Promise<{ latencies: number[]; connects: number[]; failures: number }> } {
  const child = spawn(process.execPath, [path.join(here, '..', '..', 'scripts', 'bench', 'health-poller.mjs'), new URL('/api/v1/health', url).toString()], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(out) as { latencies: number[]; connects: number[]; failures: number };
    },
  };
}

/** runSync until it succeeds (at most ATTEMPTS times). A failed run is one failed request: its HTTP status, or timeout, network…, counted by kind. */
async function syncToTheEnd(store: Store, wire: Wire): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runSync({ store, now: () => new Date(), fetch: wire.fetch });
      return;
    } catch (error) {
      const { code, status } = error as { code?: string; status?: number };
      count(wire.errors, status ? `HTTP ${status}` : (code ?? 'internal'));
      if (attempt >= ATTEMPTS) return;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(30_000, 1000 * 2 ** attempt)));
    }
  }
}

const percentile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const kinds = (map: Map<string, number>) => (map.size === 0 ? 'none' : [...map].map(([k, n]) => `${k} ×${n}`).join(', '));

interface Outcome {
  backend: Backend;
  /** The server build's label (--servers), or '' for this tree's. */
  label: string;
  perSecond: number;
  alonePerSecond: number;
  push: [number, number, number];
  health: { p95: number; max: number; failures: number; samples: number; connectP95: number; connectMax: number };
  rssPeak: number | null;
  /** How long the server's event loop was held up during the load (what /health waits behind). */
  loopDelay: LoopDelay | null;
  /** CPU time per record under load: the head-office process (PostgreSQL's own processes not counted) and the sites' process. */
  cpuPerRecordUs: { server: number | null; sites: number };
  errors: string;
  problems: string[];
}

/** A new database on the throw-away cluster: its URL. */
async function freshPostgresDatabase(clusterUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  const name = `bench_load_${Date.now()}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Samples a process's RSS every 250 ms until stopped: the peak, in MiB. */
function sampleRss(pid: number | undefined): { stop(): number | null } {
  let peak: number | null = null;
  const sampler = setInterval(() => {
    const rss = rssMiB(pid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, 250);
  return {
    stop: () => {
      clearInterval(sampler);
      return peak;
    },
  };
}

function healthFigures(polled: { latencies: number[]; connects: number[]; failures: number }): Outcome['health'] {
  const sorted = [...polled.latencies].sort((a, b) => a - b);
  return {
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    failures: polled.failures,
    samples: sorted.length,
    connectP95: percentile([...polled.connects].sort((a, b) => a - b), 0.95),
    connectMax: polled.connects.length > 0 ? Math.max(...polled.connects) : NaN,
  };
}

async function runBackend(backend: Backend, clusterUrl: string | null, stores: Store[], build: { label: string; file: string }): Promise<Outcome> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `branchline-bench-load-${backend}-`));
  const target = backend === 'postgres' ? await freshPostgresDatabase(clusterUrl!) : path.join(work, 'server', 'head-office.sqlite');
  let server: Server | null = null;
  try {
    for (const store of stores) resetSync(store);
    server = await startServer(backend === 'postgres' ? { DATABASE_URL: target } : { DATABASE_URL: '' }, path.join(work, 'server'), build.file);
    await publishTemplates(server.url);
    const enrolWire = new Wire();
    const sites: Site[] = [];
    for (const [i, store] of stores.entries()) sites.push(await enrolSite(server.url, ADMIN_TOKEN, store, `L${String(i).padStart(4, '0')}`, enrolWire.fetch));
    const [alone, loaded] = [sites.slice(0, aloneCount), sites.slice(aloneCount)];
    const wire = new Wire();
    const health = pollHealth(server.url);
    const rss = sampleRss(server.child.pid);
    const serverCpu0 = cpuMs(server.child.pid);
    const clientCpu0 = process.cpuUsage();
    await loopDelay(server);
    const l0 = performance.now();
    await Promise.all(loaded.map((site) => syncToTheEnd(site.store, wire)));
    const seconds = (performance.now() - l0) / 1000;
    const delay = await loopDelay(server);
    const serverCpu = cpuMs(server.child.pid);
    const clientCpu = process.cpuUsage(clientCpu0);
    const loadedRecords = loaded.length * records;
    const rssPeak = rss.stop();
    const polled = await health.stop();
    // Then the same kind of site, one at a time (the server warmed up as under load): the per-record cost without contention.
    const aloneWire = new Wire();
    const a0 = performance.now();
    for (const site of alone) await syncToTheEnd(site.store, aloneWire);
    const alonePerSecond = (alone.length * records) / ((performance.now() - a0) / 1000);
    await stopServer(server.child);
    const head = await openServerDb(target);
    const problems = await exactlyOnceProblems(head.db, sites).finally(() => head.close());
    const pushes = [...wire.pushMs].sort((a, b) => a - b);
    console.log(`[${backend}] ${loaded.length} sites × ${records} records in ${seconds.toFixed(1)} s, ${pushes.length} push requests; pull: ${wire.pulls} requests, ${(wire.pullBytes / Math.max(1, wire.pulls) / 1024).toFixed(1)} KiB each on the wire`);
    return {
      backend,
      label: build.label,
      perSecond: (loaded.length * records) / seconds,
      alonePerSecond,
      push: [percentile(pushes, 0.5), percentile(pushes, 0.95), percentile(pushes, 0.99)],
      health: healthFigures(polled),
      rssPeak,
      loopDelay: delay,
      cpuPerRecordUs: {
        server: serverCpu === null || serverCpu0 === null ? null : ((serverCpu - serverCpu0) * 1000) / loadedRecords,
        sites: ((clientCpu.user + clientCpu.system) / 1000) * (1000 / loadedRecords),
      },
      errors: `${kinds(wire.errors)}${aloneWire.errors.size ? `; alone: ${kinds(aloneWire.errors)}` : ''}`,
      problems,
    };
  } finally {
    if (server) await stopServer(server.child);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const backendName = (o: Outcome) => `${o.backend === 'postgres' ? 'PostgreSQL' : 'SQLite'}${o.label ? ` (${o.label})` : ''}`;

function report(outcomes: Outcome[]): void {
  const cpu = os.cpus();
  console.log(`\nload bench, ${new Date().toISOString().slice(0, 10)}, ${cpu[0]?.model.trim() ?? 'CPU'} × ${cpu.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; client and server on the same machine`);
  // Other work on the machine slows every figure: the load average says how busy it was.
  console.log(`load average at the start ${loadAtStart.map((l) => l.toFixed(1)).join(', ')}, at the end ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min)`);
  console.log(`${siteCount} sites at once, ${records} records each (~200-character complaints), then a pull; beside: ${aloneCount} sites alone, one after another\n`);
  for (const o of outcomes) {
    const exactly = o.problems.length === 0 ? 'held' : `FAILED (${o.problems.length} problems)`;
    console.log(`${backendName(o)}:`);
    console.log(`  records/s            ${Math.round(o.perSecond).toLocaleString('en-US')} (one site alone: ${Math.round(o.alonePerSecond).toLocaleString('en-US')}; ratio ${(o.perSecond / o.alonePerSecond).toFixed(1)}×)`);
    console.log(`  per record           ${((1e6 / o.perSecond) | 0).toLocaleString('en-US')} µs of wall time under load, ${((1e6 / o.alonePerSecond) | 0).toLocaleString('en-US')} µs alone`);
    console.log(`  CPU per record       head-office process ${o.cpuPerRecordUs.server === null ? '–' : `${Math.round(o.cpuPerRecordUs.server)} µs`}, sites ${Math.round(o.cpuPerRecordUs.sites)} µs`);
    console.log(`  push p50/p95/p99     ${o.push.map(ms).join(' / ')}`);
    console.log(`  /health p95, max     ${ms(o.health.p95)}, ${ms(o.health.max)} (${o.health.samples} polls, ${o.health.failures} failed; of which connecting: p95 ${ms(o.health.connectP95)}, max ${ms(o.health.connectMax)})`);
    console.log(`  server RSS peak      ${o.rssPeak === null ? '–' : `${Math.round(o.rssPeak)} MiB`}`);
    const d = o.loopDelay;
    console.log(`  server event loop    ${d ? `delay p50 ${ms(d.p50)}, p99 ${ms(d.p99)}, max ${ms(d.max)}` : '–'}`);
    console.log(`  errors               ${o.errors}`);
    console.log(`  exactly-once         ${exactly}`);
    for (const problem of o.problems.slice(0, 10)) console.log(`    ${problem}`);
  }
  console.log('\n| backend | sites | records/s | one site alone | push p50 / p95 / p99 | /health p95 / max | server RSS | errors | exactly-once |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const o of outcomes) {
    console.log(
      `| ${backendName(o)} | ${siteCount} | ${Math.round(o.perSecond).toLocaleString('en-US')} | ${Math.round(o.alonePerSecond).toLocaleString('en-US')} | ${o.push.map(ms).join(' / ')} | ${ms(o.health.p95)} / ${ms(o.health.max)} | ${o.rssPeak === null ? '–' : `${Math.round(o.rssPeak)} MiB`} | ${o.errors} | ${o.problems.length === 0 ? 'held' : 'FAILED'} |`,
    );
  }
}

/** A store as it was before its first sync: every outbox entry pending (the next enrolment sets the rest of sync_state). */
function resetSync(store: Store): void {
  store.transaction((tx) => {
    tx.prepare('UPDATE outbox SET acknowledged_at = NULL').run();
    tx.prepare("DELETE FROM sync_state WHERE key IN ('inFlightBatch', 'batchSize', 'lastSuccessAt', 'lastError')").run();
  });
}

async function main(): Promise<void> {
  const sitesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-load-sites-'));
  const stores: Store[] = [];
  const cluster = backends.includes('postgres') ? await startThrowawayCluster() : null;
  const outcomes: Outcome[] = [];
  try {
    // Made once, used on each backend: filling 500 outboxes through the core takes minutes on a busy machine.
    const t0 = performance.now();
    stores.push(...(await prepareSites(sitesDir, siteCount + aloneCount, records, 'site')));
    console.log(`${stores.length} site stores with ${records} complaints each in the outbox (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    const builds = servers.length > 0 ? servers : [{ label: '', file: path.join(here, 'server.cjs') }];
    for (const build of builds) for (const backend of backends) outcomes.push(await runBackend(backend, cluster?.url ?? null, stores, build));
  } finally {
    cluster?.stop();
    for (const store of stores) store.close();
    fs.rmSync(sitesDir, { recursive: true, force: true });
  }
  report(outcomes);
  if (outcomes.some((o) => o.problems.length > 0)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
