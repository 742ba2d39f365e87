import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { openTestCore, TEST_SCRYPT_COST } from '../support/temp-core';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 21 §3: at start the store is opened and the first work list served
 * before the background pass (re-grading what fell due while the app was
 * closed, report rows, escalation) takes the event loop.
 */
describe('the first background pass after start', () => {
  it('waits backgroundDelayMs, then re-grades what fell due while the app was closed', async () => {
    const first = await openTestCore();
    const dataDir = first.dataDir;
    const later = new Date(first.clock.now().getTime() + 40 * 86_400_000);
    first.close();
    const core = await openCore({ dataDir, now: () => later, scryptCost: TEST_SCRYPT_COST, regradeEveryMs: 3_600_000, notificationEveryMs: 0, backgroundDelayMs: 400, backgroundSync: false });
    try {
      const due = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM complaints WHERE regrade_at <= ?').get(later.toISOString()) as { n: number }).n;
      const before = due();
      expect(before).toBeGreaterThan(0);
      // Several turns of the event loop: what the first list request would get.
      await sleep(100);
      expect(due()).toBe(before);
      const list = await core.dispatch({ method: 'session.status', input: {} });
      expect(list.ok).toBe(true);
      await sleep(900);
      expect(due()).toBeLessThan(before);
    } finally {
      core.close();
    }
  });
});
