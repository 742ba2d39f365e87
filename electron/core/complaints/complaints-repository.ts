import { phoneDigits } from '../../../shared/domain/phone-digits';
import { OPEN_STATUSES } from '../../../shared/domain/workflow';
import { NOTIFIED_OF_COMPLAINT } from '../clocks/notified-repository';
import { APPROVALS_OF_COMPLAINT } from '../procedure/procedure-repository';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { COMPLAINT_LIST_COLUMNS, insertTickedCriteria } from './complaint-lists-repository';
import type { ComplaintRow } from './complaint-rows';
import { RECORD_FIELDS_OF_COMPLAINT } from '../record-fields/index';
import type { NewComplaintRecord } from './complaints';

/** The complaints table's SQL (rows, serials, grade columns, re-grading marks); the list queries are in complaint-list-repository.ts. */

/**
 * "The same problem this month" (seed004 §I): complaints with the same problem
 * code received from the first of the month (Beijing time, as the calendar
 * counts) up to this one, this one included. Earlier complaints keep their
 * count, so the third of a month is the one that turns serious.
 */
const SAME_PROBLEM_COUNT = `
  CASE WHEN c.problem_code IS NULL THEN NULL ELSE (
    SELECT count(*) FROM complaints p
    WHERE p.problem_code = c.problem_code
      AND p.received_at >= ${beijingMonthStart('c.received_at')}
      AND p.received_at <= c.received_at
  ) END`;

/** SQL for the first of the month, 00:00 Beijing time, of an ISO instant, as an ISO instant (comparable with `received_at`). */
export function beijingMonthStart(instant: string): string {
  return `strftime('%Y-%m-%dT%H:%M:%fZ', strftime('%Y-%m-01', ${instant}, '+8 hours'), '-8 hours')`;
}

export const SELECT_COMPLAINT = `
  SELECT c.rowid, c.*, u.display_name AS first_receiver_name, o.display_name AS override_by_name,
    a.display_name AS assignee_name, s.display_name AS subject_user_name, r.display_name AS solution_resolver_name,
    rp.serial AS repeat_of_serial, ${SAME_PROBLEM_COUNT} AS same_problem_count, lp.display_name AS late_plan_by_name,
    (SELECT group_concat(DISTINCT x.reason_code) FROM complaint_escalations x WHERE x.complaint_id = c.id) AS escalation_reasons,
    (SELECT json_group_array(json_object('code', x.reason_code, 'at', x.at)) FROM complaint_escalations x WHERE x.complaint_id = c.id) AS escalations_json,
    ${NOTIFIED_OF_COMPLAINT} AS notified_json, ${APPROVALS_OF_COMPLAINT} AS approvals_json, ${COMPLAINT_LIST_COLUMNS}, ${RECORD_FIELDS_OF_COMPLAINT} AS record_fields
  FROM complaints c
  JOIN users u ON u.id = c.first_receiver_id
  LEFT JOIN users o ON o.id = c.override_by
  LEFT JOIN users a ON a.id = c.assignee_id
  LEFT JOIN users s ON s.id = c.subject_user_id
  LEFT JOIN users r ON r.id = c.solution_resolver_id
  LEFT JOIN complaints rp ON rp.id = c.repeat_of
  LEFT JOIN users lp ON lp.id = c.late_plan_by`;

export function getRow(db: ReadDb, id: string): ComplaintRow | undefined {
  return statement(db, `${SELECT_COMPLAINT} WHERE c.id = ?`).get(id) as ComplaintRow | undefined;
}

export function complaintExists(db: ReadDb, id: string): boolean {
  return statement(db, 'SELECT 1 FROM complaints WHERE id = ?').get(id) !== undefined;
}

