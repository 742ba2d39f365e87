import { z } from 'zod';
import { pushEntrySchema, referenceItemSchema, sha256Hex } from './protocol';

/**
 * Offline transfer (issue #7 item 8): where a site has no network at all, its
 * outbox travels to head office as a file on a USB stick, and head office's
 * reply (which entries it holds, and the reference data published since) comes
 * back the same way. The same exactly-once rules as the network apply —
 * entries are applied by entry id, reference items by (kind, id, version) —
 * so importing the same file twice changes nothing.
 *
 * A file is gzip'd JSON: a header, the body as a string (so what is signed is
 * exactly what is read), the body's sha256 (a damaged copy is named as such)
 * and a signature: HMAC-SHA256 over `signingInput(header, body)` keyed by the
 * sha256 hex of the device's credential secret. Head office keeps exactly that
 * hash for the device, so it can check an outbox file came from the enrolled
 * device, and the site can check a reply came from head office; the credential
 * itself is never in a file (an enrolment file carries it sealed with a key
 * only the one-time code opens: shared/sync/enrolment-file.ts). Computed by
 * each side's crypto (core and server): this file is pure data.
 */
export const TRANSFER_FORMAT = 'branchline-transfer';
/** Suggested file name ending: what a person sees on the stick. */
export const TRANSFER_EXTENSION = '.branchline';
/** Entries one file may carry; a bigger outbox is exported as several files. */
export const MAX_TRANSFER_ENTRIES = 50_000;

const id = z.string().min(1).max(128);

export const transferHeaderSchema = z
  .object({
    format: z.literal(TRANSFER_FORMAT),
    version: z.literal(1),
    /** 'outbox': site → head office; 'reply': head office → site; 'enrolment': head office → a site never enrolled (shared/sync/enrolment-file.ts). */
    kind: z.enum(['outbox', 'reply', 'enrolment']),
    /** Unique per file; batch ids of an outbox file derive from it, so a second import finds them. */
    fileId: id,
    siteId: id,
    deviceId: id,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type TransferHeader = z.infer<typeof transferHeaderSchema>;

export const outboxTransferBodySchema = z
  .object({
    entries: z.array(pushEntrySchema).max(MAX_TRANSFER_ENTRIES),
    /** The evidence images the entries name, by hash. */
    blobs: z.array(z.object({ sha256: sha256Hex, dataBase64: z.string() }).strict()),
    /** The site's pull cursor, so the reply carries exactly what it lacks. */
    pullCursor: z.number().int().min(0),
  })
  .strict();
export type OutboxTransferBody = z.infer<typeof outboxTransferBodySchema>;

export const replyTransferBodySchema = z
  .object({
    /** Entry ids head office holds (applied now or before). */
    acknowledged: z.array(id),
    items: z.array(referenceItemSchema),
    nextCursor: z.number().int().min(0),
  })
  .strict();
export type ReplyTransferBody = z.infer<typeof replyTransferBodySchema>;

export const transferFileSchema = z
  .object({
    header: transferHeaderSchema,
    body: z.string(),
    sha256: sha256Hex,
    signature: sha256Hex,
  })
  .strict();
export type TransferFile = z.infer<typeof transferFileSchema>;

/** What the signature covers: the header as written and the body string. */
export function signingInput(header: TransferHeader, body: string): string {
  return `${JSON.stringify(header)}\n${body}`;
}

/** The batch id of the n-th chunk of an outbox file (chunks of at most MAX_BATCH_ENTRIES entries). */
export const transferBatchId = (fileId: string, chunk: number) => `${fileId}:${chunk}`;

/** Head office's answer to an imported outbox file: what was applied, and the reply file to carry back. */
export const transferImportResponseSchema = z
  .object({
    siteId: id,
    deviceId: id,
    entries: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
    blobs: z.number().int().nonnegative(),
    reply: z.object({ fileName: z.string(), dataBase64: z.string() }).strict(),
  })
  .strict();
export type TransferImportResponse = z.infer<typeof transferImportResponseSchema>;
