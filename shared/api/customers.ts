import { z } from 'zod';
import { COMPLAINT_KINDS } from '../domain/complaint-vocabulary';
import { CUSTOMER_KINDS, FOLLOW_UP_METHODS } from '../domain/customer-vocabulary';
import { isIdNumber } from '../domain/id-number';
import { COMPLAINT_STATUSES } from '../domain/workflow';
import { id, optionalText, str, text } from './common';
import { customerHistorySchema } from './customer-history';
import { method } from './define';

/** The same rule as a complaint's phone: digits, spaces and + - ( ). */
export const phoneText = optionalText(30).pipe(
  str()
    .regex(/^[0-9+\-() ]{5,30}$/, '电话号码只能包含数字、空格和 + - ( )，至少5位')
    .optional(),
);

/**
 * A phone as the customer file's form sends it back: typed, or left as the core showed it, masked
 * (138****5678): then the core keeps the stored number (shared/privacy/mask.ts).
 */
const phoneOrMaskedText = optionalText(30).pipe(
  str()
    .regex(/^[0-9+\-() *]{5,30}$/, '电话号码只能包含数字、空格和 + - ( )，至少5位')
    .optional(),
);

/** 身份证件号码: the full number, 18 characters (the last may be X) or 15 digits; spaces between groups are allowed. */
const idNumberText = optionalText(25).pipe(
  str()
    .refine(isIdNumber, '身份证件号码应为18位（末位可为X）或15位数字')
    .optional(),
);

/** An ID number as the form sends it back: typed, or left as the core showed it, masked (110***********123X). */
const idNumberOrMaskedText = optionalText(25).pipe(
  str()
    .refine((v) => isIdNumber(v) || /^[0-9Xx]{3}\*+[0-9Xx]{4}$/.test(v), '身份证件号码应为18位（末位可为X）或15位数字')
    .optional(),
);

const code = str().trim().max(64).optional().transform((v) => (v === '' ? undefined : v));

/** 投诉苗头 (seed001 S1 (二)): who saw the signs, why, and who follows up. */
export const complaintSignSchema = z.object({
  reason: z.string(),
  flaggedAt: z.string(),
  flaggedById: z.string(),
  flaggedByName: z.string(),
  followUpOwnerId: z.string(),
  followUpOwnerName: z.string(),
});
export type ComplaintSign = z.infer<typeof complaintSignSchema>;

/** What every place that names a customer shows: who, how classified, and the flag. */
export const customerSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string(),
  phone: z.string().nullable(),
  contactPerson: z.string().nullable(),
  /** The customer scheme the group and type codes belong to (see shared/domain/customer-vocabulary.ts). */
  scheme: z.string(),
  group: z.string().nullable(),
  type: z.string().nullable(),
  sign: complaintSignSchema.nullable(),
  complaintCount: z.number().int(),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const followUpSchema = z.object({
  id: z.string(),
  at: z.string(),
  byName: z.string(),
  method: z.enum(FOLLOW_UP_METHODS).nullable(),
  note: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** A complaint as the customer's history lists it. */
export const customerComplaintSchema = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  status: z.enum(COMPLAINT_STATUSES),
  content: z.string(),
  receivedAt: z.string(),
  repeatOfSerial: z.string().nullable(),
});

/** One merge of a duplicate file (issue 19 §1): which file, when, and the reason the person gave. */
export const customerMergeSchema = z.object({ id: z.string(), name: z.string(), at: z.string(), reason: z.string() });
export type CustomerMerge = z.infer<typeof customerMergeSchema>;

