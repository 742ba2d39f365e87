import { z } from 'zod';
import { COMPLAINT_KINDS } from '../domain/complaint-vocabulary';
import { FOLLOW_UP_METHODS } from '../domain/customer-vocabulary';
import { CALL_BACK_METHODS, SATISFACTION_LEVELS } from '../domain/workflow';
import { MEETING_KINDS } from '../risk-classes/meetings';
import { RISK_CLASSES } from '../risk-classes/pack';

/**
 * 客户往来记录 (issue 19 §1): one customer's dealings with the site, newest first, each entry a
 * moment, who acted and what happened, written as a sentence by the UI. Personal fields and free
 * text (`content`, `note`, `reason`, `otherOpinions`) are masked by the dispatcher like every answer.
 */

/** The complaint an entry is about: the UI names it by its serial and links to it. */
export const historyComplaintSchema = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
});

const base = { at: z.string(), byName: z.string().nullable() };
const satisfaction = z.enum(SATISFACTION_LEVELS);

export const customerHistoryEntrySchema = z.discriminatedUnion('type', [
  /** Received at the counter, by phone…; with the class it holds now. */
  z.object({ type: z.literal('complaintReceived'), ...base, complaint: historyComplaintSchema, classCode: z.string().nullable(), content: z.string() }),
  /** Closed after the call-back, or closed as invalid. */
  z.object({ type: z.literal('complaintClosed'), ...base, complaint: historyComplaintSchema, outcome: z.enum(['closed', 'invalid']) }),
  /** 回访 (篇6 第三十六、三十七条). */
  z.object({
    type: z.literal('callBack'),
    ...base,
    complaint: historyComplaintSchema,
    method: z.enum(CALL_BACK_METHODS),
    satisfied: z.boolean(),
    timeliness: satisfaction,
    attitude: satisfaction,
    result: satisfaction,
    otherOpinions: z.string().nullable(),
  }),
  /** A follow-up of a flagged customer: a call or a visit with a gift (电话或物质慰问). */
  z.object({ type: z.literal('followUp'), ...base, method: z.enum(FOLLOW_UP_METHODS).nullable(), note: z.string() }),
  /** A credit grading proposed (seed002 客户管理制度3 第十九条). */
  z.object({ type: z.literal('creditProposed'), ...base, grade: z.enum(['A', 'B', 'C']), creditLimit: z.number(), reason: z.string() }),
  /** A review or approval step of a credit grading. */
  z.object({
    type: z.literal('creditStep'),
    ...base,
    grade: z.enum(['A', 'B', 'C']),
    step: z.enum(['review', 'approve']),
    decision: z.enum(['approved', 'rejected']),
    reason: z.string().nullable(),
  }),
  /** An approved risk-class change (seed000 第二篇). */
  z.object({ type: z.literal('riskClassChanged'), ...base, fromClass: z.enum(RISK_CLASSES), toClass: z.enum(RISK_CLASSES), reason: z.string() }),
  /**
   * A person set the complaint's class by hand (`override` true) or cleared that, handing it back to the
   * rules (`override` false); the classes are codes of the complaint's rule pack, null when ungraded.
   */
  z.object({
    type: z.literal('classOverridden'),
    ...base,
    complaint: historyComplaintSchema,
    fromClass: z.string().nullable(),
    toClass: z.string().nullable(),
    override: z.boolean(),
    reason: z.string(),
  }),
  /** A risk-class proposal the leader in charge refused: the class stayed, the proposal and the refusal are kept. */
  z.object({ type: z.literal('riskClassRefused'), ...base, fromClass: z.enum(RISK_CLASSES), toClass: z.enum(RISK_CLASSES), reason: z.string(), note: z.string() }),
  /**
   * A credit-limit adjustment proposed in the monthly check of 《客户授信额度执行评价表》 (seed002 客户管理制度3
   * 第四十一条): the evaluation's month, the limit it was measured against and the one proposed.
   */
  z.object({ type: z.literal('limitAdjustmentProposed'), ...base, month: z.string(), fromLimit: z.number(), toLimit: z.number() }),
  /** The general manager's decision on it: approved (the new limit in force from `effectiveOn`) or refused (with the reason). */
  z.object({
    type: z.literal('limitAdjustmentDecided'),
    ...base,
    month: z.string(),
    fromLimit: z.number(),
    toLimit: z.number(),
    decision: z.enum(['approved', 'rejected']),
    reason: z.string().nullable(),
    effectiveOn: z.string().nullable(),
  }),
  /**
   * A risk meeting (seed000 第二篇 三、) that discussed the customer, as recorded (`at`, `byName`): the day it
   * was held, its kinds, and its conclusions with the names of the other customers discussed left out.
   */
  z.object({ type: z.literal('riskMeeting'), ...base, heldOn: z.string(), kinds: z.array(z.enum(MEETING_KINDS)), conclusions: z.string() }),
  /** A duplicate file merged into this one. */
  z.object({ type: z.literal('merged'), ...base, name: z.string(), reason: z.string() }),
]);
export type CustomerHistoryEntry = z.infer<typeof customerHistoryEntrySchema>;
export type CustomerHistoryType = CustomerHistoryEntry['type'];

/** Entries per page of the history. */
export const CUSTOMER_HISTORY_PAGE_SIZE = 20;

export const customerHistorySchema = z.object({
  entries: z.array(customerHistoryEntrySchema),
  page: z.number().int(),
  total: z.number().int(),
  hasMore: z.boolean(),
});
export type CustomerHistory = z.infer<typeof customerHistorySchema>;
