import { v7 } from 'uuid';

/**
 * The id of every record, outbox entry, batch and file this program makes:
 * a UUIDv7 (RFC 9562), unique without coordination like a random v4 id, but
 * ordered by creation time. Ordered ids matter at head office: each pushed
 * entry and record lands in several indexes keyed by these ids, and random
 * ids scattered every 1000-entry batch over hundreds of index pages (each
 * written again at the batch's commit), where time-ordered ids append at the
 * right edge. Not a secret: credentials and tokens come from crypto.randomBytes.
 */
export function newId(): string {
  return v7();
}
