import { statement, type WriteDb } from '../db/handles';

/**
 * A complaint's lists, one child table each (migration 0044): the steps met,
 * the deadlines moved by agreement, the pauses of the clock, the criteria
 * ticked. SELECT_COMPLAINT reads each back as the JSON value the row carried
 * before the split (complaint-rows.ts parses them), so the record the API
 * returns and the payload head office receives keep their shape.
 */

/** `{"step": doneAt}`, for SELECT_COMPLAINT as `steps_done`. */
export const STEPS_DONE_OF_COMPLAINT = `(SELECT json_group_object(cs.step, cs.done_at ORDER BY cs.rowid)
    FROM complaint_steps cs WHERE cs.complaint_id = c.id)`;

/** `{"step": dueAt}`, for SELECT_COMPLAINT as `agreed_due`. */
export const AGREED_DUE_OF_COMPLAINT = `(SELECT json_group_object(ca.step, ca.due_at ORDER BY ca.rowid)
    FROM complaint_agreed_due ca WHERE ca.complaint_id = c.id)`;

/** `[{from, to, reason}]` in the order taken, for SELECT_COMPLAINT as `pauses`. */
export const PAUSES_OF_COMPLAINT = `(SELECT json_group_array(json_object('from', cp.paused_from, 'to', cp.paused_to, 'reason', cp.reason) ORDER BY cp.position)
    FROM complaint_pauses cp WHERE cp.complaint_id = c.id)`;

/** `["criterion"]` in the order ticked, for SELECT_COMPLAINT as `ticked_criteria`. */
export const TICKED_CRITERIA_OF_COMPLAINT = `(SELECT json_group_array(cc.criterion ORDER BY cc.position)
    FROM complaint_criteria cc WHERE cc.complaint_id = c.id)`;

/** The four lists as the columns a complaint row had before migration 0044 (`c` is the complaints row). */
export const COMPLAINT_LIST_COLUMNS = `${STEPS_DONE_OF_COMPLAINT} AS steps_done, ${AGREED_DUE_OF_COMPLAINT} AS agreed_due,
    ${PAUSES_OF_COMPLAINT} AS pauses, ${TICKED_CRITERIA_OF_COMPLAINT} AS ticked_criteria`;

/** A deadline step met at `at`; meeting it again moves the moment, as the JSON map's assignment did. */
export function markStepDone(tx: WriteDb, complaintId: string, step: string, at: string): void {
  statement(
    tx,
    `INSERT INTO complaint_steps (complaint_id, step, done_at) VALUES (?, ?, ?)
     ON CONFLICT (complaint_id, step) DO UPDATE SET done_at = excluded.done_at`,
  ).run(complaintId, step, at);
}

/** The deadline of `step` as agreed; a later agreement replaces an earlier one. */
export function setAgreedDue(tx: WriteDb, complaintId: string, step: string, due: string): void {
  statement(
    tx,
    `INSERT INTO complaint_agreed_due (complaint_id, step, due_at) VALUES (?, ?, ?)
     ON CONFLICT (complaint_id, step) DO UPDATE SET due_at = excluded.due_at`,
  ).run(complaintId, step, due);
}

/** A new pause, after the ones taken before (the caller has checked none is running). */
export function startPause(tx: WriteDb, complaintId: string, pause: { from: string; reason: string }): void {
  statement(
    tx,
    `INSERT INTO complaint_pauses (complaint_id, position, paused_from, paused_to, reason)
     VALUES (@complaintId, (SELECT count(*) FROM complaint_pauses WHERE complaint_id = @complaintId), @from, NULL, @reason)`,
  ).run({ complaintId, ...pause });
}

/** Ends the running pause, the last one taken (the caller has checked it runs). */
export function endPause(tx: WriteDb, complaintId: string, to: string): void {
  statement(
    tx,
    `UPDATE complaint_pauses SET paused_to = ?
     WHERE complaint_id = ? AND position = (SELECT max(position) FROM complaint_pauses WHERE complaint_id = ?)`,
  ).run(to, complaintId, complaintId);
}

/** The criteria ticked at intake, in their order. */
export function insertTickedCriteria(tx: WriteDb, complaintId: string, criteria: readonly string[]): void {
  const insert = statement(tx, 'INSERT INTO complaint_criteria (complaint_id, position, criterion) VALUES (?, ?, ?)');
  criteria.forEach((criterion, position) => insert.run(complaintId, position, criterion));
}
