import { createHash, createHmac } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { newId } from '../../../shared/ids';
import {
  MAX_TRANSFER_ENTRIES,
  TRANSFER_EXTENSION,
  TRANSFER_FORMAT,
  replyTransferBodySchema,
  signingInput,
  transferFileSchema,
  type OutboxTransferBody,
  type TransferHeader,
} from '../../../shared/sync/transfer-file';
import type { Store } from '../db/store';
import { recordEvent } from '../change-log/change-log';
import { applyReferenceItems } from './apply-reference';
import { hashOf } from './blobs';
import { SyncClientError } from './http';
import { pruneAcknowledgedOutbox } from './prune';
import { acknowledgeOutboxEntries, attachmentBytes, pendingOutboxCount, pendingOutboxRows } from './outbox-repository';
import { toEntry } from './push';
import { readEnrolment, readState, writeState, type Enrolment } from './sync-state';

/** A reply file is small (ids and reference data); decompressed it is bounded all the same. */
const MAX_REPLY_JSON_BYTES = 64 * 2 ** 20;

export interface ExportedTransfer {
  fileName: string;
  bytes: Buffer;
  entries: number;
  /** Entries still pending beyond this file (a later file takes them). */
  remaining: number;
}

/**
 * The outbox as a file for head office, for a site with no network
 * (shared/sync/transfer-file.ts): the pending entries oldest first, the
 * images they name, the site's pull cursor; signed with the device's key.
 * Nothing is marked: entries stay pending until head office's reply file is
 * imported (or the network pushes them; either way they are applied once).
 */
export function exportOutboxFile(store: Store, user: { id: string }, now: Date): ExportedTransfer {
  const enrolment = requireEnrolled(store);
  // From the start of the queue (positions begin at 1).
  const rows = pendingOutboxRows(store.read, 0, MAX_TRANSFER_ENTRIES + 1);
  const inFile = rows.slice(0, MAX_TRANSFER_ENTRIES);
  const pending = pendingOutboxCount(store.read);
  const hashes = [...new Set(inFile.filter((r) => r.entity === 'attachment').map((r) => hashOf(r.payload)).filter((h): h is string => h !== null))];
  const blobs = hashes.flatMap((sha256) => {
    const data = attachmentBytes(store.read, sha256);
    return data ? [{ sha256, dataBase64: data.toString('base64') }] : [];
  });
  const body: OutboxTransferBody = { entries: inFile.map(toEntry), blobs, pullCursor: Number(readState(store.read, 'pullCursor') ?? '0') };
  const header: TransferHeader = { format: TRANSFER_FORMAT, version: 1, kind: 'outbox', fileId: newId(), siteId: enrolment.siteId, deviceId: enrolment.deviceId, createdAt: now.toISOString() };
  const bodyText = JSON.stringify(body);
  const file = { header, body: bodyText, sha256: sha256Of(bodyText), signature: sign(enrolment, header, bodyText) };
  store.transaction((tx) =>
    recordEvent(tx, { userId: user.id, at: now, action: 'sync.exportTransfer', entity: 'sync', entityId: header.fileId, detail: { entries: inFile.length, blobs: blobs.length } }),
  );
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return {
    fileName: `${enrolment.siteCode ?? enrolment.siteId}-待同步-${stamp}${TRANSFER_EXTENSION}`,
    bytes: gzipSync(JSON.stringify(file)),
    entries: inFile.length,
    remaining: pending - inFile.length,
  };
}

export interface ImportedReply {
  /** Outbox entries marked acknowledged by this file (0 when imported before). */
  acknowledged: number;
  /** Reference items new to this site. */
  applied: number;
  unreadable: string[];
  /** A calendar release was applied: the caller reloads the core's deadline calendar. */
  calendarChanged: boolean;
}

/**
 * Head office's reply file, brought back on the stick: checked (format,
 * checksum, head office's signature with this device's key, this site and
 * device), then in one transaction the acknowledged entries are marked and
 * the reference data applied with the cursor — so importing it twice changes
 * nothing the second time.
 */
export function importReplyFile(store: Store, user: { id: string }, fileBytes: Buffer, now: Date): ImportedReply {
  const enrolment = requireEnrolled(store);
  const file = readReply(fileBytes);
  if (file.header.kind === 'enrolment') throw invalid('这是注册文件，不是总部回执：请在本页的“登记本机”处用注册文件注册 / this is an enrolment file, not a reply: use it in the enrolment form');
  if (file.header.kind !== 'reply') throw invalid('这是本站导出的数据文件，请在总部导入；这里导入总部回执 / this is an outbox file: import it at head office; import head office’s reply here');
  if (file.header.siteId !== enrolment.siteId || file.header.deviceId !== enrolment.deviceId) throw invalid('这份回执属于其他网点或其他电脑 / this reply is for another site or computer');
  if (sign(enrolment, file.header, file.body) !== file.signature) throw invalid('回执签名不符：不是总部签发的，或已被改动 / the reply’s signature does not match: not from head office, or altered');
  let json: unknown;
  try {
    json = JSON.parse(file.body);
  } catch {
    throw invalid('回执内容无法读取 / the reply content is unreadable');
  }
  const parsed = replyTransferBodySchema.safeParse(json);
  if (!parsed.success) throw invalid('回执内容格式不对 / the reply content does not match the format');
  const reply = parsed.data;
  const at = now.toISOString();
  return store.transaction((tx) => {
    const acknowledged = acknowledgeOutboxEntries(tx, reply.acknowledged, at);
    pruneAcknowledgedOutbox(tx, at);
    const { applied, unreadable, calendarChanged } = applyReferenceItems(tx, reply.items, at);
    const cursor = Number(readState(tx, 'pullCursor') ?? '0');
    if (reply.nextCursor > cursor) writeState(tx, 'pullCursor', String(reply.nextCursor));
    if (acknowledged > 0) writeState(tx, 'lastSuccessAt', at);
    recordEvent(tx, { userId: user.id, at: now, action: 'sync.importTransfer', entity: 'sync', entityId: file.header.fileId, detail: { acknowledged, applied } });
    return { acknowledged, applied, unreadable, calendarChanged };
  });
}

function requireEnrolled(store: Store): Enrolment {
  const enrolment = readEnrolment(store.read);
  if (!enrolment) throw new SyncClientError('not_enrolled', '本机尚未在总部登记，不能导出或导入数据文件 / this computer is not enrolled with head office yet');
  return enrolment;
}

function readReply(fileBytes: Buffer) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(fileBytes, { maxOutputLength: MAX_REPLY_JSON_BYTES }).toString('utf8'));
  } catch {
    throw invalid('文件已损坏或不是 Branchline 数据文件 / the file is damaged or not a Branchline transfer file');
  }
  const file = transferFileSchema.safeParse(parsed);
  if (!file.success) throw invalid('不是 Branchline 数据文件，或版本不受支持 / not a Branchline transfer file, or an unsupported version');
  if (sha256Of(file.data.body) !== file.data.sha256) throw invalid('文件校验和不符：复制时已损坏 / checksum mismatch: the copy is damaged');
  return file.data;
}

const invalid = (message: string) => new SyncClientError('invalid_file', message);
const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** HMAC keyed by the sha256 of the credential's secret: head office holds that hash, never the secret. */
function sign(enrolment: Enrolment, header: TransferHeader, body: string): string {
  const secret = enrolment.credential.slice(enrolment.credential.indexOf('.') + 1);
  return createHmac('sha256', sha256Of(secret)).update(signingInput(header, body), 'utf8').digest('hex');
}
