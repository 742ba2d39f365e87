import { PATHS, blobPutResponseSchema, blobsMissingResponseSchema } from '../../../shared/sync/protocol';
import type { ReadDb } from '../db/handles';
import { exchange, type Transport } from './http';
import { attachmentBytes, type OutboxRow } from './outbox-repository';

/**
 * Before a batch names images by hash, head office gets their bytes: it says
 * which hashes it lacks and only those are uploaded. Returns bytes sent.
 */
export async function uploadMissingBlobs(transport: Transport, db: ReadDb, rows: readonly OutboxRow[]): Promise<number> {
  const hashes = [...new Set(rows.filter((r) => r.entity === 'attachment').map((r) => hashOf(r.payload)).filter((h): h is string => h !== null))];
  if (hashes.length === 0) return 0;
  const asked = await exchange(transport, 'POST', PATHS.blobsMissing, blobsMissingResponseSchema, { json: { hashes } });
  let bytes = asked.bytes;
  for (const sha256 of asked.value.missing) {
    const data = attachmentBytes(db, sha256);
    if (!data) continue; // the server asked for a hash we did not offer: nothing to send
    bytes += (await exchange(transport, 'PUT', PATHS.blob(sha256), blobPutResponseSchema, { bytes: data })).bytes;
  }
  return bytes;
}

export function hashOf(payload: string): string | null {
  const parsed = JSON.parse(payload) as { sha256?: unknown };
  return typeof parsed.sha256 === 'string' && /^[0-9a-f]{64}$/.test(parsed.sha256) ? parsed.sha256 : null;
}
