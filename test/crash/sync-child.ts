// Child process of the sync kill test: opens a site's store that is already
// enrolled (through the parent's fault proxy) and runs one sync, printing
// SYNCING before and DONE after. The parent kills it with SIGKILL mid-sync.
import { openCore } from '../../electron/core/core';
import { runSync } from '../../electron/core/sync/run';
import { TEST_SCRYPT_COST } from '../support/temp-core';

const dataDir = process.argv[2]!;
const core = await openCore({ dataDir, demo: false, scryptCost: TEST_SCRYPT_COST, regradeEveryMs: 0 });
process.stdout.write('SYNCING\n');
try {
  const result = await runSync({ store: core.context.store, now: () => new Date() });
  process.stdout.write(`DONE ${JSON.stringify(result)}\n`);
} catch (error) {
  process.stdout.write(`FAILED ${(error as Error).message}\n`);
}
core.close();
