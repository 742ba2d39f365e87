// Bytes per complaint and save time, for issue 21 §1 (write once). Fills a
// fresh site with N complaints through the real service (as bench:store does),
// then prints the store's bytes per complaint by table (dbstat), the average
// outbox and audit payloads, and complaints.create p50/p95 through the
// dispatcher, with the load average beside them. With --ack, every outbox
// entry is then acknowledged as a push would, and pruned as it would be once
// the kept window passed (the steady state of a synced site), and the bytes
// are printed again. The same script runs on an older build for a before
// figure (copy it into that tree): without pruning there, nothing is pruned.
//   npm run bench:write-once [-- --count 20000 --samples 200 --ack]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, type Core } from '../../electron/core/core';
import { createComplaint } from '../../electron/core/complaints/complaints';
import { gradingEnv } from '../../electron/core/complaints/grading';
import { readSite } from '../../electron/core/site/site';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import * as outbox from '../../electron/core/sync/outbox-repository';
import { contentOf } from './synthetic-data';

const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, samples: { type: 'string', default: '200' }, ack: { type: 'boolean', default: false } } });
const count = Number(values.count);
const samples = Number(values.samples);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-write-once-'));

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

function fill(core: Core): void {
  const db = core.context.store.read;
  const site = readSite(db)!;
  const receivers = (db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id);
  const start = Date.now() - 60 * 86_400_000;
  for (let done = 0; done < count; done += 5000) {
    core.context.store.transaction((tx) => {
      const env = gradingEnv(tx, core.context.now(), core.context.calendar);
      for (let i = done; i < Math.min(count, done + 5000); i++) {
        const receivedAt = new Date(start + Math.floor((i / count) * 60 * 86_400_000));
        const input = {
          kind: i % 10 === 0 ? ('inquiry' as const) : ('complaint' as const),
          channel: CHANNELS[i % CHANNELS.length]!,
          customerName: `王敏${i % 1000}`,
          customerPhone: `138${String(i).padStart(8, '0')}`,
          content: contentOf(i),
          receivedAt,
          firstReceiverId: receivers[i % receivers.length]!,
          mediaInvolved: i % 500 === 0,
          regulatorInvolved: false,
          tickedCriteria: i % 13 === 0 ? ['major.1'] : [],
        };
        createComplaint(tx, input, site, env, receivers[0]!, receivedAt);
      }
    });
  }
}

function bytes(core: Core, label: string): void {
  const db = core.context.store.read;
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const n = (db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
  const rows = db.prepare('SELECT name, sum(pgsize) AS size, sum(unused) AS unused FROM dbstat GROUP BY name ORDER BY size DESC').all() as { name: string; size: number; unused: number }[];
  const total = rows.reduce((s, r) => s + r.size, 0);
  console.log(`\n${label}: ${n} complaints, ${(total / n).toFixed(0)} B per complaint   (load ${load()})`);
  for (const r of rows.slice(0, 14)) console.log(`  ${r.name.padEnd(44)} ${(r.size / n).toFixed(0).padStart(6)} B  (${((100 * r.unused) / Math.max(1, r.size)).toFixed(0)}% unused)`);
  const avg = (sql: string) => (db.prepare(sql).get() as { n: number | null }).n ?? 0;
  console.log(`  outbox complaint payload avg ${avg("SELECT avg(length(CAST(payload AS BLOB))) AS n FROM outbox WHERE entity = 'complaint'").toFixed(0)} B, notification ${avg("SELECT avg(length(CAST(payload AS BLOB))) AS n FROM outbox WHERE entity = 'notification'").toFixed(0)} B; audit create after avg ${avg("SELECT avg(length(CAST(after AS BLOB))) AS n FROM audit_log WHERE action = 'complaints.create'").toFixed(0)} B`);
}

async function main(): Promise<void> {
  const core = await openCore({ dataDir, demo: true, scryptCost: { N: 1024, r: 8, p: 1 }, regradeEveryMs: 3_600_000 });
  fill(core);
  bytes(core, 'after fill');
  const session = (await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } })) as { ok: true; value: { session: string } };
  // WAL bytes per save, with no checkpoint in between: what a save writes, whatever else the machine does.
  const file = path.join(dataDir, 'branchline.sqlite');
  core.context.store.read.pragma('wal_checkpoint(TRUNCATE)');
  core.context.store.read.pragma('wal_autocheckpoint = 0');
  const times: number[] = [];
  // CPU time as well as wall time: on a machine other work keeps busy, the wall time measures the queue for a core.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    const r = (await core.dispatch({ method: 'complaints.create', session: session.value.session, input: { kind: 'complaint', channel: 'phone', customerName: '王敏', customerPhone: '13800000000', content: contentOf(i) } })) as { ok: boolean };
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  const cpu = process.cpuUsage(cpu0);
  const walPerSave = fs.statSync(`${file}-wal`).size / samples;
  core.context.store.read.pragma('wal_autocheckpoint = 1000');
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor((q / 100) * times.length))]!.toFixed(3);
  console.log(`\nsave complaints.create (${samples}): p50 ${p(50)} ms  p95 ${p(95)} ms  CPU ${((cpu.user + cpu.system) / samples / 1000).toFixed(3)} ms per save, WAL ${(walPerSave / 1024).toFixed(1)} KiB per save   (load ${load()})`);
  if (values.ack) {
    const at = new Date().toISOString();
    core.context.store.transaction((tx) => {
      const seqs = (tx.prepare('SELECT seq FROM outbox WHERE acknowledged_at IS NULL').all() as { seq: number }[]).map((r) => r.seq);
      for (let k = 0; k < seqs.length; k += 500) outbox.acknowledgeOutboxSeqs(tx, seqs.slice(k, k + 500), at);
      // As the acknowledgement of a push would once the kept window has passed (a build without pruning has none).
      const prune = (outbox as { pruneAcknowledged?: (tx: unknown, before: string) => number }).pruneAcknowledged;
      if (prune) console.log(`\npruned ${prune(tx, new Date(Date.now() + 86_400_000).toISOString())} acknowledged entries no audit row points at`);
    });
    core.context.store.read.exec('VACUUM');
    bytes(core, 'after every entry was acknowledged, the kept window passed (and VACUUM)');
  }
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
