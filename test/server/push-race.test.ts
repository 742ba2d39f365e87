import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushAck, PushEntry } from '../../shared/sync/protocol';
import { entry, enrolledSite, openTestServer, push, rowCounts, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer();
});
afterEach(async () => server.close());

/**
 * Issue 24 item 1: a client retry racing its own slow first attempt, a proxy
 * sending a request twice, and the next batch overlapping a resent one, all
 * at once from one site. Each racing batch must get the answer it would get
 * alone, and every entry must be applied exactly once. Runs on SQLite and,
 * under `npm run test:server:pg`, on PostgreSQL, where it used to answer 500.
 */
describe('racing push batches from one site', () => {
  it('answers every copy and every overlapping batch normally and applies each entry once, round after round', async () => {
    const site = await enrolledSite(server.app);
    const rounds = 30;
    const applied = new Set<string>();
    const batchIds = new Set<string>();
    let freshCount = 0;
    for (let round = 0; round < rounds; round++) {
      const shared = Array.from({ length: 6 }, (_, i) => entry({ entityId: `r${round}-s${i}`, payload: { round, i } }));
      const first = { batchId: `r${round}-a`, entries: shared };
      // Overlapping: half of the first batch's entries again, under another id, with entries of its own.
      const overlapping = { batchId: `r${round}-b`, entries: [...shared.slice(3), entry({ entityId: `r${round}-b0` }), entry({ entityId: `r${round}-b1` })] };
      // Four at once: as many requests with a body as one device may have under way (upload-slots.ts).
      const racing = round % 2 === 0 ? [first, first, first, overlapping] : [first, first, overlapping, overlapping];
      const answers = await Promise.all(racing.map((batch) => push(server.app, site.auth, batch)));

      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
      const acks = answers.map((a) => a.json() as PushAck);
      const ackOf = (batchId: string) => acks.find((a) => a.batchId === batchId)!;
      for (const [i, batch] of racing.entries()) {
        // Copies of one batch get one answer, the one a resend gets.
        expect(acks[i]).toEqual(ackOf(batch.batchId));
        expect(acks[i]!.acknowledged).toEqual(batch.entries.map((e: PushEntry) => e.entryId));
      }
      // The three shared entries were applied by whichever batch came first: the other counts them as duplicates.
      const [a, b] = [ackOf(first.batchId), ackOf(overlapping.batchId)];
      expect(a.duplicates + b.duplicates).toBe(3);
      freshCount += first.entries.length - a.duplicates + overlapping.entries.length - b.duplicates;
      for (const batch of [first, overlapping]) {
        batchIds.add(batch.batchId);
        for (const e of batch.entries) applied.add(e.entryId);
      }
    }
    expect(freshCount).toBe(applied.size);
    expect(await rowCounts(server.store)).toMatchObject({ received_batches: batchIds.size, received_entries: applied.size, site_records: applied.size });
  });
});