export const customerSchema = customerSummarySchema.extend({
  phone2: z.string().nullable(),
  address: z.string().nullable(),
  /** 身份证件号码; masked in every answer (138****5678's rule: first 3 and last 4). */
  idNumber: z.string().nullable(),
  note: z.string().nullable(),
  /** Set on a duplicate once merged: the file that now holds its record. */
  mergedInto: customerMergeSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerFileSchema = customerSchema.extend({
  /** Newest first. */
  complaints: z.array(customerComplaintSchema),
  followUps: z.array(followUpSchema),
  /** The duplicates merged into this file, oldest merge first. */
  mergedFrom: z.array(customerMergeSchema),
});
export type CustomerFile = z.infer<typeof customerFileSchema>;

/** The fields a person types for a customer; the same at intake (new customer) and in the customer file. */
export const customerFields = {
  kind: z.enum(CUSTOMER_KINDS, { error: '请选择单位或个人' }),
  name: text(100),
  phone: phoneText,
  phone2: phoneText,
  /** For an organisation: the person to talk to. */
  contactPerson: optionalText(50),
  address: optionalText(200),
  idNumber: idNumberText,
  group: code,
  type: code,
  note: optionalText(1000),
};

export const newCustomerSchema = z.object(customerFields).strict();
export type NewCustomer = z.input<typeof newCustomerSchema>;

export const customersApi = {
  /** By name substring or phone digits (two characters or more), or by a full ID number (exact), newest first; flagged customers are marked. */
  'customers.search': method({
    input: z.object({ query: str().trim().min(1).max(100), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    output: z.array(customerSummarySchema),
    access: 'customer.read',
    writes: false,
  }),
  'customers.get': method({ input: z.object({ id }).strict(), output: customerFileSchema, access: 'customer.read', writes: false }),
  /** 客户往来记录: every complaint, call-back, follow-up, credit step, class change and merge of the file, newest first, a page at a time (page 1 first). */
  'customers.history': method({
    input: z.object({ id, page: z.number().int().min(1).max(10_000).default(1) }).strict(),
    output: customerHistorySchema,
    access: 'customer.read',
    writes: false,
  }),
  'customers.create': method({ input: newCustomerSchema, output: customerSchema, access: 'customer.create', writes: true }),
  /** `version` is the version the person saw, so two people cannot overwrite each other. */
  'customers.update': method({
    input: z.object({ id, version: z.number().int().min(1), ...customerFields, phone: phoneOrMaskedText, phone2: phoneOrMaskedText, idNumber: idNumberOrMaskedText }).strict(),
    output: customerSchema,
    access: 'customer.edit',
    writes: true,
  }),
  /** Sets or (with `sign: null`) clears the 投诉苗头 flag. */
  'customers.flag': method({
    input: z
      .object({
        id,
        version: z.number().int().min(1),
        sign: z
          .object({
            reason: str().trim().min(4, '请写明投诉苗头（至少4个字）').max(500),
            followUpOwnerId: id,
          })
          .strict()
          .nullable(),
      })
      .strict(),
    output: customerSchema,
    access: 'customer.flag',
    writes: true,
  }),
  /** A follow-up of a flagged customer (电话或物质慰问); the follow-up owner may record it too. */
  'customers.addFollowUp': method({
    input: z
      .object({
        id,
        method: z.enum(FOLLOW_UP_METHODS).optional(),
        note: str().trim().min(2, '请填写跟进情况').max(1000),
      })
      .strict(),
    output: customerFileSchema,
    access: 'customer.read',
    writes: true,
  }),
  /**
   * Merges a duplicate file into the one kept: its complaints and follow-ups move over, it leaves the
   * search, and both files and every moved complaint are audited and synced. Versions are the ones the
   * person saw. A duplicate with credit gradings or risk-class decisions (append-only) is refused.
   */
  'customers.merge': method({
    input: z
      .object({
        keepId: id,
        keepVersion: z.number().int().min(1),
        duplicateId: id,
        duplicateVersion: z.number().int().min(1),
        reason: str().trim().min(4, '请写明合并原因（至少4个字）').max(500),
      })
      .strict(),
    output: customerFileSchema,
    access: 'customer.edit',
    writes: true,
  }),
  /** Customers showing complaint signs, to follow up: the oldest flag first. */
  'customers.flagged': method({ input: z.object({}).strict(), output: z.array(customerSummarySchema), access: 'customer.read', writes: false }),
};
