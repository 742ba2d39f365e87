import { profileSchema } from '../profiles/profile-schema';
import { z } from 'zod';
import { templateSchema } from '../checklists/template-schema';
import { COMPLAINT_KINDS } from '../domain/complaint-vocabulary';
import { COMPLAINT_STATUSES } from '../domain/workflow';
import { rulePackSchema } from '../rules/pack-schema';
import { str } from '../api/common';
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
  /** The enrolment file for a site with no network, made with the code on screen (shared/sync/enrolment-file.ts). */
  enrolFile: (siteId: string) => `${CONSOLE_BASE}/sites/${encodeURIComponent(siteId)}/enrol-files`,
  revokeDevice: (deviceId: string) => `${CONSOLE_BASE}/devices/${encodeURIComponent(deviceId)}/revoke`,
  reference: `${CONSOLE_BASE}/reference`,
  complaints: `${CONSOLE_BASE}/complaints`,
  /** The classes the complaints list filters by (issue 20 item 16). */
  complaintClasses: `${CONSOLE_BASE}/complaint-classes`,
  complaint: (siteId: string, id: string) => `${CONSOLE_BASE}/complaints/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}`,
  /** POST writes head office's remark or decision on one complaint (the complaint's detail lists them). */
  complaintRemarks: (siteId: string, id: string) => `${CONSOLE_BASE}/complaints/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}/remarks`,
  checklists: `${CONSOLE_BASE}/checklists`,
  /** One checklist record with its answers and corrective actions (issue 20 item 15). */
  checklist: (siteId: string, id: string) => `${CONSOLE_BASE}/checklists/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}`,
  /** One photo the record's answers name, as the image itself (issue 20 item 15). */
  checklistPhoto: (siteId: string, id: string, attachmentId: string) =>
    `${CONSOLE_BASE}/checklists/${encodeURIComponent(siteId)}/${encodeURIComponent(id)}/photos/${encodeURIComponent(attachmentId)}`,
  /** Staff accounts (人员/账号): list and create; an account's password and access below. Console administrators only. */
  staff: `${CONSOLE_BASE}/staff`,
  staffPassword: (id: string) => `${CONSOLE_BASE}/staff/${encodeURIComponent(id)}/password`,
  staffAccess: (id: string) => `${CONSOLE_BASE}/staff/${encodeURIComponent(id)}/access`,
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
const consolePasswordSchema = z.string().min(CONSOLE_PASSWORD_MIN, `密码至少 ${CONSOLE_PASSWORD_MIN} 位 / password: at least ${CONSOLE_PASSWORD_MIN} characters`).max(200);

/**
 * An account made with the admin token or `--create-user` (the server
 * operator's bootstrap): a console administrator unless `admin: false`.
 */
export const createConsoleUserRequestSchema = z
  .object({
    login: consoleLoginSchema,
    displayName: str().trim().min(1, '请填写姓名 / display name required').max(50),
    password: consolePasswordSchema,
    admin: z.boolean().optional(),
  })
  .strict();
/** An account made in the console's 人员/账号 screen: whether it may manage accounts is chosen there. */
export const createStaffRequestSchema = createConsoleUserRequestSchema.extend({ admin: z.boolean() }).strict();
export const resetPasswordRequestSchema = z.object({ password: consolePasswordSchema }).strict();
/** Disable (sign-in refused, sessions ended) or enable an account; grant or withdraw account management or the right to see personal data in full. */
export const staffAccessRequestSchema = z
  .object({ active: z.boolean().optional(), admin: z.boolean().optional(), personalReadFull: z.boolean().optional() })
  .strict()
  .refine((input) => input.active !== undefined || input.admin !== undefined || input.personalReadFull !== undefined, {
    message: '须指定 active、admin 或 personalReadFull / give active, admin or personalReadFull',
  });

