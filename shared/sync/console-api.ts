import { z } from 'zod';
import { templateSchema } from '../checklists/template-schema';
import { COMPLAINT_STATUSES } from '../domain/workflow';
import { rulePackSchema } from '../rules/pack-schema';
import { PROTOCOL_BASE, REFERENCE_KINDS, type ReferenceKind } from './protocol';

/**
 * The head-office console's JSON API (served by server/routes/console-routes.ts,
 * called by renderer/console/). Every call but signing in needs a console
 * session (an HttpOnly, SameSite=Strict cookie). Like the sync protocol,
 * both ends parse with these schemas.
 */
export const CONSOLE_BASE = `${PROTOCOL_BASE}/console`;
export const CONSOLE_SESSION_COOKIE = 'branchline_console';
/** A console session lasts a working day; signing in again starts a new one. */
export const CONSOLE_SESSION_HOURS = 12;

export const CONSOLE_PATHS = {
  session: `${CONSOLE_BASE}/session`,
  sites: `${CONSOLE_BASE}/sites`,
  enrolCode: (siteId: string) => `${CONSOLE_BASE}/sites/${encodeURIComponent(siteId)}/enrol-codes`,
  revokeDevice: (deviceId: string) => `${CONSOLE_BASE}/devices/${encodeURIComponent(deviceId)}/revoke`,
  reference: `${CONSOLE_BASE}/reference`,
  complaints: `${CONSOLE_BASE}/complaints`,
  complaint: (siteId: string, id: string) => `${CONSOLE_BASE}/complaints/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}`,
  checklists: `${CONSOLE_BASE}/checklists`,
  /** A site's outbox file brought on a USB stick (shared/sync/transfer-file.ts), as application/octet-stream. */
  transfers: `${CONSOLE_BASE}/transfers`,
  /** Admin-token endpoint that creates a console account (the first one especially). */
  adminConsoleUsers: `${PROTOCOL_BASE}/admin/console-users`,
} as const;

const id = z.string().min(1).max(128);
const instant = z.string();

// ---- accounts -----------------------------------------------------------

export const consoleLoginSchema = z.string().trim().regex(/^[a-z0-9._-]{2,32}$/, '登录名为 2–32 位小写字母、数字或 . _ - / login: 2–32 lower-case letters, digits, . _ -');
export const CONSOLE_PASSWORD_MIN = 10;

export const createConsoleUserRequestSchema = z
  .object({
    login: consoleLoginSchema,
    displayName: z.string().trim().min(1).max(50),
    password: z.string().min(CONSOLE_PASSWORD_MIN, `密码至少 ${CONSOLE_PASSWORD_MIN} 位 / password: at least ${CONSOLE_PASSWORD_MIN} characters`).max(200),
  })
  .strict();

export const signInRequestSchema = z.object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict();
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const consoleUserSchema = z.object({ id, login: z.string(), displayName: z.string() }).strict();
export type ConsoleUser = z.infer<typeof consoleUserSchema>;
export const sessionResponseSchema = z.object({ user: consoleUserSchema, expiresAt: instant }).strict();

// ---- sites --------------------------------------------------------------

export const deviceSummarySchema = z
  .object({
    id,
    name: z.string(),
    enrolledAt: instant,
    revokedAt: instant.nullable(),
    lastPushAt: instant.nullable(),
    /** What the device said was still queued after its last push; null if it never said. */
    pendingAfterBatch: z.number().int().nullable(),
  })
  .strict();
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;

export const siteSummarySchema = z
  .object({
    id,
    code: z.string(),
    name: z.string(),
    createdAt: instant,
    /** Entries received from the site, all devices. */
    recordsReceived: z.number().int(),
    lastSyncAt: instant.nullable(),
    /** Sum of the active devices' reported backlogs; null when none has reported. */
    backlog: z.number().int().nullable(),
    devices: z.array(deviceSummarySchema),
  })
  .strict();
export type SiteSummary = z.infer<typeof siteSummarySchema>;
export const sitesResponseSchema = z.object({ sites: z.array(siteSummarySchema) }).strict();

// ---- reference data -----------------------------------------------------

export const referenceVersionsQuerySchema = z.object({ kind: z.enum(REFERENCE_KINDS).optional() }).strict();
export const referenceVersionSchema = z
  .object({ cursor: z.number().int(), kind: z.enum(REFERENCE_KINDS), id: z.string(), version: z.number().int(), siteId: z.string().nullable(), siteCode: z.string().nullable(), publishedAt: instant })
  .strict();