/** Complaints with this problem code received from the first of `at`'s Beijing month up to `at`. */
export function countSameProblemSince(db: ReadDb, problemCode: string, at: string): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM complaints
       WHERE problem_code = @code
         AND received_at >= ${beijingMonthStart('@at')}
         AND received_at <= @at`,
    ).get({ code: problemCode, at }) as { n: number }
  ).n;
}

/** The next sequence number of the site's day, taken inside the caller's transaction so two saves never share one. */
export function takeSerialSequence(tx: WriteDb, day: string): number {
  return (
    statement(
      tx,
      `INSERT INTO serial_counters (day, last_sequence) VALUES (?, 1)
       ON CONFLICT (day) DO UPDATE SET last_sequence = last_sequence + 1
       RETURNING last_sequence`,
    ).get(day) as { last_sequence: number }
  ).last_sequence;
}

/** The new row as received, with the store's own fields (migration 0030's trigger indexes it for search). */
export function insertComplaintRow(tx: WriteDb, own: { id: string; serial: string; now: string; actorId: string }, input: NewComplaintRecord): void {
  const { id, serial, now, actorId } = own;
  statement(
    tx,
    `INSERT INTO complaints (id, serial, kind, channel, status, customer_name, customer_phone, content, remedy,
       first_receiver_id, received_at, entered_at, created_by, updated_at, version,
       direct_loss, group_size, affected_share, media_involved, regulator_involved,
       pack_facts, problem_code, subject_user_id, proposed_solution, repeat_of, customer_id, product, batch_no, quantity, quantity_unit, restatement,
       cause_code, repeat_kind, customer_phone_digits)
     VALUES (?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    input.directLoss ?? null,
    input.groupSize ?? null,
    input.affectedShare ?? null,
    input.mediaInvolved ? 1 : 0,
    input.regulatorInvolved ? 1 : 0,
    JSON.stringify(input.packFacts ?? {}),
    input.problemCode || null,
    input.subjectUserId ?? null,
    input.proposedSolution ?? null,
    input.repeatOfId ?? null,
    input.customerId ?? null,
    input.product ?? null,
    input.batchNo ?? null,
    input.quantity ?? null,
    input.quantityUnit ?? null,
    input.restatement ?? null,
    input.causeCode ?? null,
    input.repeatOfId && input.repeatKinds?.length ? input.repeatKinds.join(',') : null,
    phoneDigits(input.customerPhone),
  );
  insertTickedCriteria(tx, id, input.tickedCriteria);
}

export function insertCreateEvent(tx: WriteDb, id: string, at: string, actorId: string): void {
  statement(tx, "INSERT INTO complaint_events (complaint_id, at, user_id, action, to_status) VALUES (?, ?, ?, 'create', 'registered')").run(id, at, actorId);
}

export function countRepeat(tx: WriteDb, originalId: string): void {
  statement(tx, 'UPDATE complaints SET repeat_count = repeat_count + 1 WHERE id = ?').run(originalId);
}

/** A new version and update time (the caller records the change). */
export function bumpVersion(tx: WriteDb, id: string, at: string): void {
  statement(tx, 'UPDATE complaints SET updated_at = ?, version = version + 1 WHERE id = ?').run(at, id);
}

/** What lists read without grading: the class in force, its rank, the earliest open deadline and the next re-grade. */
export function storeGradeColumns(
  tx: WriteDb,
  id: string,
  grade: { classCode: string | null; classRank: number; dueAt: string | null; regradeAt: string | null; packId: string; packVersion: string },
): void {
  statement(tx, 'UPDATE complaints SET class_code = ?, class_rank = ?, due_at = ?, regrade_at = ?, rule_pack_id = ?, rule_pack_version = ? WHERE id = ?').run(
    grade.classCode,
    grade.classRank,
    grade.dueAt,
    grade.regradeAt,
    grade.packId,
    grade.packVersion,
    id,
  );
}

export function setClassOverride(tx: WriteDb, id: string, override: { classCode: string | null; reason: string | null; by: string | null }): void {
  statement(tx, 'UPDATE complaints SET class_override = ?, override_reason = ?, override_by = ? WHERE id = ?').run(override.classCode, override.reason, override.by, id);
}

/** Complaints whose grade the clock may have changed by `at`, oldest mark first. */
export function dueForRegrade(db: ReadDb, at: string, limit: number): { id: string }[] {
  return statement(db, 'SELECT id FROM complaints WHERE regrade_at <= ? ORDER BY regrade_at LIMIT ?').all(at, limit) as { id: string }[];
}

/** Deadlines of every open complaint may have moved (new hours, new holidays): re-grade them on the next tick. */
export function markOpenComplaintsForRegrade(tx: WriteDb, at: Date): void {
  statement(tx, 'UPDATE complaints SET regrade_at = ? WHERE resolved_at IS NULL AND class_override IS NULL').run(at.toISOString());
}

/** Open complaints per rule-pack version they are graded by. */
export function openComplaintsPerPack(db: ReadDb): { id: string; version: string; n: number }[] {
  return statement(
    db,
    `SELECT rule_pack_id AS id, rule_pack_version AS version, count(*) AS n FROM complaints
     WHERE rule_pack_id IS NOT NULL AND status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})
     GROUP BY rule_pack_id, rule_pack_version`,
  ).all() as { id: string; version: string; n: number }[];
}