export const signInRequestSchema = z.object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict();
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const consoleUserSchema = z
  .object({
    id,
    login: z.string(),
    displayName: z.string(),
    /** A console administrator also manages staff accounts (人员/账号); every account does everything else. */
    admin: z.boolean(),
    /** May see one record's personal fields in full, with a reason (总部 查看完整号码); granted by an administrator, off by default. */
    personalReadFull: z.boolean(),
  })
  .strict();
export type ConsoleUser = z.infer<typeof consoleUserSchema>;
export const sessionResponseSchema = z.object({ user: consoleUserSchema, expiresAt: instant }).strict();

export const staffAccountSchema = consoleUserSchema.extend({ createdAt: instant, disabledAt: instant.nullable() }).strict();
export type StaffAccount = z.infer<typeof staffAccountSchema>;
export const staffListResponseSchema = z.object({ accounts: z.array(staffAccountSchema) }).strict();
export const staffAccountResponseSchema = z.object({ account: staffAccountSchema }).strict();

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
    /** The organisation profile the site runs, as head office last learnt it (its site record, or one published to it); null when unknown. */
    profile: z.string().nullable(),
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
  profile: { schema: profileSchema, name: '组织配置 id', en: 'profile id' },
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
  if (kind !== 'template' && kind !== 'rulePack' && kind !== 'profile') return [];
  const { schema, name, en } = CHECKED_BODIES[kind];
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  if (parsed.data.id !== itemId) return [{ path: 'id', message: `${name}（${parsed.data.id}）须与发布的编号（${itemId}）一致 / ${en} must equal the published id` }];
  return [];
}

// ---- what sites sent ----------------------------------------------------

const page = { offset: z.coerce.number().int().min(0).max(1_000_000).default(0), limit: z.coerce.number().int().min(1).max(200).default(50) };
/** A period of when it happened at the site (received, started): from inclusive, to exclusive, as instants the console computes from the days picked. */
const periodEnd = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
const period = { from: periodEnd.optional(), to: periodEnd.optional() };
const direction = { dir: z.enum(['asc', 'desc']).default('desc') };

/** The columns a complaints list may be sorted by (an allow-list: anything else is refused as a bad request). */
export const COMPLAINT_SORTS = ['receivedAt', 'dueAt', 'serial', 'status', 'site'] as const;
export type ComplaintSort = (typeof COMPLAINT_SORTS)[number];

