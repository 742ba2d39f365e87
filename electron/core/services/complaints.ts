import { newId } from '../../../shared/ids';
import type { Complaint } from '../../../shared/api/complaints';
import { ApiError } from '../../../shared/api/errors';
import type { PackFacts } from '../../../shared/api/grading';
import type { Channel, ComplaintKind, Remedy } from '../../../shared/domain/complaint-vocabulary';
import { formatSerialNumber, localDayOf } from '../../../shared/domain/serial-number';
import { isOpen } from '../../../shared/domain/workflow';
import { deadlinesFor, grade, ownClassOf, type GradeResult, type GradingRecord } from '../../../shared/rules/grade';
import { nextRegradeAt } from '../../../shared/rules/regrade-time';
import type { CoreContext } from '../context';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { raiseNotifications } from '../notifications';
import { recordChange } from './change-log';
import { beijingMonthStart, factsOf, getRow, toComplaint, withoutGrade, type ComplaintRow } from './complaint-rows';
import { gradingEnv, recordGradingEnv, toGradingRecord, type GradingEnv } from './grading';
import { phoneDigits } from '../../../shared/domain/phone-digits';
import type { RepeatKind } from '../../../shared/domain/workflow';
import { escalate, recordFiredEscalations, REPEAT_ESCALATION } from '../escalations';
import { noteMissedLimit } from '../overdue';
import { projectComplaint, withReportRow } from '../reports';

/** The same count for a complaint not saved yet (the form's preview): the stored ones, plus this one. */
export function sameProblemCountFor(db: ReadDb, problemCode: string | undefined, receivedAt: Date): number | null {
  if (!problemCode) return null;
  const { n } = statement(
    db,
    `SELECT count(*) AS n FROM complaints
     WHERE problem_code = @code
       AND received_at >= ${beijingMonthStart('@at')}
       AND received_at <= @at`,
  ).get({ code: problemCode, at: receivedAt.toISOString() }) as { n: number };
  return n + 1;
}

/** A stored complaint; with the site's env, explained by the pack version it is graded by. */
export function getComplaint(db: ReadDb, id: string, env: GradingEnv | null): Complaint | null {
  const row = getRow(db, id);
  return row ? toComplaint(row, recordGradingEnv(db, row, env)) : null;
}

