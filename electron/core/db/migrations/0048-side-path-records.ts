import type { Migration } from './migration';

/**
 * Records of two organisations' side paths (issue 23 item 3), each tied to a complaint:
 * - `heat_stoppages`: a heat stoppage of seed002 客户管理制度11 九(三) — when the heat stopped and came
 *   back (null while it is still off), whether the station judged a fault to stop normal supply, and the
 *   notice given (when, how: 通知用户 or 公告, to whom, by whom). Whether a notice is due is computed from
 *   the times and the pack, never stored. Versioned: the restoration and the notice come later.
 * - `heat_room_measurements`: a room temperature measured for the complaint (七(一)、八), the kind of user
 *   and the contracted minimum where the source leaves it to the contract; the band is computed from the
 *   measuring time. Append-only.
 * - `report_retests`: a re-test of 客户管理制度6 2.2.2–2.2.5 on the sample's code (密码编号), on the
 *   original sample or a new one with the reason, by two different testers at once, its result and whether
 *   the original result stood. Append-only.
 * - `report_withdrawals`: the original report withdrawn and voided (收回、加盖作废章) after a re-test
 *   proved it wrong, approved by the authorised signatory, with the reason and the corrected report's
 *   number. One per re-test. Append-only.
 */
export const migration0048: Migration = {
  id: 48,
  name: 'side-path-records',
  sql: `
CREATE TABLE heat_stoppages (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  stopped_at TEXT NOT NULL,
  restored_at TEXT CHECK (restored_at IS NULL OR restored_at > stopped_at),
  fault_stops_supply INTEGER NOT NULL CHECK (fault_stops_supply IN (0, 1)),
  notice_at TEXT,
  notice_way TEXT CHECK (notice_way IS NULL OR notice_way IN ('notifyUsers', 'announcement')),
  notice_to TEXT CHECK (notice_to IS NULL OR length(notice_to) BETWEEN 1 AND 500),
  notice_by TEXT REFERENCES users(id),
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((notice_at IS NULL) = (notice_way IS NULL) AND (notice_at IS NULL) = (notice_to IS NULL) AND (notice_at IS NULL) = (notice_by IS NULL))
) STRICT;
CREATE INDEX heat_stoppages_complaint ON heat_stoppages (complaint_id, stopped_at);

CREATE TABLE heat_room_measurements (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  measured_at TEXT NOT NULL,
  user_type TEXT NOT NULL CHECK (user_type IN ('building', 'bungalow', 'nonResidential')),
  temperature REAL NOT NULL CHECK (temperature BETWEEN -50 AND 60),
  contracted_min REAL CHECK (contracted_min IS NULL OR contracted_min BETWEEN -50 AND 60),
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX heat_room_measurements_complaint ON heat_room_measurements (complaint_id, measured_at);
CREATE TRIGGER heat_room_measurements_no_update BEFORE UPDATE ON heat_room_measurements
BEGIN SELECT RAISE(ABORT, 'heat_room_measurements is append-only'); END;
CREATE TRIGGER heat_room_measurements_no_delete BEFORE DELETE ON heat_room_measurements
BEGIN SELECT RAISE(ABORT, 'heat_room_measurements is append-only'); END;

CREATE TABLE report_retests (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  report_number TEXT NOT NULL CHECK (length(report_number) BETWEEN 1 AND 200),
  sample_code TEXT NOT NULL CHECK (length(sample_code) BETWEEN 1 AND 200),
  sample_basis TEXT NOT NULL CHECK (sample_basis IN ('original', 'resampled')),
  resample_reason TEXT CHECK ((sample_basis = 'resampled') = (resample_reason IS NOT NULL)),
  tester_one TEXT NOT NULL REFERENCES users(id),
  tester_two TEXT NOT NULL REFERENCES users(id),
  tested_at TEXT NOT NULL,
  result TEXT NOT NULL CHECK (length(result) BETWEEN 1 AND 2000),
  original_correct INTEGER NOT NULL CHECK (original_correct IN (0, 1)),
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL,
  CHECK (tester_one <> tester_two)
) STRICT;
CREATE INDEX report_retests_complaint ON report_retests (complaint_id, tested_at);
CREATE TRIGGER report_retests_no_update BEFORE UPDATE ON report_retests
BEGIN SELECT RAISE(ABORT, 'report_retests is append-only'); END;
CREATE TRIGGER report_retests_no_delete BEFORE DELETE ON report_retests
BEGIN SELECT RAISE(ABORT, 'report_retests is append-only'); END;

CREATE TABLE report_withdrawals (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  retest_id TEXT NOT NULL UNIQUE REFERENCES report_retests(id),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  approved_by TEXT NOT NULL REFERENCES users(id),
  withdrawn_at TEXT NOT NULL,
  corrected_report_number TEXT NOT NULL CHECK (length(corrected_report_number) BETWEEN 1 AND 200),
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX report_withdrawals_complaint ON report_withdrawals (complaint_id);
CREATE TRIGGER report_withdrawals_no_update BEFORE UPDATE ON report_withdrawals
BEGIN SELECT RAISE(ABORT, 'report_withdrawals is append-only'); END;
CREATE TRIGGER report_withdrawals_no_delete BEFORE DELETE ON report_withdrawals
BEGIN SELECT RAISE(ABORT, 'report_withdrawals is append-only'); END;
`,
};
