import { z } from 'zod';
import { CHANNELS, COMPLAINT_KINDS, REMEDIES } from '../domain/complaint-vocabulary';
import { COMPLAINT_STATUSES, REPEAT_KINDS } from '../domain/workflow';
import { cleanJsonCheck, id, optionalText, pastInstant, str, text } from './common';
import { customerSummarySchema, newCustomerSchema } from './customers';
import { method } from './define';
import { gradeSchema, gradingFactsInput, packFactsSchema } from './grading';
import { workflowActionSchema, workflowDetailSchema } from './workflow';

/**
 * A value of one of the pack's record fields (shared/rules/record-fields-schema.ts), as stored: text read by
 * the field's kind. A customer's personal value (住址) travels as `address`, so it is masked like the
 * complaint's own personal fields; the others as `value`.
 */
export const recordFieldValueSchema = z.object({ id: z.string(), value: z.string().nullable(), address: z.string().nullable() });
export type RecordFieldValue = z.infer<typeof recordFieldValueSchema>;

/**
 * Typed values of the pack's record fields by field id, checked in the core against the site's pack (which
 * ids it asks at the step, and each value by its field's kind); here only their shape and clean text.
 */
export const recordFieldsInput = z.record(str().regex(/^[a-z][a-zA-Z0-9]*$/).max(64), str().max(4000)).check(cleanJsonCheck).optional();

