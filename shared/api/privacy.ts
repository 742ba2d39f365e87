import { z } from 'zod';
import { calendarDay, id, optionalText, str } from './common';
import { method } from './define';

/**
 * Customers' personal information (寄递用户信息, seed002 客户管理制度1 第三条): every answer of the core
 * carries phone numbers, ID numbers and addresses masked (shared/privacy/mask.ts). These
 * methods show one record in full, with a reason, and keep the register of such views, of bulk
 * exports and of deletions (第二十五条 查阅登记; 第三十七条 人员、时间、地点和事项).
 */

/** The records that hold personal fields. */
export const PERSONAL_RECORD_KINDS = ['customer', 'complaint', 'opinionEntry', 'mediaIncident'] as const;
export type PersonalRecordKind = (typeof PERSONAL_RECORD_KINDS)[number];

/** The personal fields, named as the records' own answers name them. */
export const PERSONAL_FIELDS = ['phone', 'phone2', 'address', 'idNumber', 'customerPhone', 'contact', 'posterContact'] as const;

/** What privacy.reveal shows: the personal fields, and free text whose numbers the answers mask (shared/privacy/mask.ts FREE_TEXT_KEYS). */
export const REVEALED_FIELDS = [...PERSONAL_FIELDS, 'content', 'description'] as const;

export const ACCESS_ACTIONS = ['reveal', 'export', 'delete'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** The reason a person gives: required; the core refuses a blank one with privacy.errors.reasonRequired. */
const reason = str().trim().max(200);

export const revealedSchema = z.object({
  kind: z.enum(PERSONAL_RECORD_KINDS),
  id: z.string(),
  /** The record's personal fields in full; a field the record leaves empty is absent. */
  fields: z.array(z.object({ field: z.enum(REVEALED_FIELDS), value: z.string() })),
});
export type Revealed = z.infer<typeof revealedSchema>;

export const accessEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string(),
  userName: z.string(),
  action: z.enum(ACCESS_ACTIONS),
  /** What: the kind of record, or the export's name. */
  subject: z.string(),
  recordId: z.string().nullable(),
  rowCount: z.number().int().nullable(),
  reason: z.string().nullable(),
  /** Where: the site and the computer. */
  place: z.string(),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;

export const privacyApi = {
  /** One record's personal fields in full, for a holder of the right; the view is registered with its reason. */
  'privacy.reveal': method({
    input: z.object({ kind: z.enum(PERSONAL_RECORD_KINDS), id, reason }).strict(),
    output: revealedSchema,
    access: 'personal.readFull',
    writes: true,
  }),
  /** Registers a bulk export (a report's xlsx or CSV) as it is saved: what, how many rows, why. */
  'privacy.recordExport': method({
    input: z
      .object({
        subject: str().trim().min(1).max(200),
        rowCount: z.number().int().min(0).max(10_000_000),
        reason: optionalText(200),
      })
      .strict(),
    output: accessEntrySchema,
    access: 'signed-in',
    writes: true,
  }),
  /** The register, newest first, narrowed by action, person and days (site calendar days, inclusive). */
  'privacy.accessLog': method({
    input: z
      .object({
        action: z.enum(ACCESS_ACTIONS).optional(),
        userId: id.optional(),
        from: calendarDay.optional(),
        to: calendarDay.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    output: z.array(accessEntrySchema),
    access: 'privacy.auditRead',
    writes: false,
  }),
};
