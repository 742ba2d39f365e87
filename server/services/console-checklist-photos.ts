import type { Kysely } from 'kysely';
import { sniffImageType, type AcceptedImageType } from '../../shared/domain/attachments';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { answersOf, recordsWithPayload } from './console-records';

/**
 * A photo of a checklist record, for the console's result and its A4 print
 * (issue 20 item 15). Photos reach head office in the ordinary sync: the site
 * pushes an `attachment` record (id, sha256, type) and, before the batch that
 * names it, the bytes as a blob (electron/core/sync/blobs.ts), which head
 * office keeps once per content and owns per site (blob_owners).
 *
 * Only a photo the record's answers name is served, only from the record's
 * own site: a staff member opening a result sees its photos and nothing else
 * a site uploaded. The type is taken from the bytes, never from the payload.
 */
export interface ChecklistPhoto {
  mimeType: AcceptedImageType;
  bytes: Buffer;
}

export async function checklistPhoto(db: Kysely<ServerDatabase>, siteId: string, recordId: string, attachmentId: string): Promise<ChecklistPhoto> {
  const record = await recordsWithPayload(db, 'checklist_record', siteId).where('r.entity_id', '=', recordId).select('e.payload').executeTakeFirst();
  if (!record) throw new SyncHttpError(404, 'not_found', '没有这份检查记录 / no such checklist record');
  if (!photoIdsIn(answersOf(JSON.parse(record.payload))).has(attachmentId)) {
    throw new SyncHttpError(404, 'not_found', '这份检查记录没有这张照片 / the record has no such photo');
  }
  const attachment = await recordsWithPayload(db, 'attachment', siteId).where('r.entity_id', '=', attachmentId).select('e.payload').executeTakeFirst();
  const sha256 = attachment ? hashOf(attachment.payload) : null;
  const blob = sha256
    ? await db.selectFrom('blob_owners as o').innerJoin('blobs as b', 'b.sha256', 'o.sha256').select('b.data').where('o.site_id', '=', siteId).where('o.sha256', '=', sha256).executeTakeFirst()
    : undefined;
  if (!blob) throw new SyncHttpError(404, 'not_found', '网点尚未上传这张照片 / the site has not uploaded this photo yet');
  const bytes = Buffer.from(blob.data);
  const mimeType = sniffImageType(bytes);
  if (!mimeType) throw new SyncHttpError(404, 'not_found', '这张照片不是可显示的图片 / the photo is not an image that can be shown');
  return { mimeType, bytes };
}

/** The attachment ids a record's answers name: photo items ([{ attachmentId }]) and photo cells of table rows. */
export function photoIdsIn(answers: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const photosIn = (value: unknown) => {
    if (!Array.isArray(value)) return;
    for (const element of value) {
      if (!element || typeof element !== 'object') continue;
      const ref = (element as { attachmentId?: unknown }).attachmentId;
      if (typeof ref === 'string') ids.add(ref);
      else for (const cell of Object.values(element as Record<string, unknown>)) photosIn(cell);
    }
  };
  for (const value of Object.values(answers)) photosIn(value);
  return ids;
}

function hashOf(payload: string): string | null {
  const { sha256 } = JSON.parse(payload) as { sha256?: unknown };
  return typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : null;
}
