// Sync push at scale: a site's outbox of N records (default 100,000) pushed
// over loopback to the real head-office server (its own process, SQLite), and
// beside it a raw baseline measured in the same run: the same batches, gzip'd
// the same way, POSTed to an endpoint that only decompresses, parses and
// discards them (scripts/bench/raw-endpoint.mjs).
//   npm run bench:sync [-- --count 100000 --runs 3 --keep /tmp/branchline-bench-sync]
// The outbox is real: complaints created through the core's createComplaint
// (validation, grading, serial numbers, search index, audit, outbox), varied
// names, phones and texts, plus the demo station's records. With --keep, a
// store of the right size in that folder is reused. Each of --runs runs marks
// the outbox unsent and pushes it to a fresh server; the median run is reported,
// with the CPU time head office and the site spent per record.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openCore, type Core } from '../../electron/core/core';
import { createComplaint } from '../../electron/core/complaints/complaints';
import { gradingEnv } from '../../electron/core/complaints/grading';
import { readSite } from '../../electron/core/site/site';
import { enrolDevice } from '../../electron/core/sync/enrol';
import { runSync } from '../../electron/core/sync/run';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { contentOf, customerNameOf } from './synthetic-data';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, keep: { type: 'string' } } });
const count = Number(values.count);
const runs = Math.max(1, Number(values.runs));
const dataDir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-sync-'));
const here = path.dirname(process.argv[1]!);
const ADMIN_TOKEN = 'bench-admin-token-0123456789';

const outboxCount = (core: Core) => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;

function fill(core: Core): void {
  const db = core.context.store.read;
  const site = readSite(db)!;
  const receivers = (db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id);
  const t0 = Date.now();
  for (let i = 0; outboxCount(core) < count; ) {
    const batch = Math.min(5_000, count - outboxCount(core));
    core.context.store.transaction((tx) => {
      const env = gradingEnv(tx, core.context.now(), core.context.calendar);
      for (let k = 0; k < batch; k++, i++) {
        const at = new Date(Date.now() - (count - i) * 5); // recent: re-grading at the next open changes nothing
        createComplaint(
          tx,
          {
            kind: i % 10 === 0 ? 'inquiry' : 'complaint',
            channel: CHANNELS[i % CHANNELS.length]!,
            customerName: customerNameOf(i),
            customerPhone: `138${String(i).padStart(8, '0')}`,
            content: contentOf(i),
            receivedAt: at,
            firstReceiverId: receivers[i % receivers.length]!,
            mediaInvolved: false,
            regulatorInvolved: false,
            tickedCriteria: [],
          },
          site,
          env,
          receivers[0]!,
          at,
        );
      }
    });
  }
  console.log(`outbox filled: ${outboxCount(core).toLocaleString('en-US')} records (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

/** Starts a server script in its own process and returns its URL. */
async function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess }> {
  // Node flags given to the bench (e.g. --cpu-prof) reach the servers too.
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /listening: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${out}`)));
  });
  return { url, child };
}

function line(label: string, records: number, seconds: number, bytes: number): void {
  const perSecond = Math.round(records / seconds);
  console.log(`${label.padEnd(50)} ${perSecond.toLocaleString('en-US').padStart(9)} records/s   ${(bytes / records).toFixed(1).padStart(6)} B/record   (${seconds.toFixed(2)} s)`);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Run {
  pushed: number;
  batches: number;
  sizes: number[];
  syncSeconds: number;
  pushBytes: number;
  answerBytes: number;
  rawSeconds: number;
  rawBytes: number;
  serverCpuMs: number | null;
  clientCpuMs: number;
}

/** Registers the bench's site at a fresh head-office server; its enrolment code. */
async function createBenchSite(serverUrl: string): Promise<string> {
  const created = await fetch(new URL(PATHS.adminSites, serverUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'BENCH1', name: '基准站' }),
  });
  return ((await created.json()) as EnrolCodeResponse).enrolCode;
}

/** The raw baseline: the same push bodies, gzipped again, POSTed one after another to an endpoint that only decompresses and parses. */
async function replayRaw(bodies: readonly string[], rawUrl: string): Promise<{ rawSeconds: number; rawBytes: number }> {
  let rawBytes = 0;
  const t1 = process.hrtime.bigint();
  for (const text of bodies) {
    const gz = gzipSync(Buffer.from(text, 'utf8'));
    rawBytes += gz.byteLength;
    const response = await fetch(new URL('/ingest', rawUrl), { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gz });
    await response.text();
  }
  return { rawSeconds: Number(process.hrtime.bigint() - t1) / 1e9, rawBytes };
}

