import { sql, type Kysely } from 'kysely';

/**
 * 0003-payload-once: a record's payload is kept once, in the entry that wrote
 * it (`received_entries`), instead of a second copy in `site_records`, which
 * already names that entry (`entry_id`). Every push wrote each payload twice
 * (about 1 KB a complaint); the record table keeps its keys, version and the
 * columns the console lists by, and a reader joins the entry for the payload.
 *
 * Each record row's entry exists by construction (apply-batch.ts inserts the
 * entry and writes the record in one transaction); should one be missing, the
 * migration stops rather than drop the only copy of that payload.
 */
export async function payloadOnceMigration(db: Kysely<unknown>): Promise<void> {
  const orphans = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM site_records r
    WHERE NOT EXISTS (SELECT 1 FROM received_entries e WHERE e.site_id = r.site_id AND e.entry_id = r.entry_id)`.execute(db);
  const n = Number(orphans.rows[0]?.n ?? 0);
  if (n > 0) throw new Error(`0003-payload-once: ${n} site_records rows have no received_entries row; not dropping their payload`);
  await db.schema.alterTable('site_records').dropColumn('payload').execute();
}
