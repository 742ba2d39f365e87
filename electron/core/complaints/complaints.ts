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
import type { ReadDb, WriteDb } from '../db/handles';
import { raiseNotifications } from '../notifications/index';
import { recordChange } from '../change-log/change-log';
import { factsOf, toComplaint, withoutGrade, type ComplaintRow } from './complaint-rows';
import {
  bumpVersion,
  countRepeat,
  countSameProblemSince,
  dueForRegrade,
  getRow,
  insertComplaintRow,
  insertCreateEvent,
  setClassOverride,
  storeGradeColumns,
  takeSerialSequence,
} from './complaints-repository';
import { gradingEnv, recordGradingEnv, toGradingRecord, type GradingEnv } from './grading';
import type { RepeatKind } from '../../../shared/domain/workflow';
import { escalate, recordFiredEscalations, REPEAT_ESCALATION } from '../escalations/index';
import { noteMissedLimit } from '../overdue/index';
import { projectComplaint, withReportRow } from '../reports/index';
import { recordFieldsOfStep } from '../record-fields/index';

/** The same count for a complaint not saved yet (the form's preview): the stored ones, plus this one. */
export function sameProblemCountFor(db: ReadDb, problemCode: string | undefined, receivedAt: Date): number | null {
  if (!problemCode) return null;
  return countSameProblemSince(db, problemCode, receivedAt.toISOString()) + 1;
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
  /** Typed values of the pack's record fields asked at intake, checked against the site's pack. */
  recordFields?: Readonly<Record<string, string>> | undefined;
}

/** The next serial of the site's day, taken inside the caller's transaction so two saves never share one. */
function nextSerial(tx: WriteDb, siteCode: string, day: string): string {
  return formatSerialNumber(siteCode, day, takeSerialSequence(tx, day));
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
  recordFieldsOfStep(tx, { complaintId: id, pack: env?.pack ?? null, step: 'intake', typed: input.recordFields, at: now, userId: actorId });
  // Graded from the stored row, so derived facts (the same-problem count) are the ones every later read sees.
  const stored = env ? storeGrade(tx, id, { ...env, now: at }) : undefined;
  const graded = stored?.result;
  insertCreateEvent(tx, id, now, actorId);
  // The row is read once more for what the store derived (serial, counts, names); its grade is the one just stored.
  const complaint = toComplaint(getRow(tx, id)!, env ? { ...env, now: at } : null, graded);
  // The created record is written once: the audit row points at the payload queued for head office.
  const payload = stored ? withReportRow(tx, withoutGrade(complaint), stored.report) : withReportRow(tx, withoutGrade(complaint));
  recordChange(tx, { userId: actorId, at, action: 'complaints.create', entity: 'complaint', entityId: id, entityVersion: 1, before: null, after: payload, syncPayload: payload });
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
  countRepeat(tx, link.originalId);
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
  bumpVersion(tx, id, at.toISOString());
}

/**
 * Grades the stored record as of `env.now` and stores what lists need without
 * grading: the class in force (a person's override wins), its rank, the
 * earliest deadline not met (`due_at`), and when the clock alone could change
 * the class next (`regrade_at`). A closed or invalid record has neither, nor
 * does an overridden class have a `regrade_at`.
 * `env` is the site's: a record graded before keeps the pack version it was
 * graded by (recordGradingEnv), a new one takes `env`'s and stores it.
 * Returns the computed class before and after, the escalations that fired,
 * the pack used and the report row it wrote.
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
  storeGradeColumns(tx, id, { classCode, classRank: Math.max(0, pack.classes.findIndex((c) => c.code === classCode)), dueAt, regradeAt, packId: pack.id, packVersion: pack.version });
  noteMissedLimits(tx, id, record, result.deadlines, { ...env, pack });
  const report = projectComplaint(tx, id, { deadlines: result.deadlines, calendar: env.calendar });
  return { before: row.class_code, after: classCode, result, pack, report };
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
  setClassOverride(tx, id, { classCode: override.classCode, reason: override.reason, by: actorId });
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
  const due = dueForRegrade(tx, env.now.toISOString(), limit + 1);
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
