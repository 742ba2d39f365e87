import { z } from 'zod';
import { empty } from './common';
import { method } from './define';

export const syncStatusSchema = z.object({
  /** Outbox entries not yet acknowledged by head office. */
  queueLength: z.number().int().nonnegative(),
  oldestPendingAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncApi = {
  'sync.status': method({ input: empty, output: syncStatusSchema, access: 'sync.read', writes: false }),
};
