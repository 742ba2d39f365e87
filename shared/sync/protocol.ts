import { z } from 'zod';
import { str } from '../api/common';
import { remarkBodySchema } from './merge-rules';

/**
 * The wire protocol between a site (the desktop app) and the head-office
 * server, as data: both ends parse with these schemas, so a field added on one
 * side without the other fails a test rather than a site. Versioned by path:
 * a change that old clients could not read is a new `/api/v2`, never an edit.
 *
 * Every object is `.strict()`: an unknown field is refused (4xx), not ignored,
 * so a typo or a newer client talking to an older server is caught at once.
 */
export const PROTOCOL_BASE = '/api/v1';

export const PATHS = {
  enrol: `${PROTOCOL_BASE}/enrol`,
  push: `${PROTOCOL_BASE}/push`,
  pull: `${PROTOCOL_BASE}/pull`,
  blobsMissing: `${PROTOCOL_BASE}/blobs/missing`,
  blob: (sha256: string) => `${PROTOCOL_BASE}/blobs/${sha256}`,
  adminSites: `${PROTOCOL_BASE}/admin/sites`,
  adminEnrolCode: (siteId: string) => `${PROTOCOL_BASE}/admin/sites/${encodeURIComponent(siteId)}/enrol-codes`,
  /** An enrolment file for a site with no network, made with the code just issued (shared/sync/enrolment-file.ts). */
  adminEnrolFile: (siteId: string) => `${PROTOCOL_BASE}/admin/sites/${encodeURIComponent(siteId)}/enrol-files`,
  adminRevokeDevice: (deviceId: string) => `${PROTOCOL_BASE}/admin/devices/${encodeURIComponent(deviceId)}/revoke`,
  adminReference: `${PROTOCOL_BASE}/admin/reference`,
  /** An outbox file from a site without network (shared/sync/transfer-file.ts), as application/octet-stream. */
  adminTransfers: `${PROTOCOL_BASE}/admin/transfers`,
} as const;

/** Most entries one push may carry; the client's adaptive batch size stays at or below it. */
export const MAX_BATCH_ENTRIES = 1000;
/** Compressed request body limit (what crosses the wire). */
export const MAX_REQUEST_BYTES = 4 * 2 ** 20;
/** Decompressed push body limit: a small gzip body could otherwise expand without bound. */
export const MAX_DECOMPRESSED_BYTES = 32 * 2 ** 20;
/** An evidence image is at most 750 KB (shared/domain/attachments); a blob upload at most 1 MiB. */
export const MAX_BLOB_BYTES = 2 ** 20;
/** Most reference items one pull answers; the client pulls again while `more` is true. */
export const PULL_PAGE_SIZE = 200;

/** Clean text (shared/api/common.ts): an id becomes a key and a column value at head office. */
const id = str().min(1).max(128);
const instant = z.iso.datetime({ offset: true });
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 须为 64 位小写十六进制 / sha256 must be 64 lowercase hex digits');

// ---- errors -------------------------------------------------------------

export const SYNC_ERROR_CODES = [
  'bad_json', // the body is not JSON
  'bad_encoding', // Content-Encoding gzip, but the bytes are not gzip (or an encoding we do not speak)
  'unsupported_media_type',
  'invalid_body', // JSON, but not what the schema says (wrong types, unknown fields)
  'too_large', // over the body limit (compressed or decompressed)
  'unauthorized', // no credential, or a wrong one
  'device_revoked', // a credential head office revoked
  'enrol_code_invalid', // unknown, used or expired enrolment code
  'foreign_record', // an entity id that belongs to another site
  'batch_id_reused', // a batch id already used for different entries
  'hash_mismatch', // uploaded bytes whose sha256 is not the one in the path
  'forbidden', // signed in, but this account may not do it (console: managing accounts)
  'too_many_attempts', // sign-in locked for a while after repeated wrong passwords
  'bad_request', // a malformed URL, query, header or cookie
  'busy', // this device already has as many uploads under way as head office takes at once (429; try again)
  'overloaded', // head office has as much work waiting as it takes (many sites at once, or no database connection free): 503, try again after Retry-After
  'not_found',
  'conflict',
  'internal',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** Every 4xx/5xx answer has this body; `message` is "中文 / English". */
export const errorBodySchema = z
  .object({
    error: z.object({ code: z.enum(SYNC_ERROR_CODES), message: z.string() }).strict(),
  })
  .strict();
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---- enrolment ----------------------------------------------------------

export const enrolRequestSchema = z
  .object({
    code: str().trim().min(6).max(64),
    deviceName: str().trim().min(1).max(100),
  })
  .strict();
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z
  .object({
    siteId: id,
    siteCode: z.string(),
    siteName: z.string(),
    deviceId: id,
    /** `Authorization: Bearer <credential>` on every later request. Shown once; the server keeps only its hash. */
    credential: z.string().min(20).max(200),
  })
  .strict();
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

// ---- push ---------------------------------------------------------------

type JsonValue = z.infer<ReturnType<typeof z.json>>;

/**
 * A record's fields. Every body reaches its reader through JSON.parse (a push,
 * a transfer file), so each value inside is JSON by construction: z.json()
 * walking every payload again cost 25 ms of the server's time per 1000-entry
 * batch. Only the shape is checked: an object, as every outbox record is.
 */
const recordPayload = z.custom<{ [key: string]: JsonValue }>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  message: 'payload 须为 JSON 对象 / payload must be a JSON object',
});

