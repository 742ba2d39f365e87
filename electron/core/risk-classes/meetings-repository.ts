import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * The SQL of the meetings of seed000 第二篇 三、 (migration 0047): the
 * `risk_meetings` row and its lists, each in a child table (issue 22 §3):
 * `risk_meeting_kinds`, `risk_meeting_attendees` and `risk_meeting_customers`.
 */

export interface MeetingRow {
  id: string;
  held_on: string;
  conclusions: string;
  recorded_by: string;
  recorded_at: string;
}

/** A meeting's lists as written: attendees and customers in the order entered. */
export interface MeetingLists {
  kinds: readonly string[];
  attendees: readonly string[];
  customerIds: readonly string[];
}

/** A meeting's lists as read, customers with their names. */
export interface MeetingListsRead {
  kinds: string[];
  attendees: string[];
  customers: { id: string; name: string }[];
}

/** Inserts a meeting and its lists; the foreign keys refuse a customer that is not on the store. */
export function insertMeeting(tx: WriteDb, row: MeetingRow, lists: MeetingLists): void {
  statement(
    tx,
    `INSERT INTO risk_meetings (id, held_on, conclusions, recorded_by, recorded_at)
     VALUES (@id, @held_on, @conclusions, @recorded_by, @recorded_at)`,
  ).run(row);
  const kind = statement(tx, 'INSERT INTO risk_meeting_kinds (meeting_id, kind) VALUES (?, ?)');
  for (const k of lists.kinds) kind.run(row.id, k);
  const attendee = statement(tx, 'INSERT INTO risk_meeting_attendees (meeting_id, position, name) VALUES (?, ?, ?)');
  lists.attendees.forEach((name, position) => attendee.run(row.id, position, name));
  const customer = statement(tx, 'INSERT INTO risk_meeting_customers (meeting_id, position, customer_id) VALUES (?, ?, ?)');
  lists.customerIds.forEach((customerId, position) => customer.run(row.id, position, customerId));
}

/** A meeting's lists: attendees and customers (with their names) in the order entered; kinds are a set, in no order. */
export function listsOfMeeting(db: ReadDb, meetingId: string): MeetingListsRead {
  const kinds = statement(db, 'SELECT kind FROM risk_meeting_kinds WHERE meeting_id = ?').all(meetingId) as { kind: string }[];
  const attendees = statement(db, 'SELECT name FROM risk_meeting_attendees WHERE meeting_id = ? ORDER BY position').all(meetingId) as { name: string }[];
  const customers = statement(
    db,
    `SELECT c.id, c.name FROM risk_meeting_customers mc JOIN customers c ON c.id = mc.customer_id
     WHERE mc.meeting_id = ? ORDER BY mc.position`,
  ).all(meetingId) as { id: string; name: string }[];
  return { kinds: kinds.map((k) => k.kind), attendees: attendees.map((a) => a.name), customers };
}

/** The meetings held from `fromDay` to `toDay`, by day, with who recorded each. */
export function meetingsHeldBetween(db: ReadDb, fromDay: string, toDay: string): (MeetingRow & { recorded_by_name: string })[] {
  return statement(
    db,
    `SELECT m.*, u.display_name AS recorded_by_name FROM risk_meetings m JOIN users u ON u.id = m.recorded_by
     WHERE m.held_on BETWEEN ? AND ? ORDER BY m.held_on, m.recorded_at, m.id`,
  ).all(fromDay, toDay) as (MeetingRow & { recorded_by_name: string })[];
}

/** The meetings that discussed the customer, by day, with who recorded each. */
export function meetingsOfCustomer(db: ReadDb, customerId: string): (MeetingRow & { recorded_by_name: string })[] {
  return statement(
    db,
    `SELECT m.*, u.display_name AS recorded_by_name FROM risk_meeting_customers mc
     JOIN risk_meetings m ON m.id = mc.meeting_id JOIN users u ON u.id = m.recorded_by
     WHERE mc.customer_id = ? ORDER BY m.held_on, m.recorded_at, m.id`,
  ).all(customerId) as (MeetingRow & { recorded_by_name: string })[];
}

/** Every class change of every customer, oldest first: the class on a day is the newest decided by then. */
export function classChangeDays(db: ReadDb): { customer_id: string; to_class: string; decided_at: string }[] {
  return statement(db, 'SELECT customer_id, to_class, decided_at FROM risk_class_changes ORDER BY decided_at, rowid').all() as { customer_id: string; to_class: string; decided_at: string }[];
}

/** The customers among `ids` that are on the store, by name (json_each binds the id list as one parameter; nothing stored is JSON). */
export function namesOfCustomers(db: ReadDb, ids: readonly string[]): { id: string; name: string }[] {
  return statement(db, 'SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name').all(JSON.stringify(ids)) as { id: string; name: string }[];
}
