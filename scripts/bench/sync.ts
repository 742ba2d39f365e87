// Sync push at scale: a site's outbox of N records (default 100,000) pushed
// over loopback to the real head-office server (its own process, SQLite), and
// beside it a raw baseline measured in the same run: the same batches, gzip'd
// the same way, POSTed to an endpoint that only decompresses, parses and
// discards them (scripts/bench/raw-endpoint.mjs).
//   npm run bench:sync [-- --count 100000 --keep /tmp/branchline-bench-sync]
// The outbox is real: complaints created through the core's createComplaint
// (validation, grading, serial numbers, search index, audit, outbox), varied
// names, phones and texts, plus the demo station's records. With --keep, a
// store of the right size in that folder is reused (its outbox is un-acknowledged
// and pushed again to a fresh server).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openCore, type Core } from '../../electron/core/core';
import { createComplaint } from '../../electron/core/services/complaints';
import { gradingEnv } from '../../electron/core/services/grading';
import { readSite } from '../../electron/core/services/site';
import { enrolDevice } from '../../electron/core/sync/enrol';
import { runSync } from '../../electron/core/sync/run';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, keep: { type: 'string' } } });
const count = Number(values.count);
const dataDir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-sync-'));
const here = path.dirname(process.argv[1]!);
const ADMIN_TOKEN = 'bench-admin-token-0123456789';

const PLACES = ['村道', '站外', '管线', '计量间', '营业厅', '门口', '阀室', '井场'];
const TROUBLES = ['噪声大', '有异味', '漏水', '停气', '估抄', '态度差', '到场慢', '压力不足', '账单错误', '占道'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const GIVEN = ['桂芳', '德明', '晓燕', '志强', '丽', '洋', '建国', '伟', '敏', '静'];

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
            customerName: `${SURNAMES[i % 10]}${GIVEN[(i >> 4) % 10]}${i % 1000}`,
            customerPhone: `138${String(i).padStart(8, '0')}`,
            content: `${PLACES[i % 8]}${TROUBLES[(i >> 3) % 10]}，${PLACES[(i >> 5) % 8]}${TROUBLES[(i >> 7) % 10]}，第${i % 97}次反映，要求尽快处理并答复。`,
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
  console.log(`${label.padEnd(44)} ${perSecond.toLocaleString('en-US').padStart(9)} records/s   ${(bytes / records).toFixed(1).padStart(6)} B/record   (${seconds.toFixed(2)} s)`);
}

async function main(): Promise<void> {
  const core = await openCore({ dataDir, demo: true, scryptCost: { N: 1024, r: 8, p: 1 }, regradeEveryMs: 0 });
  if (outboxCount(core) < count) fill(core);
  else console.log(`reusing ${outboxCount(core).toLocaleString('en-US')} outbox records in ${dataDir}`);
  core.context.store.transaction((tx) => {
    tx.prepare('UPDATE outbox SET acknowledged_at = NULL').run();
    tx.prepare("DELETE FROM sync_state WHERE key IN ('inFlightBatch', 'batchSize')").run();
  });

  const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-server-'));
  const server = await startProcess(path.join(here, 'server.cjs'), ['--port', '0', '--data-dir', serverDir], { BRANCHLINE_ADMIN_TOKEN: ADMIN_TOKEN, DATABASE_URL: '' });
  const raw = await startProcess(path.join(here, '..', '..', 'scripts', 'bench', 'raw-endpoint.mjs'), []);
  try {
    const created = await fetch(new URL(PATHS.adminSites, server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'BENCH1', name: '基准站' }),
    });
    const { enrolCode } = (await created.json()) as EnrolCodeResponse;

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

    const t0 = process.hrtime.bigint();
    const result = await runSync(options);
    const syncSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const pushBytes = pushes.reduce((n, p) => n + p.gzip.byteLength, 0);
    const answerBytes = pushes.reduce((n, p) => n + p.answerBytes, 0);

    const bodies = pushes.map((p) => gunzipSync(p.gzip).toString('utf8'));
    let rawBytes = 0;
    const t1 = process.hrtime.bigint();
    for (const text of bodies) {
      const gz = gzipSync(Buffer.from(text, 'utf8'));
      rawBytes += gz.byteLength;
      const response = await fetch(new URL('/ingest', raw.url), { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gz });
      await response.text();
    }
    const rawSeconds = Number(process.hrtime.bigint() - t1) / 1e9;

    console.log(`\npushed ${result.pushed.toLocaleString('en-US')} records in ${pushes.length} batches (sizes ${[...new Set(pushes.map((_, i) => JSON.parse(bodies[i]!).entries.length))].join(', ')}) over loopback`);
    line('sync push (engine → head-office server, SQLite)', result.pushed, syncSeconds, pushBytes);
    line('raw baseline (same gzip batches → parse, discard)', result.pushed, rawSeconds, rawBytes);
    console.log(`sync push takes ${(syncSeconds / rawSeconds).toFixed(1)}× the raw baseline's time`);
    console.log(`acknowledgements back: ${(answerBytes / result.pushed).toFixed(1)} B/record (uncompressed JSON)`);
    console.log(`budget: ≥ 15,000 records/s at ≤ 190 B/record`);
  } finally {
    core.close();
    server.child.kill('SIGTERM');
    raw.child.kill('SIGTERM');
    if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(serverDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
