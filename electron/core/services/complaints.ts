import { randomUUID } from 'node:crypto';
import type { Complaint } from '../../../shared/api/complaints';
import type { Channel, ComplaintKind, ComplaintStatus, Remedy } from '../../../shared/domain/complaint-vocabulary';
import { formatSerialNumber, localDayOf } from '../../../shared/domain/serial-number';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

interface ComplaintRow {
  id: string;
  serial: string;
  kind: ComplaintKind;
  channel: Channel;
  status: ComplaintStatus;
  customer_name: string;
  customer_phone: string | null;
  content: string;
  remedy: Remedy | null;
  first_receiver_id: string;
  first_receiver_name: string;
  received_at: string;
  entered_at: string;
  updated_at: string;
  version: number;
}

const SELECT_COMPLAINT = `
  SELECT c.*, u.display_name AS first_receiver_name
  FROM complaints c JOIN users u ON u.id = c.first_receiver_id`;

function toComplaint(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    serial: row.serial,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    content: row.content,
    remedy: row.remedy,
    firstReceiverId: row.first_receiver_id,
    firstReceiverName: row.first_receiver_name,
    receivedAt: row.received_at,
    enteredAt: row.entered_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function getComplaint(db: ReadDb, id: string): Complaint | null {
  const row = statement(db, `${SELECT_COMPLAINT} WHERE c.id = ?`).get(id) as ComplaintRow | undefined;
  return row ? toComplaint(row) : null;
}

/** Newest first, by received time; the cursor is the last row's `received_at|id`. */
export function listComplaints(db: ReadDb, limit: number, after?: string): { items: Complaint[]; total: number; nextCursor: string | null } {
  const [afterReceived, afterId] = after ? splitCursor(after) : [null, null];
  const rows = (
    afterReceived === null
      ? statement(db, `${SELECT_COMPLAINT} ORDER BY c.received_at DESC, c.id DESC LIMIT ?`).all(limit + 1)
      : statement(
          db,
          `${SELECT_COMPLAINT} WHERE (c.received_at, c.id) < (?, ?) ORDER BY c.received_at DESC, c.id DESC LIMIT ?`,
        ).all(afterReceived, afterId, limit + 1)
  ) as ComplaintRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const { total } = statement(db, 'SELECT count(*) AS total FROM complaints').get() as { total: number };
  return {
    items: page.map(toComplaint),
    total,
    nextCursor: rows.length > limit && last ? `${last.received_at}|${last.id}` : null,
  };
}

function splitCursor(cursor: string): [string, string] {
  const bar = cursor.lastIndexOf('|');
  return bar < 0 ? [cursor, ''] : [cursor.slice(0, bar), cursor.slice(bar + 1)];
}

export interface NewComplaintRecord {
  kind: ComplaintKind;
  channel: Channel;
  customerName: string;
  customerPhone?: string | undefined;
  content: string;
  remedy?: Remedy | undefined;
  receivedAt: Date;
  firstReceiverId: string;
}

/** The next serial of the site's day, taken inside the caller's transaction so two saves never share one. */
function nextSerial(tx: WriteDb, siteCode: string, day: string): string {
  const { last_sequence } = statement(
    tx,
    `INSERT INTO serial_counters (day, last_sequence) VALUES (?, 1)
     ON CONFLICT (day) DO UPDATE SET last_sequence = last_sequence + 1
     RETURNING last_sequence`,
  ).get(day) as { last_sequence: number };
  return formatSerialNumber(siteCode, day, last_sequence);
}

export function createComplaint(
  tx: WriteDb,
  input: NewComplaintRecord,
  site: { code: string; timeZone: string },
  actorId: string,
  at: Date,
): Complaint {
  const id = randomUUID();
  const serial = nextSerial(tx, site.code, localDayOf(at, site.timeZone));
  const now = at.toISOString();
  statement(
    tx,
    `INSERT INTO complaints (id, serial, kind, channel, status, customer_name, customer_phone, content, remedy,
       first_receiver_id, received_at, entered_at, created_by, updated_at, version)
     VALUES (?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    id,
    serial,
    input.kind,
    input.channel,
    input.customerName,
    input.customerPhone ?? null,
    input.content,
    input.remedy ?? null,
    input.firstReceiverId,
    input.receivedAt.toISOString(),
    now,
    actorId,
    now,
  );
  const complaint = getComplaint(tx, id)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'complaints.create',
    entity: 'complaint',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: complaint,
    syncPayload: complaint,
  });
  return complaint;
}