/** One measured push of the whole outbox to a fresh head-office server, then the raw baseline with the same bodies. */
async function measure(core: Core, rawUrl: string): Promise<Run> {
  core.context.store.transaction((tx) => {
    tx.prepare('UPDATE outbox SET acknowledged_at = NULL').run();
    tx.prepare("DELETE FROM sync_state WHERE key IN ('inFlightBatch', 'batchSize')").run();
  });
  const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-server-'));
  const server = await startProcess(path.join(here, 'server.cjs'), ['--port', '0', '--data-dir', serverDir], { BRANCHLINE_ADMIN_TOKEN: ADMIN_TOKEN, DATABASE_URL: '' });
  try {
    const enrolCode = await createBenchSite(server.url);

    // Every push body as sent, to replay the same batches for the baseline.
    const pushes: { gzip: Uint8Array; answerBytes: number }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith(PATHS.push) && init?.body instanceof Uint8Array) {
        pushes.push({ gzip: init.body, answerBytes: Number(response.headers.get('content-length') ?? 0) });
      }
      return response;
    };
    const options = { store: core.context.store, now: () => new Date(), fetch: recording, timeoutMs: 120_000 };
    await enrolDevice(options, { serverUrl: server.url, code: enrolCode, deviceName: 'bench', userId: null });

    const serverCpu0 = cpuMs(server.child.pid);
    const clientCpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const result = await runSync(options);
    const syncSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const clientCpu = process.cpuUsage(clientCpu0);
    const serverCpu1 = cpuMs(server.child.pid);

    const bodies = pushes.map((p) => gunzipSync(p.gzip).toString('utf8'));
    const { rawSeconds, rawBytes } = await replayRaw(bodies, rawUrl);
    return {
      pushed: result.pushed,
      batches: pushes.length,
      sizes: [...new Set(bodies.map((b) => (JSON.parse(b) as { entries: unknown[] }).entries.length))],
      syncSeconds,
      pushBytes: pushes.reduce((n, p) => n + p.gzip.byteLength, 0),
      answerBytes: pushes.reduce((n, p) => n + p.answerBytes, 0),
      rawSeconds,
      rawBytes,
      serverCpuMs: serverCpu0 === null || serverCpu1 === null ? null : serverCpu1 - serverCpu0,
      clientCpuMs: (clientCpu.user + clientCpu.system) / 1000,
    };
  } finally {
    server.child.kill('SIGTERM');
    fs.rmSync(serverDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const core = await openCore({ dataDir, demo: true, scryptCost: { N: 1024, r: 8, p: 1 }, regradeEveryMs: 0 });
  if (outboxCount(core) < count) fill(core);
  else console.log(`reusing ${outboxCount(core).toLocaleString('en-US')} outbox records in ${dataDir}`);
  const raw = await startProcess(path.join(here, '..', '..', 'scripts', 'bench', 'raw-endpoint.mjs'), []);
  try {
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await measure(core, raw.url);
      all.push(run);
      const cpu = run.serverCpuMs === null ? '' : `; CPU per record: head office ${((run.serverCpuMs * 1000) / run.pushed).toFixed(0)} µs, site ${((run.clientCpuMs * 1000) / run.pushed).toFixed(0)} µs`;
      console.log(`run ${i + 1}/${runs}: sync ${Math.round(run.pushed / run.syncSeconds).toLocaleString('en-US')} records/s, raw ${Math.round(run.pushed / run.rawSeconds).toLocaleString('en-US')} records/s${cpu}`);
    }
    // The median run by sync time: other processes on a 2-core machine slow single runs down.
    const run = [...all].sort((a, b) => a.syncSeconds - b.syncSeconds)[Math.floor(all.length / 2)]!;
    const rawSeconds = median(all.map((r) => r.rawSeconds));
    console.log(`\npushed ${run.pushed.toLocaleString('en-US')} records in ${run.batches} batches (sizes ${run.sizes.join(', ')}) over loopback; median of ${runs} runs`);
    line('sync push (engine → head-office server, SQLite)', run.pushed, run.syncSeconds, run.pushBytes);
    line('raw baseline (same gzip batches → parse, discard)', run.pushed, rawSeconds, run.rawBytes);
    console.log(`sync push takes ${(run.syncSeconds / rawSeconds).toFixed(1)}× the raw baseline's time`);
    console.log(`acknowledgements back: ${(run.answerBytes / run.pushed).toFixed(1)} B/record (uncompressed JSON)`);
    console.log(`budget: ≥ 15,000 records/s at ≤ 190 B/record`);
  } finally {
    core.close();
    raw.child.kill('SIGTERM');
    if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
