import { setImmediate as nextTurn } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { newId } from '../../../shared/ids';
import { PATHS, pushAckSchema, type PushAck, type PushEntry } from '../../../shared/sync/protocol';
import type { ReadDb } from '../db/handles';
import type { Store } from '../db/store';
import { linkMs, nextBatchSize, parseBatchSize } from './batch-size';
import { pushRequestText } from './push-body';
import { uploadMissingBlobs } from './blobs';
import { exchange, SyncClientError, type Transport } from './http';
import { requireEnrolment, transportFor, type SyncOptions } from './options';
import { pruneAcknowledgedOutbox } from './prune';
import { acknowledgeOutboxSeqs, pendingOutboxCount, pendingOutboxCountAfter, pendingOutboxExtent, pendingOutboxRow, pendingOutboxRows, type OutboxRow } from './outbox-repository';
import { busyWaitMs, isServerBusy, SERVER_BUSY, sleep } from './server-busy';
import { readState, writeState } from './sync-state';

export interface PushResult {
  /** Entries in the batches sent (0: nothing was pending). */
  sent: number;
  /** Entries marked acknowledged by this push. */
  acknowledged: number;
  /** Bytes on the wire, blobs included. */
  bytes: number;
  /** Still pending after this push. */
  remaining: number;
  batchSize: number;
}

/** Told of each acknowledged batch: entries it marked sent, bytes it put on the wire. */
type BatchListener = (batch: { acknowledged: number; bytes: number }) => void;

interface InFlight {
  batchId: string;
  entryIds: string[];
}

/** A batch read from the outbox and compressed, ready to send. */
interface PreparedBatch {
  batchId: string;
  rows: OutboxRow[];
  /** The gzip'd push request. */
  body: Uint8Array;
}

/** Bounds one push of the whole outbox, so it ends even if the outbox fills as fast as it drains. */
const MAX_BATCHES = 10_000;

/**
 * Sends one batch of the outbox, oldest first, and marks exactly the entries
 * head office acknowledged. What `pushAll` does for each of its batches.
 */
export async function pushOnce(options: SyncOptions): Promise<PushResult> {
  return pushBatches(options, 1);
}

/**
 * Sends the whole outbox batch by batch, oldest first. The batch is
 * remembered before it is sent: if the answer is lost, the next push resends
 * the same batch under the same id and gets the first answer back. Exactly the
 * entries head office acknowledged are marked, in the transaction that also
 * remembers the next batch. A failure leaves every unacknowledged entry
 * pending and halves the batch size.
 *
 * While head office applies one batch, the next is read and compressed, so
 * the site's work and head office's overlap instead of taking turns.
 * `onBatch` hears of each acknowledged batch (progress).
 */
export async function pushAll(options: SyncOptions, onBatch?: BatchListener): Promise<PushResult> {
  return pushBatches(options, MAX_BATCHES, onBatch);
}

async function pushBatches(options: SyncOptions, maxBatches: number, onBatch?: BatchListener): Promise<PushResult> {
  const transport = transportFor(options, requireEnrolment(options));
  const { store } = options;
  let size = parseBatchSize(readState(store.read, 'batchSize'));
  const total: PushResult = { sent: 0, acknowledged: 0, bytes: 0, remaining: 0, batchSize: size };

  const backlog = new Backlog(store.read);
  let current = prepareBatch(store.read, size, backlog, resumedBatch(store.read));
  if (!current) return total;
  const first = current;
  store.transaction((tx) => writeState(tx, 'inFlightBatch', inFlightState(first)));
  let sending = startSending(transport, store.read, current);
  for (let n = 1; ; n++) {
    let next: PreparedBatch | null = null;
    if (n < maxBatches) {
      // Let the request reach the socket, then prepare the next batch while head office works.
      await nextTurn();
      next = prepareBatch(store.read, size, backlog, { after: current.rows[current.rows.length - 1]!.seq });
    }
    const answer = await acknowledgedAnswer(options, transport, current, sending, size);
    size = nextBatchSize(size, { ok: true, ms: linkMs(Date.now() - answer.started, answer.serverMs) });

    // The next batch leaves before this one's acknowledgement is written, so the
    // link never waits for the site's commit. It is remembered in that commit:
    // should the program stop before it, the next run resends this batch under
    // its id (the first answer comes back) and head office acknowledges the
    // next one's entries as duplicates, applying nothing twice.
    if (next) sending = startSending(transport, store.read, next);
    const marked = markAcknowledged(store, current, answer.ack, next, size, options.now().toISOString());
    total.sent += current.rows.length;
    total.acknowledged += marked;
    total.bytes += answer.bytes;
    total.batchSize = size;
    if (marked === 0) throw new SyncClientError('protocol', '总部没有确认任何条目，已停止本次同步 / head office acknowledged nothing; sync stopped');
    onBatch?.({ acknowledged: marked, bytes: answer.bytes });
    if (!next) break;
    current = next;
  }
  total.remaining = pendingCount(store.read);
  return total;
}

type Outcome = { ok: true; ack: PushAck; bytes: number; serverMs?: number } | { ok: false; error: unknown };

/** A batch on its way: its answer to come, and when it left (the link's time is measured from there). */
interface Sending {
  answer: Promise<Outcome>;
  started: number;
}

function startSending(transport: Transport, db: ReadDb, batch: PreparedBatch): Sending {
  const started = Date.now();
  return { answer: send(transport, db, batch), started };
}

