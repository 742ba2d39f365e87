import { z } from 'zod';
import { RETENTION_RECORD_TYPES } from '../privacy/retention';
import { bilingualNoteSchema } from '../sources/choice-note';
import { id, str } from './common';
import { method } from './define';

/**
 * Retention and destruction of customers' personal fields, and the subject-access export (issue 19 §4;
 * seed002 客户管理制度1 第二十六条 集中销毁 and 销毁记录, 第三十七条 批量导出、复制、销毁 reviewed and
 * registered). Retention periods: shared/privacy/retention.ts.
 */

export const expiredCustomerSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  lastActivityAt: z.string(),
  expiredAt: z.string(),
});
export type ExpiredCustomer = z.infer<typeof expiredCustomerSchema>;

/** The kinds of record a destruction record counts. */
export const ERASED_RECORD_TYPES = ['customerFile', 'complaint', 'visit', 'opinionEntry', 'mediaIncident'] as const;
export type ErasedRecordType = (typeof ERASED_RECORD_TYPES)[number];

export const destructionBatchSchema = z.object({
  id: z.string(),
  status: z.enum(['proposed', 'destroyed']),
  proposedBy: z.string(),
  proposedAt: z.string(),
  customerCount: z.number().int(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** How many records of each type had their personal fields erased. */
  erasedCounts: z.partialRecord(z.enum(ERASED_RECORD_TYPES), z.number().int()).nullable(),
  place: z.string(),
});
export type DestructionBatch = z.infer<typeof destructionBatchSchema>;

export const retentionRuleSchema = z.object({
  recordType: z.enum(RETENTION_RECORD_TYPES),
  activity: bilingualNoteSchema,
  years: z.number().int(),
  shippedYears: z.number().int(),
  source: z.string(),
  choice: bilingualNoteSchema,
});

const reason = str().trim().max(200);

export const privacyDestructionApi = {
  /** The retention period of each record type: the shipped rule with its source and choice, and the site's value. */
  'privacy.retention': method({ input: z.object({}).strict(), output: z.array(retentionRuleSchema), access: 'personal.readFull', writes: false }),
  /** The station lead sets a record type's period (the source names none). */
  'privacy.setRetention': method({
    input: z.object({ recordType: z.enum(RETENTION_RECORD_TYPES), years: z.number().int().min(1).max(100) }).strict(),
    output: z.array(retentionRuleSchema),
    access: 'privacy.auditRead',
    writes: true,
  }),
  /** Customers whose retention has expired: what the destruction job proposes. */
  'privacy.expiredCustomers': method({ input: z.object({}).strict(), output: z.array(expiredCustomerSchema), access: 'personal.readFull', writes: false }),
  /** Proposes a batch of expired customers for destruction; nothing is erased yet. */
  'privacy.proposeDestruction': method({
    input: z.object({ customerIds: z.array(id).min(1).max(5000) }).strict(),
    output: destructionBatchSchema,
    access: 'personal.readFull',
    writes: true,
  }),
  /** The station lead approves a proposed batch with a reason: the personal fields are erased and the destruction registered. */
  'privacy.approveDestruction': method({
    input: z.object({ batchId: id, reason }).strict(),
    output: destructionBatchSchema,
    access: 'privacy.auditRead',
    writes: true,
  }),
  /** The destruction records (登记), newest first. */
  'privacy.destructionBatches': method({ input: z.object({}).strict(), output: z.array(destructionBatchSchema), access: 'personal.readFull', writes: false }),
  /**
   * Everything held about one customer, in full, as one JSON document (a string, so the dispatcher's
   * masking by field name leaves it whole: it is the customer's own data, given with a purpose).
   */
  'privacy.subjectAccess': method({
    input: z.object({ customerId: id, purpose: reason }).strict(),
    output: z.object({ document: z.string(), rowCount: z.number().int() }),
    access: 'personal.readFull',
    writes: true,
  }),
};
