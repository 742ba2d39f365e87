import type { MineEventRow } from '../../../shared/api/mine-level';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of a mine's level events (`mine_level_events`, migration 0019). */

interface EventRow {
  id: string;
  kind: MineEventRow['kind'];
  occurred_on: string;
  level: MineEventRow['level'];
  accident_class: MineEventRow['accidentClass'];
  cause: MineEventRow['cause'];
  note: string;
  entered_by_name: string;
  entered_at: string;
  voided_by_name: string | null;
  voided_at: string | null;
  void_reason: string | null;
  version: number;
}

const SELECT = `SELECT e.*, u.display_name AS entered_by_name, v.display_name AS voided_by_name
  FROM mine_level_events e JOIN users u ON u.id = e.entered_by LEFT JOIN users v ON v.id = e.voided_by`;

const toEvent = (r: EventRow): MineEventRow => ({
  id: r.id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  level: r.level,
  accidentClass: r.accident_class,
  cause: r.cause,
  note: r.note,
  enteredByName: r.entered_by_name,
  enteredAt: r.entered_at,
  voided: r.voided_at ? { byName: r.voided_by_name ?? '', at: r.voided_at, reason: r.void_reason ?? '' } : null,
  version: r.version,
});

/** Every event, voided ones too, by date then entry. */
export function mineEvents(db: ReadDb): MineEventRow[] {
  return (statement(db, `${SELECT} ORDER BY e.occurred_on, e.entered_at`).all() as EventRow[]).map(toEvent);
}

export function mineEvent(db: ReadDb, id: string): MineEventRow | undefined {
  const row = statement(db, `${SELECT} WHERE e.id = ?`).get(id) as EventRow | undefined;
  return row ? toEvent(row) : undefined;
}

/** The stored row, as audited and sent to head office. */
export function mineEventRecord(db: ReadDb, id: string): Record<string, unknown> {
  return statement(db, 'SELECT * FROM mine_level_events WHERE id = ?').get(id) as Record<string, unknown>;
}

export function insertMineEvent(
  tx: WriteDb,
  event: { id: string; kind: string; occurredOn: string; level: string | null; accidentClass: string | null; cause: string | null; note: string; enteredBy: string; enteredAt: string },
): void {
  statement(
    tx,
    `INSERT INTO mine_level_events (id, kind, occurred_on, level, accident_class, cause, note, entered_by, entered_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(event.id, event.kind, event.occurredOn, event.level, event.accidentClass, event.cause, event.note, event.enteredBy, event.enteredAt);
}

/** Marks it voided; returns the new version. */
export function voidMineEvent(tx: WriteDb, id: string, by: string, at: string, reason: string): number {
  statement(tx, 'UPDATE mine_level_events SET voided_by = ?, voided_at = ?, void_reason = ?, version = version + 1 WHERE id = ?').run(by, at, reason, id);
  return (statement(tx, 'SELECT version FROM mine_level_events WHERE id = ?').get(id) as { version: number }).version;
}

export function siteTimeZone(db: ReadDb): string {
  return (statement(db, 'SELECT time_zone FROM site WHERE singleton = 1').get() as { time_zone: string } | undefined)?.time_zone ?? 'Asia/Shanghai';
}
