// The store bench:start opens: the well-station demo plus N complaints made
// through the real service code (createComplaint in one transaction per
// 5,000), made once and reused from the same folder.
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core/core';
import { createComplaint } from '../../electron/core/complaints/complaints';
import { gradingEnv } from '../../electron/core/complaints/grading';
import { readSite } from '../../electron/core/site/site';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import { SURNAMES, contentOf } from './synthetic-data';

/** Fills `dataDir` to `rows` complaints (the demo's own included); returns how many it holds. */
export async function makeStartStore(dataDir: string, rows: number): Promise<number> {
  fs.mkdirSync(dataDir, { recursive: true });
  // The demo's users keep the real PIN cost: signing in during the bench costs what it costs at a site.
  const core = await openCore({ dataDir, demo: true, regradeEveryMs: 3_600_000, backgroundSync: false });
  try {
    const db = core.context.store.read;
    const count = () => (db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
    const site = readSite(db)!;
    const receivers = (db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id);
    const start = Date.now() - 60 * 86_400_000;
    for (let have = count(); have < rows; have = count()) {
      const batch = Math.min(5_000, rows - have);
      core.context.store.transaction((tx) => {
        const env = gradingEnv(tx, core.context.now(), core.context.calendar);
        for (let k = 0; k < batch; k++) {
          const i = have + k;
          const receivedAt = new Date(start + Math.floor((i / rows) * 60 * 86_400_000));
          createComplaint(
            tx,
            {
              kind: i % 10 === 0 ? 'inquiry' : 'complaint',
              channel: CHANNELS[i % CHANNELS.length]!,
              customerName: `${SURNAMES[i % 10]}先生${i % 1000}`,
              customerPhone: `139${String(i).padStart(8, '0')}`,
              content: contentOf(i),
              receivedAt,
              firstReceiverId: receivers[i % receivers.length]!,
              mediaInvolved: false,
              regulatorInvolved: false,
              tickedCriteria: [],
            },
            site,
            env,
            receivers[0]!,
            receivedAt,
          );
        }
      });
      console.log(`  filled ${(have + batch).toLocaleString('en-US')} complaints`);
    }
    core.regrade();
    return count();
  } finally {
    core.close();
  }
}

export function storeFile(dataDir: string): string {
  return path.join(dataDir, 'branchline.sqlite');
}