/**
 * Head office's acknowledgement of the batch being sent. A busy head office
 * gets the same batch again, when it said (server-busy.ts). A failure halves
 * the batch size, forgets the batch unless it is worth resending, and is
 * thrown; so is an acknowledgement of another batch.
 */
async function acknowledgedAnswer(options: SyncOptions, transport: Transport, batch: PreparedBatch, sending: Sending, size: number) {
  let { started } = sending;
  let outcome = await sending.answer;
  for (let busy = 1; !outcome.ok && isServerBusy(outcome.error) && busy <= SERVER_BUSY.retries; busy++) {
    await (options.sleep ?? sleep)(busyWaitMs(outcome.error, busy, options.random ?? Math.random), options.signal);
    started = Date.now();
    outcome = await send(transport, options.store.read, batch);
  }
  if (!outcome.ok) {
    const { error } = outcome;
    options.store.transaction((tx) => {
      writeState(tx, 'batchSize', String(nextBatchSize(size, { ok: false, serverBusy: isServerBusy(error) })));
      if (!worthResending(error)) writeState(tx, 'inFlightBatch', null);
    });
    throw error;
  }
  if (outcome.ack.batchId !== batch.batchId) throw new SyncClientError('protocol', '总部确认的批次不是所发批次 / head office acknowledged another batch');
  return { ...outcome, started };
}

/**
 * Marks, by outbox position (the table's own key), only the entries of this
 * batch head office named, and remembers the batch now on its way (if any)
 * with the new batch size, in one transaction, pruning what was acknowledged
 * longer ago than the kept window (prune.ts). Returns how many it marked.
 */
function markAcknowledged(store: Store, batch: PreparedBatch, ack: PushAck, following: PreparedBatch | null, size: number, at: string): number {
  const seqOf = new Map(batch.rows.map((r) => [r.entry_id, r.seq]));
  const confirmed = ack.acknowledged.map((id) => seqOf.get(id)).filter((seq): seq is number => seq !== undefined);
  return store.transaction((tx) => {
    const changed = acknowledgeOutboxSeqs(tx, confirmed, at);
    pruneAcknowledgedOutbox(tx, at);
    writeState(tx, 'inFlightBatch', following ? inFlightState(following) : null);
    writeState(tx, 'batchSize', String(size));
    return changed;
  });
}

/** Uploads the images a batch names, then the batch; settles with the answer or the failure, never rejects. */
async function send(transport: Transport, db: ReadDb, batch: PreparedBatch): Promise<Outcome> {
  try {
    const blobBytes = await uploadMissingBlobs(transport, db, batch.rows);
    const sent = await exchange(transport, 'POST', PATHS.push, pushAckSchema, { gzippedJson: batch.body });
    return { ok: true, ack: sent.value, bytes: blobBytes + sent.bytes, ...(sent.serverMs === undefined ? {} : { serverMs: sent.serverMs }) };
  } catch (error) {
    return { ok: false, error };
  }
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

function inFlightState(batch: PreparedBatch): string {
  return JSON.stringify({ batchId: batch.batchId, entryIds: batch.rows.map((r) => r.entry_id) } satisfies InFlight);
}

/** The remembered batch, if every entry of it is still pending. */
function resumedBatch(db: ReadDb): { resume: { batchId: string; rows: OutboxRow[] } } | undefined {
  const raw = readState(db, 'inFlightBatch');
  if (!raw) return undefined;
  const inFlight = JSON.parse(raw) as InFlight;
  const rows = inFlight.entryIds.map((id) => pendingOutboxRow(db, id)).filter((r): r is OutboxRow => r !== undefined);
  return rows.length === inFlight.entryIds.length && rows.length > 0 ? { resume: { batchId: inFlight.batchId, rows } } : undefined;
}

/**
 * The batch to send: the remembered one, or the next `size` pending entries
 * (after the given outbox position) under a new id; null when none is pending.
 */
function prepareBatch(db: ReadDb, size: number, backlog: Backlog, from: { resume: { batchId: string; rows: OutboxRow[] } } | { after: number } | undefined): PreparedBatch | null {
  let batchId: string;
  let rows: OutboxRow[];
  if (from && 'resume' in from) ({ batchId, rows } = from.resume);
  else {
    batchId = newId();
    rows = pendingOutboxRows(db, from?.after ?? 0, size);
  }
  if (rows.length === 0) return null;
  return { batchId, rows, body: gzipSync(pushRequestText(batchId, rows, backlog.after(rows))) };
}

/**
 * Entries still pending once a batch is acknowledged, told to head office for
 * its console, without counting the queue at every batch (at 100,000 pending,
 * the count took milliseconds a batch): counted once at the start, less what
 * each batch takes from it, plus whatever the site wrote after that count.
 * Batches leave in outbox order, so every entry of the first count is taken
 * in turn.
 */
class Backlog {
  private readonly atStart: { n: number; top: number };
  private taken = 0;

  constructor(private readonly db: ReadDb) {
    this.atStart = pendingOutboxExtent(db);
  }

  after(rows: readonly OutboxRow[]): number {
    const { n, top } = this.atStart;
    this.taken += rows.filter((r) => r.seq <= top).length;
    const last = rows[rows.length - 1]!.seq;
    const written = pendingOutboxCountAfter(this.db, Math.max(top, last));
    return Math.max(0, n - this.taken) + written;
  }
}

export function pendingCount(db: ReadDb): number {
  return pendingOutboxCount(db);
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
