import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import type { RemarkRow } from '../../shared/sync/console-api';
import type { RemarkBody } from '../../shared/sync/merge-rules';
import type { HeadOfficeRemarksTable, ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';

/**
 * head_office_remarks: every remark head office published on a site's record,
 * whichever way it was written (the console or the admin token), recorded in
 * the publishing transaction (services/reference.ts).
 */

/** Who wrote a remark: the name shown with it, and the console account if one did. */
export interface RemarkAuthor {
  name: string;
  userId: string | null;
}

/** The version of the record head office holds for that site; refuses a record the site does not hold. */
export async function heldVersion(db: Kysely<ServerDatabase>, siteId: string, body: Pick<RemarkBody, 'entity' | 'entityId'>): Promise<number> {
  const row = await db
    .selectFrom('site_records')
    .select('entity_version')
    .where('site_id', '=', siteId)
    .where('entity', '=', body.entity)
    .where('entity_id', '=', body.entityId)
    .executeTakeFirst();
  // A remark on a record the site does not hold would be ignored by the site without a word: refuse it here instead.
  if (!row) throw new SyncHttpError(404, 'not_found', `该网点没有这条记录（${body.entity} ${body.entityId}），批注未发布 / the site holds no such record: remark not published`);
  return Number(row.entity_version);
}

/** Keeps a remark just published as reference item `cursor`; returns it as the console lists it. */
export async function recordRemark(db: Kysely<ServerDatabase>, remark: { siteId: string; cursor: number; body: RemarkBody; author: RemarkAuthor; at: Date }): Promise<RemarkRow> {
  const row: HeadOfficeRemarksTable = {
    id: newId(),
    site_id: remark.siteId,
    entity: remark.body.entity,
    entity_id: remark.body.entityId,
    body: JSON.stringify(remark.body),
    author: remark.author.name,
    author_user_id: remark.author.userId,
    created_at: remark.at.toISOString(),
    reference_cursor: remark.cursor,
  };
  await db.insertInto('head_office_remarks').values(row).execute();
  return remarkRow(row);
}

/** The remarks written on one record, newest first. */
export async function remarksOn(db: Kysely<ServerDatabase>, siteId: string, entity: string, entityId: string): Promise<RemarkRow[]> {
  const rows = await db
    .selectFrom('head_office_remarks')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map(remarkRow);
}

export function remarkRow(row: HeadOfficeRemarksTable): RemarkRow {
  const body = JSON.parse(row.body) as RemarkBody;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: row.id,
    author: row.author,
    at: row.created_at,
    basedOnVersion: body.basedOnVersion,
    remark: text(body.fields.headOfficeRemark),
    classCode: text(body.fields.classCode),
    note: body.note ?? null,
  };
}