export interface NewComplaintRecord {
  kind: ComplaintKind;
  channel: Channel;
  customerName: string;
  customerPhone?: string | undefined;
  customerId?: string | undefined;
  content: string;
  remedy?: Remedy | undefined;
  product?: string | undefined;
  batchNo?: string | undefined;
  quantity?: number | undefined;
  quantityUnit?: string | undefined;
  receivedAt: Date;
  firstReceiverId: string;
  directLoss?: number | undefined;
  groupSize?: number | undefined;
  affectedShare?: number | undefined;
  mediaInvolved: boolean;
  regulatorInvolved: boolean;
  tickedCriteria: string[];
  packFacts?: PackFacts | undefined;
  problemCode?: string | undefined;
  subjectUserId?: string | undefined;
  proposedSolution?: string | undefined;
  restatement?: string | undefined;
  repeatOfId?: string | undefined;
  /** How it repeats `repeatOfId`, as the repeat match found (escalations/repeat-match.ts). */
  repeatKinds?: readonly RepeatKind[] | undefined;
  causeCode?: string | undefined;
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

/** The new row as received, with the store's own fields (migration 0030's trigger indexes it for search). */
function insertComplaintRow(tx: WriteDb, own: { id: string; serial: string; now: string; actorId: string }, input: NewComplaintRecord): void {
  const { id, serial, now, actorId } = own;
  statement(
    tx,
    `INSERT INTO complaints (id, serial, kind, channel, status, customer_name, customer_phone, content, remedy,
       first_receiver_id, received_at, entered_at, created_by, updated_at, version,
       direct_loss, group_size, affected_share, media_involved, regulator_involved, ticked_criteria,
       pack_facts, problem_code, subject_user_id, proposed_solution, repeat_of, customer_id, product, batch_no, quantity, quantity_unit, restatement,
       cause_code, repeat_kind, customer_phone_digits)
     VALUES (?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    JSON.stringify(input.tickedCriteria),
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
}

export function createComplaint(
  tx: WriteDb,
  input: NewComplaintRecord,
  site: { code: string; timeZone: string },
  env: GradingEnv | null,
  actorId: string,
  at: Date,
): Complaint {
  const id = newId();
  const serial = nextSerial(tx, site.code, localDayOf(at, site.timeZone));
  const now = at.toISOString();
  insertComplaintRow(tx, { id, serial, now, actorId }, input);
  // Graded from the stored row, so derived facts (the same-problem count) are the ones every later read sees.
  const graded = env ? storeGrade(tx, id, { ...env, now: at }).result : undefined;
  statement(tx, "INSERT INTO complaint_events (complaint_id, at, user_id, action, to_status) VALUES (?, ?, ?, 'create', 'registered')").run(id, now, actorId);
  // The row is read once more for what the store derived (serial, counts, names); its grade is the one just stored.
  const complaint = toComplaint(getRow(tx, id)!, env ? { ...env, now: at } : null, graded);
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'complaints.create',
    entity: 'complaint',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: withoutGrade(complaint),
    syncPayload: withReportRow(tx, withoutGrade(complaint)),
  });
  const escalated = escalateAtEntry(tx, { id, serial, repeatOfId: input.repeatOfId, repeatKinds: input.repeatKinds, fired: graded?.escalations.length ?? 0 }, env, actorId, at);
  raiseNotifications(tx, { complaintId: id, at, actorId }, env);
  return escalated ? toComplaint(getRow(tx, id)!, env ? { ...env, now: at } : null) : complaint;
}

/**
 * What a new complaint escalates at entry: itself, when it was entered after its limit passed (篇6 第三十一条:
 * at once, not at the timer's next turn); and, when linked as a repeat, the earlier case or itself (第三十条、
 * 第三十二条). Returns whether anything was escalated.
 */
function escalateAtEntry(
  tx: WriteDb,
  created: { id: string; serial: string; repeatOfId: string | undefined; repeatKinds: readonly RepeatKind[] | undefined; fired: number },
  env: GradingEnv | null,
  actorId: string,
  at: Date,
): boolean {
  const autoEscalated = Boolean(env && created.fired > 0 && gradeAndEscalate(tx, created.id, { ...env, now: at }).escalated);
  if (autoEscalated) recordRegrade(tx, created.id, at, actorId, 'complaints.autoEscalate');
  if (!created.repeatOfId) return autoEscalated;
  const link = { originalId: created.repeatOfId, repeatId: created.id, repeatSerial: created.serial, kinds: created.repeatKinds ?? ['same_matter' as const] };
  escalateRepeated(tx, link, env, actorId, at);
  return true;
}

/**
 * 篇6 第三十条 (the same matter again) and 第三十二条 (again, against a person who handled it): the case is
 * deemed escalated — the earlier one while it is still open (awaiting its call-back included), else, the
 * earlier one being closed, the new one.
 */
function escalateRepeated(
  tx: WriteDb,
  link: { originalId: string; repeatId: string; repeatSerial: string; kinds: readonly RepeatKind[] },
  env: GradingEnv | null,
  actorId: string,
  at: Date,
): void {
  statement(tx, 'UPDATE complaints SET repeat_count = repeat_count + 1 WHERE id = ?').run(link.originalId);
  const original = getRow(tx, link.originalId)!;
  const target = isOpen(original.status) ? original : getRow(tx, link.repeatId)!;
  const pack = env ? recordGradingEnv(tx, target, env).pack : null;
  for (const kind of link.kinds) {
    const note = target.id === original.id ? `${REPEAT_NOTE[kind]}：${link.repeatSerial}` : `${REPEAT_NOTE[kind]}（原投诉 ${original.serial} 已结案）`;
    escalate(tx, { complaintId: target.id, reasonCode: REPEAT_ESCALATION[kind], note, byUser: actorId, at }, pack);
  }
  if (env) gradeAndEscalate(tx, target.id, { ...env, now: at });
  recordRegrade(tx, target.id, at, actorId, 'complaints.repeatEscalated');
  if (target.id !== link.repeatId) raiseNotifications(tx, { complaintId: target.id, at, actorId }, env);
}

const REPEAT_NOTE: Record<RepeatKind, string> = { same_matter: '同一客户就同一事项再次投诉', about_handler: '因处理人员的主观原因再次投诉该人员' };

/** A new version of a record whose class or escalations changed beside the step being taken, audited and queued. */
function recordRegrade(tx: WriteDb, id: string, at: Date, userId: string | null, action: string): void {
  touch(tx, id, at);
  const complaint = getComplaint(tx, id, null)!;
  recordChange(tx, {
    userId,
    at,
    action,
    entity: 'complaint',
    entityId: id,
    entityVersion: complaint.version,
    before: null,
    after: { classCode: complaint.classCode, escalationCount: complaint.escalationCount },
    syncPayload: withReportRow(tx, withoutGrade(complaint)),
  });
}

/**
 * Grades and stores the record, then records the escalations its pack fires by themselves (篇6 第三十一条)
 * the first time each fires, and grades again when one was recorded: an escalation can raise the class
 * (篇6: 一般 → 重大), and the new class's deadlines are then the ones stored.
 */
export function gradeAndEscalate(tx: WriteDb, id: string, env: GradingEnv) {
  const first = storeGrade(tx, id, env);
  const open = isOpen(getRow(tx, id)!.status);
  const escalated = open && recordFiredEscalations(tx, id, first.result.escalations, env.now, first.pack);
  if (!escalated) return { ...first, escalated };
  const second = storeGrade(tx, id, env);
  return { ...second, before: first.before, escalated };
}

/** Marks a record changed: a new version and update time (the caller records the change). */
export function touch(tx: WriteDb, id: string, at: Date): void {
  statement(tx, 'UPDATE complaints SET updated_at = ?, version = version + 1 WHERE id = ?').run(at.toISOString(), id);
}

/**
 * Grades the stored record as of `env.now` and stores what lists need without
 * grading: the class in force (a person's override wins), its rank, the
 * earliest deadline not met (`due_at`), and when the clock alone could change
 * the class next (`regrade_at`). A closed or invalid record has neither, nor
 * does an overridden class have a `regrade_at`.
 * `env` is the site's: a record graded before keeps the pack version it was
 * graded by (recordGradingEnv), a new one takes `env`'s and stores it.
 * Returns the computed class before and after, the escalations that fired and
 * the pack used.
 */
export function storeGrade(tx: WriteDb, id: string, env: GradingEnv) {
  const row = getRow(tx, id)!;
  const { pack } = recordGradingEnv(tx, row, env);
  const record = toGradingRecord(factsOf(row));
  const result = grade(record, pack, env.now, env.calendar);
  const open = isOpen(row.status);
  const classCode = row.class_override ?? result.classCode;
  const dueAt = open ? earliestOpenDue(result.deadlines) : null;
  // An overridden class does not move with the clock; the override is left alone until a person clears it.
  const regradeAt = open && !row.class_override ? (nextRegradeAt(record, pack, env.now, env.calendar)?.toISOString() ?? null) : null;
  statement(
    tx,
    `UPDATE complaints SET class_code = ?, class_rank = ?, due_at = ?, regrade_at = ?, rule_pack_id = ?, rule_pack_version = ? WHERE id = ?`,
  ).run(classCode, Math.max(0, pack.classes.findIndex((c) => c.code === classCode)), dueAt, regradeAt, pack.id, pack.version, id);
  noteMissedLimits(tx, id, record, result.deadlines, { ...env, pack });
  projectComplaint(tx, id, { deadlines: result.deadlines, calendar: env.calendar });
  return { before: row.class_code, after: classCode, result, pack };
}

/**
 * Keeps, once, that the record went past its handling limit: the limit of its class now, or of the class it
 * was filed under (篇6: an ordinary complaint past its 3 working days becomes major with 7, yet it ran late).
 */
function noteMissedLimits(tx: WriteDb, id: string, record: GradingRecord, deadlines: GradeResult['deadlines'], env: GradingEnv): void {
  const own = ownClassOf(record, env.pack, env.now, env.calendar);
  noteMissedLimit(tx, id, deadlinesFor(own, record, env.pack, env.now, env.calendar), env.now);
  noteMissedLimit(tx, id, deadlines, env.now);
}

/** The same for a stored record before a workflow step moves its deadlines (a late extension does not undo running late). */
export function noteMissedLimitsOf(tx: WriteDb, row: ComplaintRow, env: GradingEnv): void {
  const record = toGradingRecord(factsOf(row));
  const result = grade(record, env.pack, env.now, env.calendar);
  noteMissedLimits(tx, row.id, record, result.deadlines, env);
}

function earliestOpenDue(deadlines: readonly { due: string | null; done: boolean }[]): string | null {
  let earliest: string | null = null;
  for (const d of deadlines) if (!d.done && d.due && (earliest === null || d.due < earliest)) earliest = d.due;
  return earliest;
}

/** Sets (or, with null, clears) a person's class override; the reason and the person are kept and audited. */
export function overrideClass(
  tx: WriteDb,
  id: string,
  override: { classCode: string | null; reason: string },
  env: GradingEnv,
  /** Null when head office decided it (a merged remark): no local person did. */
  actorId: string | null,
  at: Date,
): Complaint | null {
  const beforeRow = getRow(tx, id);
  if (!beforeRow) return null;
  // The class must be one of the pack the record is graded by, which may be an older version than the site's newest.
  const recordEnv = recordGradingEnv(tx, beforeRow, env);
  if (override.classCode !== null && !recordEnv.pack.classes.some((c) => c.code === override.classCode)) {
    throw ApiError.because('VALIDATION', 'complaintErrors.unknownClass', undefined, 'classCode');
  }
  const before = toComplaint(beforeRow, recordEnv);
  statement(tx, 'UPDATE complaints SET class_override = ?, override_reason = ?, override_by = ? WHERE id = ?').run(override.classCode, override.reason, actorId, id);
  touch(tx, id, at);
  const { pack } = storeGrade(tx, id, env);
  const after = getComplaint(tx, id, env)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'complaints.overrideClass',
    entity: 'complaint',
    entityId: id,
    entityVersion: after.version,
    before: { classCode: before.classCode, override: before.grade?.override ?? null },
    after: { classCode: after.classCode, override: override.classCode, reason: override.reason, packId: pack.id, packVersion: pack.version },
    syncPayload: withReportRow(tx, withoutGrade(after)),
  });
  raiseNotifications(tx, { complaintId: id, at, actorId }, env);
  return after;
}

/**
 * Re-grades the open complaints whose `regrade_at` has come (the clock alone
 * can have changed their class) and stores the classes that changed — e.g. an
 * ordinary complaint that has passed its deadline becomes major by itself
 * under 篇6. Each change is audited by the system (no user) with the criteria
 * that fired, and queued for sync; escalation triggers that fired by
 * themselves are recorded once each. Every record read gets its next `regrade_at`.
 */
export function regradeOpenComplaints(tx: WriteDb, env: GradingEnv, limit = REGRADE_BATCH): { changed: number; more: boolean } {
  const due = statement(tx, 'SELECT id FROM complaints WHERE regrade_at <= ? ORDER BY regrade_at LIMIT ?').all(env.now.toISOString(), limit + 1) as { id: string }[];
  const more = due.length > limit;
  if (more) due.pop();
  let changed = 0;
  for (const { id } of due) {
    const { before, after, result, pack, escalated } = gradeAndEscalate(tx, id, env);
    if (before === after && !escalated) continue;
    touch(tx, id, env.now);
    const complaint = getComplaint(tx, id, null)!;
    recordChange(tx, {
      userId: null,
      at: env.now,
      action: 'rules.regrade',
      entity: 'complaint',
      entityId: id,
      entityVersion: complaint.version,
      before: { classCode: before },
      after: {
        classCode: after,
        packId: pack.id,
        packVersion: pack.version,
        because: result.criteria.filter((c) => c.fired && c.classCode === after).map((c) => ({ id: c.id, source: c.source, detail: c.detail })),
        escalations: result.escalations.map((e) => e.code),
      },
      syncPayload: withReportRow(tx, withoutGrade(complaint)),
    });
    raiseNotifications(tx, { complaintId: id, at: env.now, actorId: null }, env);
    if (before !== after) changed++;
  }
  return { changed, more };
}

/** Records re-graded per transaction: a short write, so a save typed meanwhile never waits long. */
const REGRADE_BATCH = 500;

/** Re-grades one batch of what is due now under the site's pack and the core's calendar. */
export function regradeBatch(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): { changed: number; more: boolean } {
  const env = gradingEnv(core.store.read, core.now(), core.calendar);
  return env ? core.store.transaction((tx) => regradeOpenComplaints(tx, env)) : { changed: 0, more: false };
}

/** Re-grades everything due now, batch after batch; returns how many changed class. */
export function regradeDue(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): number {
  let changed = 0;
  for (let batch = regradeBatch(core); ; batch = regradeBatch(core)) {
    changed += batch.changed;
    if (!batch.more) return changed;
  }
}
