import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/store';
import { databaseFile } from '../../electron/core/paths';
import { tempDir } from '../support/temp-core';

const CHILD = path.resolve('test/crash/writer-child.ts');
const ROUNDS = 20;

/**
 * Starts the writer in one process (node with tsx's loader: the tsx command itself
 * would fork a second process that SIGKILL would orphan), waits for its first save,
 * lets it write for `ms`, then kills it with SIGKILL. */
function writeThenKill(dataDir: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('READY')) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited by itself: ${stderr}`))));
  });
}

interface Consistency {
  complaints: number;
  missingOutbox: number;
  missingAudit: number;
  orphanOutbox: number;
  payloadMismatch: number;
}

/**
 * Every version of every complaint has exactly one outbox row and one audit row
 * (a complaint is written once at intake and again whenever re-grading changes
 * its class), the newest outbox row carries the stored record, and nothing else is queued.
 */
function checkConsistency(dataDir: string): Consistency {
  const store = openStore(databaseFile(dataDir)); // runs the integrity check
  const db = store.read;
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const result = {
    complaints: one('SELECT count(*) AS n FROM complaints'),
    missingOutbox: one(`SELECT count(*) AS n FROM complaints c
      WHERE (SELECT count(DISTINCT o.entity_version) FROM outbox o WHERE o.entity = 'complaint' AND o.entity_id = c.id) <> c.version
         OR (SELECT count(*) FROM outbox o WHERE o.entity = 'complaint' AND o.entity_id = c.id) <> c.version`),
    missingAudit: one(`SELECT count(*) AS n FROM complaints c WHERE (SELECT count(*) FROM audit_log a WHERE a.entity = 'complaint' AND a.entity_id = c.id) <> c.version`),
    orphanOutbox: one(`SELECT count(*) AS n FROM outbox o WHERE o.entity = 'complaint' AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.id = o.entity_id)`),
    payloadMismatch: one(`SELECT count(*) AS n FROM complaints c JOIN outbox o ON o.entity = 'complaint' AND o.entity_id = c.id AND o.entity_version = c.version
      WHERE json_extract(o.payload, '$.serial') <> c.serial OR json_extract(o.payload, '$.content') <> c.content
         OR json_extract(o.payload, '$.version') <> c.version OR json_extract(o.payload, '$.classCode') IS NOT c.class_code`),
  };
  store.close();
  return result;
}

describe('crash safety', () => {
  it(`keeps records, outbox and audit in step (one row each per version) when killed with SIGKILL mid-write, ${ROUNDS} times in a row`, async () => {
    const dataDir = tempDir('branchline-crash-');
    let previous = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      await writeThenKill(dataDir, 20 + Math.floor(Math.random() * 200));
      const state = checkConsistency(dataDir);
      expect(state, `round ${round}`).toEqual({ complaints: state.complaints, missingOutbox: 0, missingAudit: 0, orphanOutbox: 0, payloadMismatch: 0 });
      expect(state.complaints, `round ${round} saved nothing`).toBeGreaterThan(previous);
      previous = state.complaints;
    }
  }, 180_000);
});
