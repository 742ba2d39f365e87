import type { Kysely } from 'kysely';
import { referenceBodyIssues } from '../../shared/sync/console-api';
import { PULL_PAGE_SIZE, type PullResponse, type ReferenceItem } from '../../shared/sync/protocol';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';

/**
 * Publishes one version of a reference item (template, rule pack, calendar,
 * user, site) to one site or all; a template or rule pack body must pass its
 * schema and carry the id it is published under. Its cursor comes from a counter row updated
 * in the same transaction: the update locks the row until commit, so on
 * PostgreSQL publishes commit in cursor order and a reader can never see
 * cursor 6 while 5 is still uncommitted (and skip 5 for ever).
 */
export async function publishReference(
  db: Kysely<ServerDatabase>,
  input: ReferenceItem & { siteId?: string | null | undefined },
  now: Date,
): Promise<{ cursor: number }> {
  refuseInvalidBody(input);
  return db.transaction().execute(async (trx) => {
    const siteId = input.siteId ?? null;
    if (siteId !== null && !(await trx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst())) {
      throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
    }
    const { value: cursor } = await trx
      .updateTable('counters')
      .set((eb) => ({ value: eb('value', '+', 1) }))
      .where('name', '=', 'reference_cursor')
      .returning('value')
      .executeTakeFirstOrThrow();
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
    return { cursor };
  });
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
  const rows = await db
    .selectFrom('reference_items')
    .select(['cursor', 'kind', 'item_id', 'version', 'body'])
    .where('cursor', '>', cursor)
    .where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]))
    .orderBy('cursor')
    .limit(PULL_PAGE_SIZE + 1)
    .execute();
  const page = rows.slice(0, PULL_PAGE_SIZE);
  return {
    items: page.map((r) => ({ kind: r.kind as ReferenceItem['kind'], id: r.item_id, version: Number(r.version), body: JSON.parse(r.body) })),
    nextCursor: page.length > 0 ? Number(page[page.length - 1]!.cursor) : cursor,
    more: rows.length > PULL_PAGE_SIZE,
  };
}
