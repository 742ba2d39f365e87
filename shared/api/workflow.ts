import { z } from 'zod';
import {
  CALL_BACK_METHODS,
  COMPLAINT_STATUSES,
  EXTENSION_TYPES,
  LOG_ENTRY_TYPES,
  PAUSE_REASONS,
  REPLY_METHODS,
  SATISFACTION_LEVELS,
  WORKFLOW_ACTIONS,
} from '../domain/workflow';
import { routeViewSchema } from './procedure';
import { id, isoInstant, optionalText, pastInstant, str, text } from './common';

const code = str().trim().min(1, '请选择原因').max(64);
const bilingual = z.object({ zh: z.string(), en: z.string() });

/** The input of each workflow action; the core checks state, role and recusal (see shared/domain/workflow.ts). */
export const workflowActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), assigneeId: id, note: optionalText(1000) }).strict(),
  z.object({ type: z.literal('markInvalid'), reasonCode: code, explanation: text(2000) }).strict(),
  z
    .object({
      type: z.literal('planSolution'),
      resolverId: id,
      measures: text(2000),
      /** 解决时限 */
      dueAt: isoInstant,
    })
    .strict(),
  z
    .object({
      type: z.literal('log'),
      entryType: z.enum(LOG_ENTRY_TYPES),
      text: text(2000),
      /** For 'delay_explained' (篇6 第三十一条): whether the customer, told of the delay, agreed to it. */
      customerAgreed: z.boolean().optional(),
      /** A step of the site's rule pack this entry completes (e.g. 到达现场), so its deadline counts as met. */
      completesStep: str().max(64).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('requestExtension'),
      extensionType: z.enum(EXTENSION_TYPES),
      reason: text(1000),
      newDueAt: isoInstant,
      /** 篇6 第二十七条: a multi-department extension needs the customer's agreement. */
      customerConsentAt: pastInstant.optional(),
      /** How the customer agreed (a pack whose extension takes effect on consent asks it). */
      consentMethod: z.enum(REPLY_METHODS).optional(),
      /** When the call centre was phoned with the result (篇6 第二十七条: within 3 minutes of the consent). */
      callCentreToldAt: pastInstant.optional(),
    })
    .strict(),
  z.object({ type: z.literal('decideExtension'), extensionId: id, approve: z.boolean(), note: optionalText(1000) }).strict(),
  z.object({ type: z.literal('refer'), reason: text(1000) }).strict(),
  z
    .object({
      type: z.literal('resolve'),
      result: text(2000),
      replyMethod: z.enum(REPLY_METHODS),
      /** When the customer was told the result; defaults to now. */
      customerInformedAt: pastInstant.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('callBack'),
      method: z.enum(CALL_BACK_METHODS),
      resolutionAdequate: z.boolean(),
      timeliness: z.enum(SATISFACTION_LEVELS),
      attitude: z.enum(SATISFACTION_LEVELS),
      result: z.enum(SATISFACTION_LEVELS),
      otherOpinions: optionalText(2000),
    })
    .strict(),
  z.object({ type: z.literal('close'), note: optionalText(1000) }).strict(),
  z.object({ type: z.literal('escalate'), reasonCode: code, note: text(1000) }).strict(),
  /** What is awaited is written down, as seed004 §J asks it be noted in the 8D 问题描述. */
  z.object({ type: z.literal('pause'), reason: z.enum(PAUSE_REASONS), note: text(1000) }).strict(),
  z.object({ type: z.literal('resume'), note: optionalText(1000) }).strict(),
  z
    .object({
      type: z.literal('answerOnSpot'),
      /** What was explained to the customer there and then: the case's reply (第八条 2–3). */
      explanation: text(2000),
      /** Who answered (the first employee, or the complaint manager it was passed to). */
      answeredById: id,
      answeredAt: pastInstant,
      /** At the counter, or on the phone for a phone complaint (第十一条(一)1–2). */
      replyMethod: z.enum(REPLY_METHODS),
    })
    .strict(),
  z
    .object({
      type: z.literal('agreeReplyDeadline'),
      dueAt: isoInstant,
      /** How it was agreed with the customer (in person at the counter, by phone…). */
      agreedBy: z.enum(REPLY_METHODS),
      note: optionalText(1000),
    })
    .strict(),
]);
/** What a caller sends (optional notes may be omitted). */
export type WorkflowActionInput = z.input<typeof workflowActionSchema>;
/** What the core receives after parsing (blank optional text is undefined). */
export type ParsedWorkflowAction = z.output<typeof workflowActionSchema>;

export const complaintEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  byName: z.string().nullable(),
  action: z.string(),
  fromStatus: z.enum(COMPLAINT_STATUSES).nullable(),
  toStatus: z.enum(COMPLAINT_STATUSES).nullable(),
  /** The action's own fields (reason, measures, entry text…). */
  details: z.record(z.string(), z.unknown()),
});
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;

