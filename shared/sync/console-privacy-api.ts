import { z } from 'zod';
import { str } from '../api/common';
import { CONSOLE_BASE } from './console-api';

/**
 * Customers' personal data at head office (issue 19 §4; seed002 客户管理制度1 第二十五条 查阅登记, 第三十四条,
 * 第三十七条 人员、时间、地点和事项). Every console answer carries personal fields masked
 * (server/routes/console-routes.ts); these show one record in full to a staff member holding the right,
 * register report exports, and list head office's register together with the sites' registers as pushed.
 */
export const CONSOLE_PRIVACY_PATHS = {
  /** POST: one pushed record in full, with a reason; registered. */
  reveal: `${CONSOLE_BASE}/personal/reveal`,
  /** POST: an export of a report or ledger (xlsx/CSV), registered before the file is saved; refused without a purpose. */
  exports: `${CONSOLE_BASE}/personal/exports`,
  /** GET: head office's register and the sites' registers, newest first; console administrators only. */
  register: `${CONSOLE_BASE}/personal/register`,
} as const;

/** What the person typed as the reason or the purpose: required (a blank one is refused). */
const reason = str().trim().min(1, '请填写原因 / give a reason').max(200);
const id = z.string().min(1).max(128);

export const revealRequestSchema = z.object({ siteId: id, entity: z.string().min(1).max(64), id, reason }).strict();
export type RevealRequest = z.infer<typeof revealRequestSchema>;
export const revealResponseSchema = z.object({ siteId: z.string(), entity: z.string(), id: z.string(), payload: z.json() }).strict();
export type RevealResponse = z.infer<typeof revealResponseSchema>;

export const exportRequestSchema = z
  .object({ subject: str().trim().min(1).max(200), rowCount: z.number().int().min(0).max(10_000_000), purpose: reason })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The site's register actions and head office's (which only reveals and exports). */
export const REGISTER_ACTIONS = ['reveal', 'export', 'delete'] as const;
/** Where an entry was made: at head office, or at a site (arrived by sync). */
export const REGISTER_SOURCES = ['headOffice', 'site'] as const;

export const registerEntrySchema = z
  .object({
    id: z.string(),
    source: z.enum(REGISTER_SOURCES),
    at: z.string(),
    userName: z.string(),
    action: z.string(),
    subject: z.string(),
    siteId: z.string().nullable(),
    siteCode: z.string().nullable(),
    recordId: z.string().nullable(),
    rowCount: z.number().int().nullable(),
    reason: z.string().nullable(),
    place: z.string(),
  })
  .strict();
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const registerQuerySchema = z
  .object({
    /** One site's entries: made at that site, or at head office about its records. */
    siteId: id.optional(),
    action: z.enum(REGISTER_ACTIONS).optional(),
    /** Part of the person's name. */
    person: str().trim().max(50).optional(),
    /** The last so many days. */
    days: z.coerce.number().int().min(1).max(3660).default(30),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict();
export type RegisterQuery = z.output<typeof registerQuerySchema>;
export const registerResponseSchema = z.object({ entries: z.array(registerEntrySchema) }).strict();
export const exportResponseSchema = z.object({ entry: registerEntrySchema }).strict();
