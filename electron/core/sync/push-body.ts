import type { OutboxRow } from './outbox-repository';

/**
 * A push request (shared/sync/protocol.ts `pushRequestSchema`) as JSON text,
 * each entry's payload spliced in as the outbox holds it. The outbox's payload
 * is JSON text written by JSON.stringify (change-log/change-log.ts), so parsing
 * it only to stringify it again, 1 KB a complaint, was a fifth of the site's
 * share of a sync. The text equals JSON.stringify of the parsed request
 * (test/core/sync-push-body.test.ts).
 */
export function pushRequestText(batchId: string, rows: readonly OutboxRow[], pendingAfterBatch: number): string {
  const entries = rows.map(
    (row) =>
      `{"entryId":${JSON.stringify(row.entry_id)},"entity":${JSON.stringify(row.entity)},"entityId":${JSON.stringify(row.entity_id)},` +
      `"entityVersion":${JSON.stringify(row.entity_version)},"operation":${JSON.stringify(row.operation)},"payload":${row.payload},"createdAt":${JSON.stringify(row.created_at)}}`,
  );
  return `{"batchId":${JSON.stringify(batchId)},"entries":[${entries.join(',')}],"pendingAfterBatch":${JSON.stringify(pendingAfterBatch)}}`;
}