export const extensionSchema = z.object({
  id: z.string(),
  extensionType: z.enum(EXTENSION_TYPES),
  reason: z.string(),
  newDueAt: z.string(),
  customerConsentAt: z.string().nullable(),
  consentMethod: z.enum(REPLY_METHODS).nullable(),
  callCentreToldAt: z.string().nullable(),
  /** By when the call centre had to be phoned (consent + the pack's minutes), for an extension that took effect on consent. */
  noticeDueAt: z.string().nullable(),
  noticeLate: z.boolean(),
  /** 'approval': the pack's approver decided (篇6 第十八条); 'customer_consent': it took effect on the customer's consent (第二十七条). */
  takesEffectBy: z.enum(['approval', 'customer_consent']),
  /** The handling limit in force when it was asked for (null before 0018, or without a limit). */
  limitDueAt: z.string().nullable(),
  requestedAt: z.string(),
  requestedByName: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type Extension = z.infer<typeof extensionSchema>;

export const callBackSchema = z.object({
  id: z.string(),
  at: z.string(),
  byName: z.string(),
  method: z.enum(CALL_BACK_METHODS),
  resolutionAdequate: z.boolean(),
  timeliness: z.enum(SATISFACTION_LEVELS),
  attitude: z.enum(SATISFACTION_LEVELS),
  result: z.enum(SATISFACTION_LEVELS),
  otherOpinions: z.string().nullable(),
  satisfied: z.boolean(),
});
export type CallBack = z.infer<typeof callBackSchema>;

export const escalationSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** Null when the rules escalated it by themselves. */
  byName: z.string().nullable(),
  reasonCode: z.string(),
  note: z.string(),
  /** The rule that escalated it (e.g. seed003 篇6 第三十一条). */
  source: z.string().nullable(),
  /** Who must be told, by the pack's notification rules (the notifications inbox picks these up). */
  notify: z.array(z.object({ party: bilingual, confirmByPhone: z.boolean(), source: z.string() })),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** What a case past its handling limit keeps (issue 17 §1.1), so it counts as overdue whatever follows. */
export const overdueFactsSchema = z.object({
  /** The handling limit the case passed unmet, kept after a late extension or plan; null while never passed. */
  limitMissedAt: z.string().nullable(),
  /** A solution recorded after the limit had passed: who and when. */
  latePlan: z.object({ at: z.string(), byName: z.string() }).nullable(),
  /** 篇6 第三十一条: the customer told of the delay, and whether they agreed. */
  delayExplained: z.object({ at: z.string(), agreed: z.boolean() }).nullable(),
});
export type OverdueFacts = z.infer<typeof overdueFactsSchema>;

/** The site's rule for extensions, for the request form (篇6 第十八条、第二十七条). */
export const extensionPolicySchema = z.object({
  approverRole: z.string().nullable(),
  /** Types that take effect on the customer's consent, with the notice the pack asks for. */
  byConsent: z.object({ types: z.array(z.enum(EXTENSION_TYPES)), noticeWithinMinutes: z.number().nullable(), noticeTo: bilingual.nullable(), source: z.string() }).nullable(),
  source: z.string().nullable(),
});
export type ExtensionPolicy = z.infer<typeof extensionPolicySchema>;

/** A consequence the source attaches to the case's cause (篇5 6.3: 态度类、时效类 发现一起处罚一起), met once recorded. */
export const consequenceSchema = z.object({
  causeCode: z.string(),
  articleCode: z.string(),
  label: bilingual,
  source: z.string(),
  met: z.boolean(),
});
export type Consequence = z.infer<typeof consequenceSchema>;

/** Everything the detail screen and the printed register need beyond the list row. */
export const workflowDetailSchema = z.object({
  validity: z.enum(['pending', 'valid', 'invalid']),
  invalidReason: z.string().nullable(),
  solution: z.object({ resolverId: z.string(), resolverName: z.string(), measures: z.string(), dueAt: z.string() }).nullable(),
  result: z.string().nullable(),
  replyMethod: z.enum(REPLY_METHODS).nullable(),
  customerInformedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  events: z.array(complaintEventSchema),
  extensions: z.array(extensionSchema),
  callBacks: z.array(callBackSchema),
  escalations: z.array(escalationSchema),
  /** What the signed-in user may do now, in the order the screen offers them. */
  actions: z.array(z.enum(WORKFLOW_ACTIONS)),
  /** The escalation and invalid reasons of the site's pack (or the generic ones), for the forms. */
  escalationReasons: z.array(z.object({ code: z.string(), label: z.object({ zh: z.string(), en: z.string() }), source: z.string() })),
  invalidReasons: z.array(z.object({ code: z.string(), label: z.object({ zh: z.string(), en: z.string() }), source: z.string() })),
  /** Stretches the clock stood still (seed004 §J); the last one has no end while the case is paused. */
  pauses: z.array(z.object({ from: z.string(), to: z.string().nullable(), reason: z.enum(PAUSE_REASONS) })),
  /** Open steps of the pack a log entry may complete. */
  openSteps: z.array(z.object({ step: z.string(), label: z.object({ zh: z.string(), en: z.string() }) })),
  overdue: overdueFactsSchema,
  extensionPolicy: extensionPolicySchema,
  consequences: z.array(consequenceSchema),
  /** 当场答复: what was explained, by whom and when; null when the case was not answered on the spot. */
  onTheSpot: z.object({ explanation: z.string(), byName: z.string(), at: z.string(), meets: z.array(z.string()), source: z.string() }).nullable().optional(),
  /** 约定回复时限: the latest reply deadline agreed with the customer and how. */
  agreedReply: z.object({ step: z.string(), dueAt: z.string(), agreedBy: z.enum(REPLY_METHODS), byName: z.string(), at: z.string(), source: z.string() }).nullable().optional(),
  /** The organisation's route the case runs on (issue 23 item 1); null or absent where the site runs none. */
  route: routeViewSchema.nullable().optional(),
});
export type WorkflowDetail = z.infer<typeof workflowDetailSchema>;
