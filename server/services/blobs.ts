import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';

/** Which of these hashes this site has not uploaded (another site's copy does not count: a site learns nothing about others). */
export async function missingBlobs(db: Kysely<ServerDatabase>, siteId: string, hashes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return [];
  const held = new Set(
    (await db.selectFrom('blob_owners').select('sha256').where('site_id', '=', siteId).where('sha256', 'in', unique).execute()).map((r) => r.sha256),
  );
  return unique.filter((h) => !held.has(h));
}

/** Stores bytes under their sha256 after checking it; the bytes are kept once whoever sends them. */
export async function storeBlob(db: Kysely<ServerDatabase>, siteId: string, sha256: string, bytes: Buffer, now: Date): Promise<{ sha256: string; size: number }> {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new SyncHttpError(422, 'hash_mismatch', `内容的 sha256 与地址不符 / content hashes to ${actual}, not ${sha256}`);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('blobs').values({ sha256, size: bytes.length, data: bytes, received_at: now.toISOString() }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
    await trx.insertInto('blob_owners').values({ site_id: siteId, sha256 }).onConflict((oc) => oc.columns(['site_id', 'sha256']).doNothing()).execute();
  });
  return { sha256, size: bytes.length };
}