export const complaintsQuerySchema = z
  .object({
    siteId: id.optional(),
    status: z.enum(COMPLAINT_STATUSES).optional(),
    /** Only open complaints whose deadline has passed. */
    overdue: z.enum(['1']).optional(),
    q: str().trim().max(100).optional(),
    /** 投诉 / 建议 / 咨询. */
    kind: z.enum(COMPLAINT_KINDS).optional(),
    /** 等级: a class code of the site's rule pack (一般投诉, 重大投诉 …), as the site graded the complaint. */
    classCode: str().trim().min(1).max(64).optional(),
    ...period,
    sort: z.enum(COMPLAINT_SORTS).default('receivedAt'),
    ...direction,
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
    /** The class the site graded it (its report row); null before it is graded or from a site that sends no report rows. */
    classCode: z.string().nullable(),
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

/**
 * The classes the class filter offers: those of the rule packs the sites run
 * (one site's, or every site's that has graded complaints), each code once;
 * where two packs name one code differently, both names are given.
 */
export const complaintClassesQuerySchema = z.object({ siteId: id.optional() }).strict();
export const complaintClassSchema = z.object({ code: z.string(), label: z.object({ zh: z.string(), en: z.string() }).strict() }).strict();
export type ComplaintClass = z.infer<typeof complaintClassSchema>;
export const complaintClassesResponseSchema = z.object({ classes: z.array(complaintClassSchema) }).strict();

export const historyEntrySchema = z.object({ entity: z.string(), id: z.string(), at: instant.nullable(), payload: z.json() }).strict();

/** One remark or decision head office wrote on a record, as head_office_remarks keeps it. */
export const remarkRowSchema = z
  .object({
    id,
    author: z.string(),
    at: instant,
    /** The record version the writer saw. */
    basedOnVersion: z.number().int(),
    remark: z.string().nullable(),
    classCode: z.string().nullable(),
    note: z.string().nullable(),
  })
  .strict();
export type RemarkRow = z.infer<typeof remarkRowSchema>;

/**
 * A remark (总部批注) and/or a decision on the complaint's class, written in
 * the console. `basedOnVersion` is the version the writer was shown: if the
 * site has sent a newer one since, the server refuses (409) so nobody decides
 * on a record they have not seen. The class must be one of the site's rule
 * pack (the server checks).
 */
export const REMARK_MAX_CHARS = 2000;
const remarkText = str().trim().min(1).max(REMARK_MAX_CHARS, `最多 ${REMARK_MAX_CHARS} 字 / at most ${REMARK_MAX_CHARS} characters`);
export const writeRemarkRequestSchema = z
  .object({
    basedOnVersion: z.number().int().min(1),
    remark: remarkText.optional(),
    classCode: str().trim().min(1).max(64).optional(),
    note: remarkText.optional(),
  })
  .strict()
  .refine((input) => input.remark !== undefined || input.classCode !== undefined, {
    message: '请填写批注或选择新的级别 / write a remark or choose a new class',
    path: ['remark'],
  });
export type WriteRemarkRequest = z.infer<typeof writeRemarkRequestSchema>;
export const writeRemarkResponseSchema = z.object({ remark: remarkRowSchema, cursor: z.number().int().min(1) }).strict();

export const complaintDetailSchema = z
  .object({
    row: complaintRowSchema,
    siteName: z.string(),
    version: z.number().int(),
    payload: z.json(),
    history: z.array(historyEntrySchema),
    /** Site accounts named in the history, id → display name, so the timeline says who acted. */
    people: z.record(z.string(), z.string()),
    /** The rule pack the site runs, as head office last learnt it (the site's own record, or what head office published); null if unknown. */
    rulePackId: z.string().nullable(),
    remarks: z.array(remarkRowSchema),
  })
  .strict();
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const CHECKLIST_RECORD_STATUSES = ['draft', 'completed'] as const;
export const CHECKLIST_SORTS = ['startedAt', 'completedAt', 'template', 'site'] as const;
export type ChecklistSort = (typeof CHECKLIST_SORTS)[number];
export const checklistsQuerySchema = z
  .object({
    siteId: id.optional(),
    status: z.enum(CHECKLIST_RECORD_STATUSES).optional(),
    /** A template id, as the site's record names it. */
    templateId: str().trim().min(1).max(100).optional(),
    ...period,
    sort: z.enum(CHECKLIST_SORTS).default('startedAt'),
    ...direction,
    ...page,
  })
  .strict();
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

/** A corrective action raised on a checklist record (the site's checklist_actions row), its owner by name. */
export const checklistActionSchema = z
  .object({
    id,
    itemId: z.string().nullable(),
    problem: z.string().nullable(),
    action: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueAt: instant.nullable(),
    status: z.string().nullable(),
    /** What the owner wrote on implementing it, and the lead on closing it (the A4 print shows them). */
    implementationNote: z.string().nullable(),
    closeNote: z.string().nullable(),
  })
  .strict();
export type ChecklistAction = z.infer<typeof checklistActionSchema>;
export const checklistDetailSchema = z
  .object({
    row: checklistRowSchema,
    siteName: z.string(),
    /** Who started it, by name (the site's user records); null when head office has not received that user. */
    startedByName: z.string().nullable(),
    /** The answers as the site sent them, by item id (photos as references to their files). */
    answers: z.record(z.string(), z.json()),
    actions: z.array(checklistActionSchema),
  })
  .strict();
export type ChecklistDetail = z.infer<typeof checklistDetailSchema>;