/** One outbox row, as the site's `outbox` table holds it (payload parsed from its JSON). */
export const pushEntrySchema = z
  .object({
    entryId: id,
    entity: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, '实体名格式不对 / bad entity name'),
    entityId: id,
    entityVersion: z.number().int().min(1).max(2 ** 31 - 1),
    /** The outbox only writes whole-record upserts; deletes would be a protocol change. */
    operation: z.literal('upsert'),
    payload: recordPayload,
    createdAt: instant,
  })
  .strict();
export type PushEntry = z.infer<typeof pushEntrySchema>;

export const pushRequestSchema = z
  .object({
    batchId: id,
    entries: z.array(pushEntrySchema).min(1).max(MAX_BATCH_ENTRIES),
    /**
     * Entries still pending on the device once this batch is acknowledged (its
     * queue backlog), for the head-office console. Optional: older clients do
     * not send it, and the server then keeps the last value it was told.
     */
    pendingAfterBatch: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict()
  .refine((batch) => new Set(batch.entries.map((e) => e.entryId)).size === batch.entries.length, {
    message: '同一批次中条目编号重复 / duplicate entry ids in one batch',
    path: ['entries'],
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushAckSchema = z
  .object({
    batchId: id,
    /** Every entry of the batch the server now holds (new or received before): the client marks exactly these sent. */
    acknowledged: z.array(id),
    /** How many of them the server had already received (a resend). */
    duplicates: z.number().int().nonnegative(),
  })
  .strict();
export type PushAck = z.infer<typeof pushAckSchema>;

// ---- pull ---------------------------------------------------------------

/**
 * 'remark' is head office's remark or decision on one of the site's own
 * records (body: `remarkBodySchema` in shared/sync/merge-rules.ts), published
 * to that one site; the site merges it by the per-field rules there.
 * 'profile' is a version of an organisation profile (shared/profiles).
 */
export const REFERENCE_KINDS = ['template', 'rulePack', 'calendar', 'user', 'site', 'remark', 'profile'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const pullQuerySchema = z
  .object({
    /** The last cursor the site applied; 0 (or absent) for everything. */
    cursor: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  })
  .strict();

export const referenceItemSchema = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    id,
    version: z.number().int().min(1),
    body: z.json(),
  })
  .strict();
export type ReferenceItem = z.infer<typeof referenceItemSchema>;

export const pullResponseSchema = z
  .object({
    items: z.array(referenceItemSchema),
    /** Store it with the items, in the same transaction, and send it next time. */
    nextCursor: z.number().int().min(0),
    /** More items wait after `nextCursor`. */
    more: z.boolean(),
  })
  .strict();
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---- blobs --------------------------------------------------------------

export const blobsMissingRequestSchema = z.object({ hashes: z.array(sha256Hex).max(MAX_BATCH_ENTRIES) }).strict();
export const blobsMissingResponseSchema = z.object({ missing: z.array(sha256Hex) }).strict();
export const blobPutResponseSchema = z.object({ sha256: sha256Hex, size: z.number().int().nonnegative() }).strict();

// ---- head-office administration ------------------------------------------

export const createSiteRequestSchema = z
  .object({
    /** The site's own code (serial numbers start with it), unique across head office. */
    code: z.string().trim().regex(/^[A-Za-z0-9]{2,16}$/, '网点代码为 2–16 位字母或数字 / site code: 2–16 letters or digits'),
    name: str().trim().min(1).max(100),
  })
  .strict();

export const enrolCodeResponseSchema = z
  .object({
    siteId: id,
    /** One-time code for the site to type in; shown once, stored hashed. */
    enrolCode: z.string(),
    expiresAt: instant,
  })
  .strict();
export type EnrolCodeResponse = z.infer<typeof enrolCodeResponseSchema>;

export const revokeResponseSchema = z.object({ deviceId: id, revokedAt: instant }).strict();

export const publishReferenceRequestSchema = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    id,
    version: z.number().int().min(1),
    body: z.json(),
    /** One site, or omitted/null for every site. */
    siteId: id.nullable().optional(),
  })
  .strict()
  // A remark is about one site's record: it goes to that site only, in the shape the site merges.
  .refine((item) => item.kind !== 'remark' || (typeof item.siteId === 'string' && remarkBodySchema.safeParse(item.body).success), {
    message: '总部批注须指定站点，内容须符合批注格式 / a remark needs a siteId and a remark body',
    path: ['body'],
  });
export const publishReferenceResponseSchema = z.object({ cursor: z.number().int().min(1) }).strict();
