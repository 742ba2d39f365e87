import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushRequestText } from '../../electron/core/sync/push-body';
import type { OutboxRow } from '../../electron/core/sync/outbox-repository';
import { toEntry } from '../../electron/core/sync/push';
import { pushRequestSchema } from '../../shared/sync/protocol';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const payload = fc.dictionary(text, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
const row = fc.record({
  seq: fc.nat(),
  entry_id: fc.uuid(),
  entity: fc.constantFrom('complaint', 'complaint_event', 'checklist_record'),
  entity_id: fc.string({ minLength: 1, maxLength: 60 }),
  entity_version: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  operation: fc.constant('upsert'),
  payload: payload.map((p) => JSON.stringify(p)),
  created_at: fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
}) satisfies fc.Arbitrary<OutboxRow>;

describe('push request text', () => {
  it('is exactly JSON.stringify of the request built from the parsed rows, and a valid push request', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(row, { minLength: 1, maxLength: 20 }), fc.nat(), (batchId, rows, pendingAfterBatch) => {
        const spliced = pushRequestText(batchId, rows, pendingAfterBatch);
        const request = { batchId, entries: rows.map(toEntry), pendingAfterBatch };
        expect(spliced).toBe(JSON.stringify(request));
        expect(pushRequestSchema.safeParse(JSON.parse(spliced)).success).toBe(new Set(rows.map((r) => r.entry_id)).size === rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
