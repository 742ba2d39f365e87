import { z } from 'zod';
import { empty, str } from './common';
import { method } from './define';

export const syncProgressSchema = z.object({
  phase: z.enum(['push', 'pull']),
  /** Outbox entries acknowledged so far in this run, of `total` pending when it started. */
  sent: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const syncStatusSchema = z.object({
  /** Outbox entries not yet acknowledged by head office. */
  queueLength: z.number().int().nonnegative(),
  oldestPendingAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** This computer holds a head-office credential. */
  enrolled: z.boolean(),
  serverUrl: z.string().nullable(),
  /** The last run's failure in plain words (中文 / English); null after a success. */
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string(), status: z.number().int().optional() }).nullable(),
  /** The run in progress, or null. */
  progress: syncProgressSchema.nullable(),
  /** When the background sync runs next; null when it is off (not enrolled, or interval 0). */
  nextAttemptAt: z.string().nullable(),
  /** Minutes between automatic runs; 0: only on demand. */
  intervalMinutes: z.number().int().nonnegative(),
  /** Consecutive failed runs (the backoff grows with it). */
  failures: z.number().int().nonnegative(),
  /** Head-office remarks waiting for a person to choose (sync.conflicts). */
  conflicts: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncEnrolSchema = z
  .object({
    serverUrl: str()
      .trim()
      .max(500)
      .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), { message: '请输入 http:// 或 https:// 开头的总部服务器地址 / enter the head-office server address (http:// or https://)' }),
    code: str().trim().min(6, '请输入总部给的登记码 / enter the code head office gave you').max(64),
    deviceName: str().trim().min(1).max(100),
  })
  .strict();
export type SyncEnrolInput = z.infer<typeof syncEnrolSchema>;

export const syncEnrolResultSchema = z.object({ siteId: z.string(), siteCode: z.string(), deviceId: z.string() });

export const syncRunResultSchema = z.object({
  pushed: z.number().int().nonnegative(),
  pulled: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const SYNC_INTERVAL_CHOICES = [0, 5, 15, 30, 60] as const;

export const syncSetIntervalSchema = z
  .object({
    minutes: z
      .number()
      .int()
      .refine((m) => (SYNC_INTERVAL_CHOICES as readonly number[]).includes(m), { message: '请选择列出的同步间隔 / choose one of the listed intervals' }),
  })
  .strict();

export const syncConflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What a person recognises the record by (a complaint's serial). */
  label: z.string(),
  field: z.string(),
  siteValue: z.json().nullable(),
  headOfficeValue: z.json().nullable(),
  note: z.string().nullable(),
  detectedAt: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const headOfficeRemarkSchema = z.object({
  remarkId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  label: z.string(),
  /** 总部批注 text, when the remark carried one. */
  remark: z.string().nullable(),
  note: z.string().nullable(),
  author: z.string().nullable(),
  /** Field → what the merge did: taken, same, conflict, ignored. */
  outcome: z.record(z.string(), z.string()),
  mergedAt: z.string(),
});
export type HeadOfficeRemark = z.infer<typeof headOfficeRemarkSchema>;

export const syncResolveConflictSchema = z.object({ id: str().min(1).max(128), keep: z.enum(['site', 'headOffice']) }).strict();

export const syncApi = {
  'sync.status': method({ input: empty, output: syncStatusSchema, access: 'sync.read', writes: false }),
  /** Spends head office's one-time code; the credential stays in the core (never returned to the renderer). */
  'sync.enrol': method({ input: syncEnrolSchema, output: syncEnrolResultSchema, access: 'sync.manage', writes: false }),
  /** Push the outbox, then pull reference data, now. */
  'sync.runNow': method({ input: empty, output: syncRunResultSchema, access: 'sync.manage', writes: false }),
  /** How often this computer syncs by itself (a device setting, audited, not synced). */
  /** Unresolved conflicts between a head-office remark and a site change, oldest first. */
  'sync.conflicts': method({ input: empty, output: z.object({ items: z.array(syncConflictSchema) }), access: 'sync.read', writes: false }),
  /** The latest head-office remarks merged here, newest first. */
  'sync.remarks': method({ input: empty, output: z.object({ items: z.array(headOfficeRemarkSchema) }), access: 'sync.read', writes: false }),
  /** A person's choice for one conflict; taking head office's value changes the record (audited, queued). */
  'sync.resolveConflict': method({ input: syncResolveConflictSchema, output: z.object({ id: z.string() }), access: 'sync.manage', writes: true }),
  'sync.setInterval': method({ input: syncSetIntervalSchema, output: z.object({ minutes: z.number().int() }), access: 'sync.manage', writes: false }),
};
