import { createHash, createHmac } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import { MAX_BATCH_ENTRIES } from '../../shared/sync/protocol';
import {
  TRANSFER_EXTENSION,
  TRANSFER_FORMAT,
  outboxTransferBodySchema,
  signingInput,
  transferBatchId,
  transferFileSchema,
  type ReplyTransferBody,
  type TransferHeader,
  type TransferImportResponse,
} from '../../shared/sync/transfer-file';
import { sameHash } from '../auth/secrets';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { applyBatch } from './apply-batch';
import { storeBlob } from './blobs';
import { pullReference } from './reference';

/** A transfer file on the stick may be large (a month without network); decompressed it is bounded all the same. */
export const MAX_TRANSFER_FILE_BYTES = 64 * 2 ** 20;
const MAX_TRANSFER_JSON_BYTES = 256 * 2 ** 20;

export interface TransferImportResult {
  siteId: string;
  deviceId: string;
  entries: number;
  /** Entries head office already held (an earlier import, or the network). */
  duplicates: number;
  blobs: number;
  reply: { fileName: string; bytes: Buffer };
}

const refuse = (message: string) => new SyncHttpError(422, 'invalid_body', message);

/**
 * Imports a site's outbox file (shared/sync/transfer-file.ts) as if its
 * device had pushed it: checked (gzip, format, checksum, the device's
 * signature, the device not revoked), applied in batches whose ids derive
 * from the file's id — so the same file imported twice is acknowledged and
 * changes nothing — and answered with a signed reply file for the site:
 * every entry id now held, and the reference data published after the
 * site's cursor.
 */
export async function importOutboxFile(db: Kysely<ServerDatabase>, fileBytes: Buffer, now: Date): Promise<TransferImportResult> {
  const file = readTransferFile(fileBytes);
  if (file.header.kind !== 'outbox') throw refuse('这不是网点导出的数据文件 / not an outbox file from a site');
  const device = await db.selectFrom('devices').select(['id', 'site_id', 'credential_hash', 'revoked_at']).where('id', '=', file.header.deviceId).executeTakeFirst();
  if (!device || device.site_id !== file.header.siteId) throw new SyncHttpError(403, 'unauthorized', '文件来自未登记的设备 / the file names a device head office does not know');
  if (!sameHash(sign(device.credential_hash, file.header, file.body), file.signature)) {
    throw new SyncHttpError(403, 'unauthorized', '文件签名不符：不是该设备导出的，或已被改动 / signature does not match: not exported by this device, or altered');
  }
  if (device.revoked_at !== null) throw new SyncHttpError(403, 'device_revoked', '总部已吊销此设备的凭证，请联系总部 / head office revoked this device');
  const body = parseBody(outboxTransferBodySchema, file.body);
  const identity = { deviceId: device.id, siteId: device.site_id };

  for (const blob of body.blobs) await storeBlob(db, identity.siteId, blob.sha256, Buffer.from(blob.dataBase64, 'base64'), now);
  let duplicates = 0;
  const acknowledged: string[] = [];
  for (let start = 0, chunk = 0; start < body.entries.length; start += MAX_BATCH_ENTRIES, chunk += 1) {
    const entries = body.entries.slice(start, start + MAX_BATCH_ENTRIES);
    // Counted before applying: a second import of the file gets its batches' first acks back, which report no duplicates.
    const held = await db.selectFrom('received_entries').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', identity.siteId).where('entry_id', 'in', entries.map((e) => e.entryId)).executeTakeFirstOrThrow();
    duplicates += Number(held.n);
    const ack = await applyBatch(db, identity, { batchId: transferBatchId(file.header.fileId, chunk), entries }, now);
    acknowledged.push(...ack.acknowledged);
  }

  const reply: ReplyTransferBody = { acknowledged, items: [], nextCursor: body.pullCursor };
  for (let more = true; more; ) {
    const page = await pullReference(db, identity.siteId, reply.nextCursor);
    reply.items.push(...page.items);
    reply.nextCursor = page.nextCursor;
    more = page.more;
  }
  const header: TransferHeader = { format: TRANSFER_FORMAT, version: 1, kind: 'reply', fileId: newId(), siteId: identity.siteId, deviceId: identity.deviceId, createdAt: now.toISOString() };
  const replyBody = JSON.stringify(reply);
  const site = await db.selectFrom('sites').select('code').where('id', '=', identity.siteId).executeTakeFirst();
  const replyFile = { header, body: replyBody, sha256: sha256Of(replyBody), signature: sign(device.credential_hash, header, replyBody) };
  return {
    ...identity,
    entries: body.entries.length,
    duplicates,
    blobs: body.blobs.length,
    reply: { fileName: `${site?.code ?? identity.siteId}-总部回执-${now.toISOString().slice(0, 10)}${TRANSFER_EXTENSION}`, bytes: gzipSync(JSON.stringify(replyFile)) },
  };
}

function readTransferFile(fileBytes: Buffer) {
  let json: string;
  try {
    json = gunzipSync(fileBytes, { maxOutputLength: MAX_TRANSFER_JSON_BYTES }).toString('utf8');
  } catch {
    throw refuse('文件已损坏或不是 Branchline 数据文件 / the file is damaged or not a Branchline transfer file');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw refuse('文件内容无法读取 / the file content is unreadable');
  }
  const file = transferFileSchema.safeParse(parsed);
  if (!file.success) throw refuse('不是 Branchline 数据文件，或版本不受支持 / not a Branchline transfer file, or an unsupported version');
  if (sha256Of(file.data.body) !== file.data.sha256) throw refuse('文件校验和不符：复制时已损坏，请重新导出 / checksum mismatch: the copy is damaged, export it again');
  return file.data;
}

function parseBody<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, body: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw refuse('文件内容无法读取 / the file content is unreadable');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw refuse('文件内容格式不对 / the file content does not match the format');
  return parsed.data;
}

const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** HMAC keyed by the device's secret hash: what head office stores, and what the site derives from its credential. */
const sign = (key: string, header: TransferHeader, body: string) => createHmac('sha256', key).update(signingInput(header, body), 'utf8').digest('hex');


/** The result as the admin and console APIs answer it: the reply file travels base64 in JSON. */
export function transferImportResponse(result: TransferImportResult): TransferImportResponse {
  const { reply, ...summary } = result;
  return { ...summary, reply: { fileName: reply.fileName, dataBase64: reply.bytes.toString('base64') } };
}
