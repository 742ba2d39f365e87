import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of the heat-supply side paths (migration 0048): `heat_stoppages` and `heat_room_measurements`. */

export interface StoppageRow {
  id: string;
  complaint_id: string;
  version: number;
  stopped_at: string;
  restored_at: string | null;
  fault_stops_supply: number;
  notice_at: string | null;
  notice_way: string | null;
  notice_to: string | null;
  notice_by: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}

export interface MeasurementRow {
  id: string;
  complaint_id: string;
  measured_at: string;
  user_type: string;
  temperature: number;
  contracted_min: number | null;
  recorded_by: string;
  recorded_at: string;
}

export type StoppageRead = StoppageRow & { recorded_by_name: string; notice_by_name: string | null };
export type MeasurementRead = MeasurementRow & { recorded_by_name: string };

export function stoppagesOf(db: ReadDb, complaintId: string): StoppageRead[] {
  return statement(
    db,
    `SELECT s.*, r.display_name AS recorded_by_name, n.display_name AS notice_by_name
     FROM heat_stoppages s JOIN users r ON r.id = s.recorded_by LEFT JOIN users n ON n.id = s.notice_by
     WHERE s.complaint_id = ? ORDER BY s.stopped_at, s.id`,
  ).all(complaintId) as StoppageRead[];
}

export function stoppageById(db: ReadDb, id: string): StoppageRow | undefined {
  return statement(db, 'SELECT * FROM heat_stoppages WHERE id = ?').get(id) as StoppageRow | undefined;
}

export function insertStoppage(tx: WriteDb, row: StoppageRow): void {
  statement(
    tx,
    `INSERT INTO heat_stoppages (id, complaint_id, version, stopped_at, restored_at, fault_stops_supply, notice_at, notice_way, notice_to, notice_by, recorded_by, recorded_at, updated_at)
     VALUES (@id, @complaint_id, @version, @stopped_at, @restored_at, @fault_stops_supply, @notice_at, @notice_way, @notice_to, @notice_by, @recorded_by, @recorded_at, @updated_at)`,
  ).run(row);
}

/** Updates a stoppage at the version the caller saw; false when it changed meanwhile. */
export function updateStoppage(tx: WriteDb, row: StoppageRow, seenVersion: number): boolean {
  const result = statement(
    tx,
    `UPDATE heat_stoppages SET version = @version, stopped_at = @stopped_at, restored_at = @restored_at, fault_stops_supply = @fault_stops_supply,
       notice_at = @notice_at, notice_way = @notice_way, notice_to = @notice_to, notice_by = @notice_by, updated_at = @updated_at
     WHERE id = @id AND version = @seen`,
  ).run({ ...row, seen: seenVersion });
  return result.changes === 1;
}

export function measurementsOf(db: ReadDb, complaintId: string): MeasurementRead[] {
  return statement(
    db,
    `SELECT m.*, u.display_name AS recorded_by_name FROM heat_room_measurements m JOIN users u ON u.id = m.recorded_by
     WHERE m.complaint_id = ? ORDER BY m.measured_at, m.id`,
  ).all(complaintId) as MeasurementRead[];
}

export function insertMeasurement(tx: WriteDb, row: MeasurementRow): void {
  statement(
    tx,
    `INSERT INTO heat_room_measurements (id, complaint_id, measured_at, user_type, temperature, contracted_min, recorded_by, recorded_at)
     VALUES (@id, @complaint_id, @measured_at, @user_type, @temperature, @contracted_min, @recorded_by, @recorded_at)`,
  ).run(row);
}
