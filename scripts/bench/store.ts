// The complaint store at scale (issue 21 §5): fills a site with N complaints
// (default 20,000) through the real service code, then measures, each beside
// raw baselines taken in the same run and checked to do the same work:
//   - store bytes per complaint beside the same rows packed afresh and the same
//     purpose done raw (store-bytes.ts, store-purpose.ts);
//   - save: complaints.create beside the same rows written raw (captured from a
//     real create, row-capture.ts) and the same purpose (store-save.ts);
//   - search: complaints.list with a query beside a raw trigram index, same
//     terms, same page (store-search.ts);
//   - work lists: listComplaints beside the same page, joins, columns and count
//     written raw (store-lists.ts);
//   - cold start: openCore on the full store vs opening the file and SELECT 1.
// "met" is printed only for a ratio met against a baseline doing the same work.
//   npm run bench:store [-- --rows 1000000 --samples 200 --keep DIR]   (--count is --rows)
// At 1,000,000 rows and more the store is kept in os.tmpdir()/branchline-bench-1m
// (or --keep DIR) and reused by later runs; smaller ones go to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../../electron/core/core';
import { createComplaint } from '../../electron/core/complaints/complaints';
import { gradingEnv } from '../../electron/core/complaints/grading';
import { readSite } from '../../electron/core/site/site';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import { benchBytes } from './store-bytes';
import { benchLists } from './store-lists';
import { openSamePurpose } from './store-purpose';
import { benchSave } from './store-save';
import { benchSearch } from './store-search';
import { load } from './store-timing';
import { contentOf, customerNameOf } from './synthetic-data';

const { values } = parseArgs({ options: { rows: { type: 'string' }, count: { type: 'string' }, keep: { type: 'string' }, samples: { type: 'string', default: '1000' } } });
const count = Number(values.rows ?? values.count ?? '20000');
const samples = Number(values.samples);
const kept = values.keep ?? (count >= 1_000_000 ? path.join(os.tmpdir(), `branchline-bench-${count === 1_000_000 ? '1m' : count}`) : undefined);
if (kept) fs.mkdirSync(kept, { recursive: true });
const dataDir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-bench-'));
const cheapScrypt = { N: 1024, r: 8, p: 1 };

async function fill(core: Core): Promise<void> {
  const db = core.context.store.read;
  const have = (db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
  if (have >= count) return console.log(`reusing ${have.toLocaleString('en-US')} complaints in ${dataDir}`);
  const site = readSite(db)!;
  const receivers = (db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id);
  const start = Date.now() - 365 * 86_400_000;
  const t0 = Date.now();
  for (let done = have; done < count; ) {
    const batch = Math.min(10_000, count - done);
    core.context.store.transaction((tx) => {
      const env = gradingEnv(tx, core.context.now(), core.context.calendar);
      for (let k = 0; k < batch; k++) {
        const i = done + k;
        const receivedAt = new Date(start + Math.floor((i / count) * 365 * 86_400_000));
        createComplaint(
          tx,
          {
            kind: i % 10 === 0 ? 'inquiry' : i % 17 === 0 ? 'suggestion' : 'complaint',
            channel: CHANNELS[i % CHANNELS.length]!,
            customerName: customerNameOf(i),
            customerPhone: `138${String(i).padStart(8, '0')}`,
            content: contentOf(i),
            receivedAt,
            firstReceiverId: receivers[i % receivers.length]!,
            mediaInvolved: i % 500 === 0,
            regulatorInvolved: false,
            tickedCriteria: i % 13 === 0 ? ['major.1'] : [],
          },
          site,
          env,
          receivers[0]!,
          receivedAt,
        );
      }
    });
    done += batch;
    if (Math.floor(done / 100_000) > Math.floor((done - batch) / 100_000) || done === count) console.log(`  filled ${done.toLocaleString('en-US')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}

/**
 * A store of a million is years of history: everything older than 30 days is
 * closed (as on a real site), the rest stays open. Then the re-grading a live
 * site does minute by minute is caught up once, and timed.
 */
function ageHistory(core: Core): void {
  const cutoff = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const closed = core.context.store.transaction((tx) =>
    tx
      .prepare(
        `UPDATE complaints SET status = 'closed', validity = 'valid', resolved_at = received_at, closed_at = received_at, due_at = NULL, regrade_at = NULL
         WHERE received_at < ? AND status <> 'closed'`,
      )
      .run(cutoff),
  ).changes;
  if (closed > 0) console.log(`closed ${closed.toLocaleString('en-US')} complaints older than 30 days`);
  const t0 = Date.now();
  const changed = core.regrade();
  console.log(`caught up re-grading the open ones: ${changed.toLocaleString('en-US')} changed class (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function coldStart(): Promise<Core> {
  const file = path.join(dataDir, 'branchline.sqlite');
  console.log(`database ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB\n`);
  // Cold start: the second open (the first ran migrations when the store was new).
  let t0 = process.hrtime.bigint();
  const raw = new Database(file);
  raw.prepare('SELECT 1').get();
  const rawOpenMs = Number(process.hrtime.bigint() - t0) / 1e6;
  raw.close();
  t0 = process.hrtime.bigint();
  const core = await openCore({ dataDir, scryptCost: cheapScrypt });
  const openMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${'cold start: baseline open file + SELECT 1'.padEnd(60)} ${rawOpenMs.toFixed(1).padStart(8)} ms`);
  console.log(`${'cold start: openCore (checks, migrations, calendar, regrade)'.padEnd(60)} ${openMs.toFixed(1).padStart(8)} ms   (no baseline does the same work: no ratio)   [${load()}]`);
  console.log(`main-process memory after open: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  // The integrity check of a large file runs in a worker after opening; measure the rest once it is done.
  t0 = process.hrtime.bigint();
  // The worker is unref'd (it must never hold the app open); this timer keeps the benchmark alive while it runs.
  const keepAlive = setInterval(() => {}, 1_000);
  const integrity = await core.context.store.integrity;
  clearInterval(keepAlive);
  console.log(`integrity check in the background worker: ${integrity} after a further ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s\n`);
  return core;
}

async function main(): Promise<void> {
  console.log(`store benchmark at ${count.toLocaleString('en-US')} complaints (${dataDir}), ${os.cpus().length} cores, ${load()}`);
  // A slow timer: its first background batch must not run the whole catch-up before the history is aged.
  const filling = await openCore({ dataDir, demo: true, scryptCost: cheapScrypt, regradeEveryMs: 3_600_000 });
  await fill(filling);
  ageHistory(filling);
  filling.close();
  const core = await coldStart();
  const db = core.context.store.read;
  const session = (await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })) as { ok: true; value: { session: string } };
  const me = (db.prepare("SELECT id FROM users WHERE login = 'zhangwei'").get() as { id: string }).id;
  const purpose = openSamePurpose(db, core.context.store.file, dataDir);
  benchBytes(db, purpose.db, dataDir);
  await benchSave(db, core, session.value.session, { samples, purpose, contentOf });
  purpose.close();
  benchSearch(db, { dataDir, samples, me });
  benchLists(db, { samples, me, rows: count });
  core.close();
  if (!kept) fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
