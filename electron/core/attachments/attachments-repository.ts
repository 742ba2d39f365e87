import type { AcceptedImageType } from '../../../shared/domain/attachments';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Stored images, one row per content (sha256). */

export function attachmentIdOfContent(db: ReadDb, sha256: string): string | undefined {
  return (statement(db, 'SELECT id FROM attachments WHERE sha256 = ?').get(sha256) as { id: string } | undefined)?.id;
}

export function insertAttachment(
  tx: WriteDb,
  row: { id: string; sha256: string; mimeType: AcceptedImageType; bytes: Buffer; createdAt: string; createdBy: string },
): void {
  statement(tx, 'INSERT INTO attachments (id, sha256, mime_type, size_bytes, data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.sha256,
    row.mimeType,
    row.bytes.length,
    row.bytes,
    row.createdAt,
    row.createdBy,
  );
}

export function selectAttachment(db: ReadDb, id: string): { id: string; mime_type: AcceptedImageType; data: Buffer } | undefined {
  return statement(db, 'SELECT id, mime_type, data FROM attachments WHERE id = ?').get(id) as { id: string; mime_type: AcceptedImageType; data: Buffer } | undefined;
}
