import { z } from 'zod';
import { CHANNELS, COMPLAINT_KINDS, COMPLAINT_STATUSES, REMEDIES } from '../domain/complaint-vocabulary';
import { id, isoInstant, optionalText, text } from './common';
import { method } from './define';
import { gradeSchema, gradingFactsInput, packFactsSchema } from './grading';

export const complaintSchema = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  channel: z.enum(CHANNELS),
  status: z.enum(COMPLAINT_STATUSES),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  content: z.string(),
  remedy: z.enum(REMEDIES).nullable(),
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
  /** The class stored at the last (re)grading, for lists; `grade` explains it as of now. */
  classCode: z.string().nullable(),
  grade: gradeSchema.nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const newComplaintSchema = z
  .object({
    kind: z.enum(COMPLAINT_KINDS),
    channel: z.enum(CHANNELS),
    customerName: text(100),
    customerPhone: optionalText(30).pipe(
      z
        .string()
        .regex(/^[0-9+\-() ]{5,30}$/, '电话号码只能包含数字、空格和 + - ( )')
        .optional(),
    ),
    content: text(4000),
    remedy: z.enum(REMEDIES).optional(),
    /** When the customer complained; defaults to now. Entry time is always the server's clock. */
    receivedAt: isoInstant.optional(),
    /** 首问负责制: the employee who first received it; defaults to the signed-in user. */
    firstReceiverId: id.optional(),
    ...gradingFactsInput,
  })
  .strict();
export type NewComplaint = z.input<typeof newComplaintSchema>;

export const complaintListSchema = z.object({
  items: z.array(complaintSchema),
  total: z.number().int(),
  /** Pass back as `after` for the next page; null at the end. */
  nextCursor: z.string().nullable(),
});

export const complaintsApi = {
  'complaints.create': method({ input: newComplaintSchema, output: complaintSchema, access: 'complaint.create', writes: true }),
  'complaints.list': method({
    input: z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        after: z.string().max(200).optional(),
      })
      .strict(),
    output: complaintListSchema,
    access: 'complaint.read',
    writes: false,
  }),
  /** Grades unsaved intake facts, so the form can show the class and deadlines while they are typed. */
  'complaints.gradePreview': method({
    input: z
      .object({ kind: z.enum(COMPLAINT_KINDS).optional(), channel: z.enum(CHANNELS).optional(), receivedAt: isoInstant.optional(), ...gradingFactsInput })
      .strict(),
    output: gradeSchema.nullable(),
    access: 'complaint.create',
    writes: false,
  }),
  /** A person sets the class against the rules, with a reason; `classCode: null` returns to the computed class. */
  'complaints.overrideClass': method({
    input: z.object({ id, classCode: z.string().min(1).max(64).nullable(), reason: z.string().trim().min(4, '请填写调整等级的理由（至少4个字）').max(500) }).strict(),
    output: complaintSchema,
    access: 'complaint.grade',
    writes: true,
  }),
  'complaints.get': method({ input: z.object({ id }).strict(), output: complaintSchema, access: 'complaint.read', writes: false }),
};
