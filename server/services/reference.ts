import type { Kysely } from 'kysely';
import { remarkBodySchema } from '../../shared/sync/merge-rules';
import { PULL_PAGE_SIZE, type PullResponse, type ReferenceItem } from '../../shared/sync/protocol';
import { referenceBodyIssues, type RemarkRow } from '../../shared/sync/console-api';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { heldVersion, recordRemark, type RemarkAuthor } from './remark-records';

/**
 * Publishes one version of a reference item (template, rule pack, calendar,
 * user, site) to one site or all; a template or rule pack body must pass its
 * schema and carry the id it is published under. Its cursor comes from a counter row updated
 * in the same transaction: the update locks the row until commit, so on
 * PostgreSQL publishes commit in cursor order and a reader can never see
 * cursor 6 while 5 is still uncommitted (and skip 5 for ever).
 *
 * A remark must name a record that site holds (404 otherwise: the site would
 * ignore it silently) at a version head office has seen, and is kept in head_office_remarks in the same
 * transaction, with its author: the console's staff member, or, through the
 * admin token, the body's `author` if given.
 */
export async function publishReference(
  db: Kysely<ServerDatabase>,
  input: ReferenceItem & { siteId?: string | null | undefined },
  now: Date,
  author: RemarkAuthor | null = null,
): Promise<{ cursor: number; remark: RemarkRow | null }> {
  refuseInvalidBody(input);
  return db.transaction().execute(async (trx) => {
    const siteId = input.siteId ?? null;
    if (siteId !== null && !(await trx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst())) {
      throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
    }
    // The request schema (publishReferenceRequestSchema) already insists on a site and this shape.
    const remark = input.kind === 'remark' && siteId !== null ? { siteId, body: remarkBodySchema.parse(input.body) } : null;
    if (remark) {
      const held = await heldVersion(trx, remark.siteId, remark.body);
      // An older version is a decision taken on what head office saw then (the site asks a person where it changed since); a newer one was never seen.
      if (remark.body.basedOnVersion > held) throw new SyncHttpError(409, 'conflict', `总部只有该记录的第 ${held} 版，批注不能基于第 ${remark.body.basedOnVersion} 版 / head office holds version ${held} of the record, not ${remark.body.basedOnVersion}`);
    }
    const cursor = await takeReferenceCursor(trx);
    const newer = await trx
      .selectFrom('reference_items')
      .select('version')
      .where('kind', '=', input.kind)
      .where('item_id', '=', input.id)
      .where('version', '>=', input.version)
      .executeTakeFirst();
    if (newer) throw new SyncHttpError(409, 'conflict', `已发布过同一或更高版本（${newer.version}）/ version ${newer.version} already published`);
    await trx
      .insertInto('reference_items')
      .values({ cursor, kind: input.kind, item_id: input.id, version: input.version, body: JSON.stringify(input.body), site_id: siteId, published_at: now.toISOString() })
      .execute();
    const kept = remark ? await recordRemark(trx, { ...remark, cursor, author: author ?? { name: remark.body.author ?? '管理接口 / admin API', userId: null }, at: now }) : null;
    return { cursor, remark: kept };
  });
}

/**
 * The next reference cursor, in the caller's transaction: the counter row's
 * update locks it until commit, so cursors commit in order (see above).
 */
export async function takeReferenceCursor(trx: Kysely<ServerDatabase>): Promise<number> {
  const { value } = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'reference_cursor')
    .returning('value')
    .executeTakeFirstOrThrow();
  return value;
}

/**
 * A template or rule pack this program cannot read is refused before it
 * reaches any site (through the console and the admin API alike), with where
 * it fails: every site would only log it as unreadable.
 */
function refuseInvalidBody(input: ReferenceItem): void {
  const issues = referenceBodyIssues(input.kind, input.id, input.body);
  if (issues.length === 0) return;
  const located = issues.slice(0, 5).map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ');
  throw new SyncHttpError(400, 'invalid_body', `内容未通过校验 / the body does not validate: ${located}`);
}

/** Items published to this site (or to all) after `cursor`, oldest first, one page. */
export async function pullReference(db: Kysely<ServerDatabase>, siteId: string, cursor: number): Promise<PullResponse> {
  const { page, nextCursor, more } = await pullPage(db, siteId, cursor);
  return {
    items: page.map((r) => ({ kind: r.kind as ReferenceItem['kind'], id: r.item_id, version: Number(r.version), body: JSON.parse(r.body) })),
    nextCursor,
    more,
  };
}

/**
 * The same page as pullReference, as the JSON text of a PullResponse, each
 * body spliced in as stored (JSON.stringify's output when published) instead
 * of parsed and written again: a site's first pull carries every template,
 * some 200 KB, and 500 sites pulling at once held the event loop for that
 * twice over each (issue 24).
 */
export async function pullReferenceJson(db: Kysely<ServerDatabase>, siteId: string, cursor: number): Promise<string> {
  const { page, nextCursor, more } = await pullPage(db, siteId, cursor);
  const items = page.map((r) => `{"kind":${JSON.stringify(r.kind)},"id":${JSON.stringify(r.item_id)},"version":${Number(r.version)},"body":${r.body}}`);
  return `{"items":[${items.join(',')}],"nextCursor":${nextCursor},"more":${more}}`;
}

async function pullPage(db: Kysely<ServerDatabase>, siteId: string, cursor: number) {
  const rows = await db
    .selectFrom('reference_items')
    .select(['cursor', 'kind', 'item_id', 'version', 'body'])
    .where('cursor', '>', cursor)
    .where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]))
    .orderBy('cursor')
    .limit(PULL_PAGE_SIZE + 1)
    .execute();
  const page = rows.slice(0, PULL_PAGE_SIZE);
  return { page, nextCursor: page.length > 0 ? Number(page[page.length - 1]!.cursor) : cursor, more: rows.length > PULL_PAGE_SIZE };
}
