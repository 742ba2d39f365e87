import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of the testing station's re-tests and report withdrawals (migration 0048): `report_retests`, `report_withdrawals`. */

export interface RetestRow {
  id: string;
  complaint_id: string;
  report_number: string;
  sample_code: string;
  sample_basis: string;
  resample_reason: string | null;
  tester_one: string;
  tester_two: string;
  tested_at: string;
  result: string;
  original_correct: number;
  recorded_by: string;
  recorded_at: string;
}

export interface WithdrawalRow {
  id: string;
  complaint_id: string;
  retest_id: string;
  reason: string;
  approved_by: string;
  withdrawn_at: string;
  corrected_report_number: string;
  recorded_by: string;
  recorded_at: string;
}

export type RetestRead = RetestRow & {
  tester_one_name: string;
  tester_two_name: string;
  recorded_by_name: string;
  w_reason: string | null;
  w_approved_by_name: string | null;
  w_withdrawn_at: string | null;
  w_corrected_report_number: string | null;
  w_recorded_by_name: string | null;
};

export function retestsOf(db: ReadDb, complaintId: string): RetestRead[] {
  return statement(
    db,
    `SELECT r.*, t1.display_name AS tester_one_name, t2.display_name AS tester_two_name, rb.display_name AS recorded_by_name,
       w.reason AS w_reason, wa.display_name AS w_approved_by_name, w.withdrawn_at AS w_withdrawn_at,
       w.corrected_report_number AS w_corrected_report_number, wr.display_name AS w_recorded_by_name
     FROM report_retests r
     JOIN users t1 ON t1.id = r.tester_one JOIN users t2 ON t2.id = r.tester_two JOIN users rb ON rb.id = r.recorded_by
     LEFT JOIN report_withdrawals w ON w.retest_id = r.id
     LEFT JOIN users wa ON wa.id = w.approved_by LEFT JOIN users wr ON wr.id = w.recorded_by
     WHERE r.complaint_id = ? ORDER BY r.tested_at, r.id`,
  ).all(complaintId) as RetestRead[];
}

export function retestById(db: ReadDb, id: string): RetestRow | undefined {
  return statement(db, 'SELECT * FROM report_retests WHERE id = ?').get(id) as RetestRow | undefined;
}

export function withdrawalOfRetest(db: ReadDb, retestId: string): WithdrawalRow | undefined {
  return statement(db, 'SELECT * FROM report_withdrawals WHERE retest_id = ?').get(retestId) as WithdrawalRow | undefined;
}

/** The appealed report's number as registered on the complaint (a record field of its pack). */
export function recordedReportNumber(db: ReadDb, complaintId: string, fieldId: string): string | undefined {
  const row = statement(db, 'SELECT value FROM complaint_record_fields WHERE complaint_id = ? AND field_id = ?').get(complaintId, fieldId) as { value: string } | undefined;
  return row?.value;
}

export function insertRetest(tx: WriteDb, row: RetestRow): void {
  statement(
    tx,
    `INSERT INTO report_retests (id, complaint_id, report_number, sample_code, sample_basis, resample_reason, tester_one, tester_two, tested_at, result, original_correct, recorded_by, recorded_at)
     VALUES (@id, @complaint_id, @report_number, @sample_code, @sample_basis, @resample_reason, @tester_one, @tester_two, @tested_at, @result, @original_correct, @recorded_by, @recorded_at)`,
  ).run(row);
}

export function insertWithdrawal(tx: WriteDb, row: WithdrawalRow): void {
  statement(
    tx,
    `INSERT INTO report_withdrawals (id, complaint_id, retest_id, reason, approved_by, withdrawn_at, corrected_report_number, recorded_by, recorded_at)
     VALUES (@id, @complaint_id, @retest_id, @reason, @approved_by, @withdrawn_at, @corrected_report_number, @recorded_by, @recorded_at)`,
  ).run(row);
}
