import { newId } from '../../../shared/ids';
import { PATHS, pushAckSchema, type PushEntry } from '../../../shared/sync/protocol';
import { statement, type ReadDb } from '../db/handles';
import { nextBatchSize, parseBatchSize } from './batch-size';
import { uploadMissingBlobs } from './blobs';
import { exchange, SyncClientError } from './http';
import { requireEnrolment, transportFor, type SyncOptions } from './options';
import { readState, writeState } from './sync-state';

export interface OutboxRow {
  seq: number;
  entry_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  operation: string;
  payload: string;
  created_at: string;
}

export interface PushResult {
  /** Entries in the batch sent (0: nothing was pending). */
  sent: number;
  /** Entries marked acknowledged by this push. */
  acknowledged: number;
  /** Bytes on the wire, blobs included. */
  bytes: number;
  /** Still pending after this push. */
  remaining: number;
  batchSize: number;
}

interface InFlight {
  batchId: string;
  entryIds: string[];
}

/**
 * Sends one batch of the outbox, oldest first, and marks exactly the entries
 * head office acknowledged, in one transaction. The batch is remembered
 * before it is sent: if the answer is lost, the next push resends the same
 * batch under the same id and gets the first answer back. A failure leaves
 * every entry pending and halves the batch size.
 */
export async function pushOnce(options: SyncOptions): Promise<PushResult> {
  const enrolment = requireEnrolment(options);
  const transport = transportFor(options, enrolment);
  const { store } = options;
  const batchSize = parseBatchSize(readState(store.read, 'batchSize'));
  const { batchId, rows } = nextBatch(store.read, batchSize);
  // Told to head office so its console shows each site's backlog.
  const pendingAfterBatch = pendingCount(store.read) - rows.length;
  if (rows.length === 0) return { sent: 0, acknowledged: 0, bytes: 0, remaining: 0, batchSize };
  store.transaction((tx) => writeState(tx, 'inFlightBatch', JSON.stringify({ batchId, entryIds: rows.map((r) => r.entry_id) } satisfies InFlight)));

  const started = Date.now();
  let bytes = 0;
  let ack;
  try {
    bytes += await uploadMissingBlobs(transport, store.read, rows);
    const sent = await exchange(transport, 'POST', PATHS.push, pushAckSchema, { json: { batchId, entries: rows.map(toEntry), pendingAfterBatch }, gzip: true });
    bytes += sent.bytes;
    ack = sent.value;
  } catch (error) {
    store.transaction((tx) => {
      writeState(tx, 'batchSize', String(nextBatchSize(batchSize, { ok: false })));
      if (!worthResending(error)) writeState(tx, 'inFlightBatch', null);
    });
    throw error;
  }
  if (ack.batchId !== batchId) throw new SyncClientError('protocol', '总部确认的批次不是所发批次 / head office acknowledged another batch');

  const inBatch = new Set(rows.map((r) => r.entry_id));
  const confirmed = ack.acknowledged.filter((id) => inBatch.has(id));
  const newSize = nextBatchSize(batchSize, { ok: true, ms: Date.now() - started });
  const at = options.now().toISOString();
  const marked = store.transaction((tx) => {
    const mark = statement(tx, 'UPDATE outbox SET acknowledged_at = ? WHERE entry_id = ? AND acknowledged_at IS NULL');
    let n = 0;
    for (const id of confirmed) n += mark.run(at, id).changes;
    writeState(tx, 'inFlightBatch', null);
    writeState(tx, 'batchSize', String(newSize));
    return n;
  });
  return { sent: rows.length, acknowledged: marked, bytes, remaining: pendingCount(store.read), batchSize: newSize };
}

/**
 * Whether the next push should resend this very batch. Yes when its answer
 * was lost (the server may hold it: the same id gets the same ack). No when
 * the server refused it (4xx: nothing was applied), and no after a timeout:
 * the halved batch size must take effect, or a batch too big for the link
 * would time out for ever. Entries the server did receive are acknowledged as
 * duplicates in the new batch, so exactly-once does not depend on the id.
 */
function worthResending(error: unknown): boolean {
  if (!(error instanceof SyncClientError)) return true;
  if (error.code === 'timeout') return false;
  return !(error.status >= 400 && error.status < 500);
}

/** The remembered batch if it is still pending, else the next `size` pending entries under a new id. */
function nextBatch(db: ReadDb, size: number): { batchId: string; rows: OutboxRow[] } {
  const raw = readState(db, 'inFlightBatch');
  if (raw) {
    const inFlight = JSON.parse(raw) as InFlight;
    const select = statement(db, 'SELECT * FROM outbox WHERE entry_id = ? AND acknowledged_at IS NULL');
    const rows = inFlight.entryIds.map((id) => select.get(id) as OutboxRow | undefined).filter((r): r is OutboxRow => r !== undefined);
    if (rows.length === inFlight.entryIds.length) return { batchId: inFlight.batchId, rows };
  }
  const rows = statement(db, 'SELECT * FROM outbox WHERE acknowledged_at IS NULL ORDER BY seq LIMIT ?').all(size) as OutboxRow[];
  return { batchId: newId(), rows };
}

export function pendingCount(db: ReadDb): number {
  return (statement(db, 'SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;
}

export function toEntry(row: OutboxRow): PushEntry {
  return {
    entryId: row.entry_id,
    entity: row.entity,
    entityId: row.entity_id,
    entityVersion: row.entity_version,
    operation: row.operation as PushEntry['operation'],
    payload: JSON.parse(row.payload) as PushEntry['payload'],
    createdAt: row.created_at,
  };
}