export const complaintSchema = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  channel: z.enum(CHANNELS),
  status: z.enum(COMPLAINT_STATUSES),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  /** The customer file; name and phone above are copied from it at intake, so lists and search need no join. */
  customerId: z.string().nullable(),
  content: z.string(),
  remedy: z.enum(REMEDIES).nullable(),
  /**
   * Product facts: which product, which batch (批号: seed003 篇1 8.6 f), how many
   * (篇1 10.1 A-g counts cases, >20箱 is a batch; seed004 §J 5.1.1: 产品的编号, 出货数量).
   */
  product: z.string().nullable(),
  batchNo: z.string().nullable(),
  quantity: z.number().int().nullable(),
  quantityUnit: z.string().nullable(),
  firstReceiverId: z.string(),
  firstReceiverName: z.string(),
  receivedAt: z.string(),
  enteredAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  directLoss: z.number().nullable(),
  groupSize: z.number().int().nullable(),
  affectedShare: z.number().nullable(),
  mediaInvolved: z.boolean(),
  regulatorInvolved: z.boolean(),
  tickedCriteria: z.array(z.string()),
  packFacts: packFactsSchema,
  problemCode: z.string().nullable(),
  /** Complaints with the same problem code received this calendar month up to this one (this one included). */
  sameProblemCountThisMonth: z.number().int().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The class stored at the last (re)grading, for lists; `grade` explains it as of now (absent in lists). */
  classCode: z.string().nullable(),
  grade: gradeSchema.nullable(),
  /** The earliest deadline not met yet, stored at the last (re)grading; drives 即将到期 / 已超时. */
  dueAt: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  /** The unit the case was assigned to (the assignee's unit at assignment). */
  unit: z.string().nullable(),
  /** 被投诉人: the employee complained about, who may not handle or approve the case. */
  subjectUserId: z.string().nullable(),
  subjectUserName: z.string().nullable(),
  /** A solution proposed at intake by a receiver for whom the matter is within their competence (篇6 第十七条). */
  proposedSolution: z.string().nullable(),
  /** The main problem as repeated back to the customer and confirmed (复述主要问题, seed002 银行网点 第八条(一)). */
  restatement: z.string().nullable(),
  /** The earlier complaint this one repeats (篇6 第三十条: the same customer on the same matter). */
  repeatOf: z.object({ id: z.string(), serial: z.string() }).nullable(),
  /** How it repeats the earlier one: the same matter (第三十条) and/or against a person who handled it (第三十二条). */
  repeatKinds: z.array(z.enum(REPEAT_KINDS)),
  /** The pack's cause of the complaint (篇6 第三十二条 态度、语言、行为; 篇5 6.3 态度类、时效类). */
  causeCode: z.string().nullable(),
  /** Later complaints that repeat this one. */
  repeatCount: z.number().int(),
  escalationCount: z.number().int(),
  /** The values of the pack's record fields (the car dealer's plate …), in the order recorded. */
  recordFields: z.array(recordFieldValueSchema),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintDetailSchema = complaintSchema.extend({
  workflow: workflowDetailSchema,
  /** The customer file as it is now (its 投诉苗头 flag included); absent when the complaint has none. */
  customer: customerSummarySchema.nullable().optional(),
  /** The 客户意见簿 entry this complaint was turned from, if any. */
  fromOpinionEntry: z.object({ id: z.string(), entryNo: z.number().int(), entryDate: z.string() }).nullable().optional(),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

/** The work lists (seed003-part2 §4.2; issue #5 §4). */
export const WORK_LISTS = ['all', 'mine', 'dueSoon', 'overdue', 'awaitingCallBack', 'escalated', 'open'] as const;
export type WorkList = (typeof WORK_LISTS)[number];

export const newComplaintSchema = z
  .object({
    kind: z.enum(COMPLAINT_KINDS),
    channel: z.enum(CHANNELS),
    customerName: text(100),
    customerPhone: optionalText(30).pipe(
      str()
        .regex(/^[0-9+\-() ]{5,30}$/, '电话号码只能包含数字、空格和 + - ( )')
        .optional(),
    ),
    /** An existing customer file; name and phone are still sent, as said at intake. */
    customerId: id.optional(),
    /** A customer file to create with the complaint, in the same transaction (name and phone are the complaint's). */
    newCustomer: newCustomerSchema.omit({ name: true, phone: true }).optional(),
    content: text(4000),
    remedy: z.enum(REMEDIES).optional(),
    product: optionalText(100),
    batchNo: optionalText(50).pipe(
      str()
        .regex(/^[\p{L}\p{N}\-/.# ]+$/u, '批号只能包含字母、数字和 - / . #')
        .optional(),
    ),
    quantity: z.number({ error: '数量须为正整数' }).int('数量须为正整数').min(1, '数量须为正整数').max(1_000_000_000, '数量过大').optional(),
    /** 箱, 件, 袋…: the sources count cases (篇1) or pieces shipped (seed004 §J). */
    quantityUnit: optionalText(10),
    /** When the customer complained; defaults to now. Entry time is always the server's clock. */
    receivedAt: pastInstant.optional(),
    /** 首问负责制: the employee who first received it; defaults to the signed-in user. */
    firstReceiverId: id.optional(),
    subjectUserId: id.optional(),
    proposedSolution: optionalText(2000),
    restatement: optionalText(2000),
    /**
     * Links this complaint to an earlier one the repeat match offers (the same customer within the pack's
     * window, on the same problem category or against a person who handled it); the link is escalated.
     */
    repeatOfId: id.optional(),
    /** One of the pack's causes (篇6 第三十二条; 篇5 6.3). */
    causeCode: str().trim().min(1).max(64).optional(),
    /** The pack's record fields asked at intake (blank values are left out). */
    recordFields: recordFieldsInput,
    ...gradingFactsInput,
  })
  .strict()
  .refine((c) => !(c.customerId && c.newCustomer), { path: ['customerId'], message: '已选择客户档案时不能再新建客户 / choose an existing customer or a new one, not both' });
export type NewComplaint = z.input<typeof newComplaintSchema>;

/**
 * A row of a work list: what the list shows, nothing it would have to compute
 * or would rarely read (a page of 50 must come back within a millisecond at a
 * million records, and every column read costs).
 */
export const complaintListItemSchema = complaintSchema.pick({
  id: true,
  serial: true,
  kind: true,
  channel: true,
  status: true,
  customerName: true,
  customerPhone: true,
  content: true,
  firstReceiverName: true,
  receivedAt: true,
  classCode: true,
  dueAt: true,
  assigneeName: true,
  unit: true,
  escalationCount: true,
  repeatCount: true,
  version: true,
  closedAt: true,
});
export type ComplaintListItem = z.infer<typeof complaintListItemSchema>;

/** An earlier complaint of the same customer offered as a repeat at intake. */
export const repeatCandidateSchema = complaintSchema
  .pick({ id: true, serial: true, status: true, receivedAt: true, closedAt: true, content: true, customerName: true, problemCode: true, classCode: true })
  .extend({
    matchedBy: z.enum(['file', 'phone', 'name']),
    /** The kinds of repeat it matches; empty = the same customer on another matter (not linkable). */
    kinds: z.array(z.enum(REPEAT_KINDS)),
    windowDays: z.number().int(),
  });
export type RepeatCandidate = z.infer<typeof repeatCandidateSchema>;

/** Counting stops here: a list says "500+" rather than scanning a million rows for an exact figure. */
export const LIST_COUNT_CAP = 500;

export const complaintListSchema = z.object({
  items: z.array(complaintListItemSchema),
  /** Records in the list, counted up to LIST_COUNT_CAP; null on later pages (the first page's count stands). */
  total: z.number().int().nullable(),
  totalCapped: z.boolean(),
  /** Pass back as `after` for the next page; null at the end. */
  nextCursor: z.string().nullable(),
});

/** What merging did with one field of a head-office remark (electron/core/sync/remarks.ts). */
export const REMARK_OUTCOMES = ['taken', 'same', 'conflict', 'ignored'] as const;

/** A head-office remark on one complaint, as merged here: 总部批注, who and when, and each decision with its outcome. */
export const complaintRemarkSchema = z.object({
  remarkId: z.string(),
  version: z.number().int(),
  /** 总部批注 text, when the remark carried one. */
  remark: z.string().nullable(),
  /** Why, in head office's words. */
  note: z.string().nullable(),
  author: z.string().nullable(),
  /** When this computer received and merged it. */
  mergedAt: z.string(),
  /** Head office's decisions on the record's own fields (the class …), the remark text aside. */
  decisions: z.array(
    z.object({
      field: z.string(),
      value: z.json().nullable(),
      outcome: z.enum(REMARK_OUTCOMES),
      /** A decision that met a site change: the conflict, and how a person resolved it (null while it waits). */
      conflict: z
        .object({ id: z.string(), resolution: z.enum(['site', 'headOffice']).nullable(), resolvedAt: z.string().nullable(), resolvedByName: z.string().nullable() })
        .nullable(),
    }),
  ),
});
export type ComplaintRemark = z.infer<typeof complaintRemarkSchema>;

export const complaintsApi = {
  'complaints.create': method({ input: newComplaintSchema, output: complaintSchema, access: 'complaint.create', writes: true }),
  'complaints.list': method({
    input: z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        after: str().max(200).optional(),
        list: z.enum(WORK_LISTS).default('all'),
        /** Chinese substring search over serial, customer, phone and content (one character or more). */
        query: str().trim().max(100).optional(),
        unit: str().trim().max(100).optional(),
      })
      .strict(),
    output: complaintListSchema,
    access: 'complaint.read',
    writes: false,
  }),
  /** Grades unsaved intake facts, so the form can show the class and deadlines while they are typed. */
  'complaints.gradePreview': method({
    input: z
      .object({ kind: z.enum(COMPLAINT_KINDS).optional(), channel: z.enum(CHANNELS).optional(), receivedAt: pastInstant.optional(), ...gradingFactsInput })
      .strict(),
    output: gradeSchema.nullable(),
    access: 'complaint.create',
    writes: false,
  }),
  /** A person sets the class against the rules, with a reason; `classCode: null` returns to the computed class. */
  'complaints.overrideClass': method({
    input: z.object({ id, classCode: str().min(1).max(64).nullable(), reason: str().trim().min(4, '请填写调整等级的理由（至少4个字）').max(500) }).strict(),
    output: complaintDetailSchema,
    access: 'complaint.grade',
    writes: true,
  }),
  'complaints.get': method({ input: z.object({ id }).strict(), output: complaintDetailSchema, access: 'complaint.read', writes: false }),
  /** One step of the closed loop; `version` is the version the person saw, so two people cannot both move the case. */
  'complaints.act': method({
    input: z.object({ id, version: z.number().int().min(1), action: workflowActionSchema, recordFields: recordFieldsInput }).strict(),
    output: complaintDetailSchema,
    access: 'complaint.read',
    writes: true,
  }),
  /** Head-office remarks on this complaint, newest first, with what the merge did (conflicts resolved on the sync page). */
  'complaints.headOfficeRemarks': method({ input: z.object({ id }).strict(), output: z.object({ items: z.array(complaintRemarkSchema) }), access: 'complaint.read', writes: false }),
  /**
   * The same customer's complaints within the pack's repeat window (by customer file, else phone digits,
   * else name), each with the kinds of repeat it matches, for the receiver to confirm a link at intake.
   */
  'complaints.similar': method({
    input: z
      .object({
        customerId: id.optional(),
        customerPhone: str().trim().max(30).optional(),
        customerName: str().trim().max(100).optional(),
        problemCode: str().trim().max(64).optional(),
        causeCode: str().trim().max(64).optional(),
        subjectUserId: id.optional(),
        receivedAt: pastInstant.optional(),
      })
      .strict(),
    output: z.array(repeatCandidateSchema),
    access: 'complaint.create',
    writes: false,
  }),
};