export type ReferenceVersion = z.infer<typeof referenceVersionSchema>;
export const referenceVersionsResponseSchema = z.object({ items: z.array(referenceVersionSchema) }).strict();

export interface BodyIssue {
  /** Where in the body, e.g. `sections.0.items.2.source`; empty for the whole body. */
  path: string;
  message: string;
}

/** The bodies checked against a schema of this program before they are published, and what the id is called in messages. */
const CHECKED_BODIES = {
  template: { schema: templateSchema, name: '模板 id', en: 'template id' },
  rulePack: { schema: rulePackSchema, name: '规则包 id', en: 'rule pack id' },
} as const;

/**
 * What is wrong with a reference body before it is published: a template
 * must pass the project's checklist template schema, a rule pack the rule pack
 * schema, and either must carry the id it is published under. The console
 * shows these beside the textarea; the server checks again and refuses with
 * the same list.
 */
export function referenceBodyIssues(kind: ReferenceKind, itemId: string, body: unknown): BodyIssue[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [{ path: '', message: '内容须为 JSON 对象 / the body must be a JSON object' }];
  if (kind !== 'template' && kind !== 'rulePack') return [];
  const { schema, name, en } = CHECKED_BODIES[kind];
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  if (parsed.data.id !== itemId) return [{ path: 'id', message: `${name}（${parsed.data.id}）须与发布的编号（${itemId}）一致 / ${en} must equal the published id` }];
  return [];
}

// ---- what sites sent ----------------------------------------------------

const page = { offset: z.coerce.number().int().min(0).max(1_000_000).default(0), limit: z.coerce.number().int().min(1).max(200).default(50) };

export const complaintsQuerySchema = z
  .object({
    siteId: id.optional(),
    status: z.enum(COMPLAINT_STATUSES).optional(),
    /** Only open complaints whose deadline has passed. */
    overdue: z.enum(['1']).optional(),
    q: z.string().trim().max(100).optional(),
    ...page,
  })
  .strict();
/** What the console sends (the page size is its own). */
export type ComplaintsQuery = Partial<Omit<z.output<typeof complaintsQuerySchema>, 'limit'>>;

export const complaintRowSchema = z
  .object({
    siteId: id,
    siteCode: z.string(),
    id,
    serial: z.string().nullable(),
    kind: z.string().nullable(),
    status: z.string().nullable(),
    receivedAt: instant.nullable(),
    dueAt: instant.nullable(),
    overdue: z.boolean(),
    summary: z.string().nullable(),
    updatedAt: instant,
  })
  .strict();
export type ComplaintRow = z.infer<typeof complaintRowSchema>;
export const complaintsResponseSchema = z.object({ rows: z.array(complaintRowSchema), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }).strict();

export const historyEntrySchema = z.object({ entity: z.string(), id: z.string(), at: instant.nullable(), payload: z.json() }).strict();
export const complaintDetailSchema = z
  .object({ row: complaintRowSchema, siteName: z.string(), version: z.number().int(), payload: z.json(), history: z.array(historyEntrySchema) })
  .strict();
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const CHECKLIST_RECORD_STATUSES = ['draft', 'completed'] as const;
export const checklistsQuerySchema = z.object({ siteId: id.optional(), status: z.enum(CHECKLIST_RECORD_STATUSES).optional(), ...page }).strict();
export type ChecklistsQuery = Partial<Omit<z.output<typeof checklistsQuerySchema>, 'limit'>>;

const bilingual = z.object({ zh: z.string(), en: z.string() }).strict();
export const checklistRowSchema = z
  .object({
    siteId: id,
    siteCode: z.string(),
    id,
    templateId: z.string().nullable(),
    templateVersion: z.string().nullable(),
    /** From the shipped template of that id and version, when head office has it. */
    templateTitle: bilingual.nullable(),
    status: z.string().nullable(),
    score: z.number().nullable(),
    grade: bilingual.nullable(),
    startedAt: instant.nullable(),
    completedAt: instant.nullable(),
  })
  .strict();
export type ChecklistRow = z.infer<typeof checklistRowSchema>;
export const checklistsResponseSchema = z.object({ rows: z.array(checklistRowSchema), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }).strict();
