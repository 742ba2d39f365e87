import { createHash } from 'node:crypto';
import { newId } from '../../../shared/ids';
import { MAX_ATTACHMENT_BYTES, sniffImageType, type AcceptedImageType } from '../../../shared/domain/attachments';
import type { ReadDb, WriteDb } from '../db/handles';
import { attachmentIdOfContent, insertAttachment, selectAttachment } from './attachments-repository';
import { recordChange } from '../change-log/change-log';
import { fieldError } from '../field-error';

export interface StoredAttachment {
  id: string;
  sha256: string;
  mimeType: AcceptedImageType;
  size: number;
  /** False when the same bytes were stored before: the existing row is reused. */
  created: boolean;
}

/**
 * Stores an image once per content (sha256), after checking its size and that
 * the bytes really are an accepted image type — the declared type or the file
 * name could say anything. A new row is audited and queued for sync; the sync
 * payload names the content by hash and leaves the bytes in this table, so an
 * outbox row never carries a 750 KB blob.
 */
export function storeImage(tx: WriteDb, input: { dataBase64: string; mimeType: string }, userId: string, at: Date): StoredAttachment {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw fieldError('dataBase64', '图片是空的 / the image is empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw fieldError('dataBase64', `图片不能超过 750 KB（此图 ${Math.ceil(bytes.length / 1024)} KB）/ images may not exceed 750 KB`);
  const actual = sniffImageType(bytes);
  if (!actual) throw fieldError('dataBase64', '文件内容不是 PNG、JPEG、WebP 或 GIF 图片 / the file is not a PNG, JPEG, WebP or GIF image');
  if (actual !== input.mimeType) throw fieldError('mimeType', `文件内容是 ${actual}，与声明的 ${input.mimeType} 不符 / the content is ${actual}, not ${input.mimeType}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existingId = attachmentIdOfContent(tx, sha256);
  if (existingId) return { id: existingId, sha256, mimeType: actual, size: bytes.length, created: false };
  const id = newId();
  insertAttachment(tx, { id, sha256, mimeType: actual, bytes, createdAt: at.toISOString(), createdBy: userId });
  const meta = { id, sha256, mimeType: actual, size: bytes.length };
  recordChange(tx, { userId, at, action: 'attachments.store', entity: 'attachment', entityId: id, entityVersion: 1, before: null, after: meta, syncPayload: meta });
  return { ...meta, created: true };
}

export function readAttachment(db: ReadDb, id: string): { id: string; mimeType: AcceptedImageType; dataBase64: string } | null {
  const row = selectAttachment(db, id);
  return row ? { id: row.id, mimeType: row.mime_type, dataBase64: row.data.toString('base64') } : null;
}
