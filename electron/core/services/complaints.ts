import { randomUUID } from 'node:crypto';
import type { Complaint } from '../../../shared/api/complaints';
import type { Channel, ComplaintKind, ComplaintStatus, Remedy } from '../../../shared/domain/complaint-vocabulary';
import { formatSerialNumber, localDayOf } from '../../../shared/domain/serial-number';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';
import type { PackFacts } from '../../../shared/api/grading';
import { grade } from '../../../shared/rules/grade';
import { nextRegradeAt } from '../../../shared/rules/regrade-time';
import type { CoreContext } from '../context';
import { computedClass, explainGrade, gradingEnv, toGradingRecord, type GradingEnv, type GradingFacts } from './grading';

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
  direct_loss: number | null;
  group_size: number | null;
  affected_share: number | null;
  media_involved: number;
  regulator_involved: number;
  ticked_criteria: string;
  resolved_at: string | null;
  class_code: string | null;
  class_override: string | null;
  override_reason: string | null;
  override_by_name: string | null;
  pack_facts: string;
  problem_code: string | null;
  same_problem_count: number | null;
  regrade_at: string | null;
}

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
function beijingMonthStart(instant: string): string {
  return `strftime('%Y-%m-%dT%H:%M:%fZ', strftime('%Y-%m-01', ${instant}, '+8 hours'), '-8 hours')`;
}

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

const SELECT_COMPLAINT = `
  SELECT c.*, u.display_name AS first_receiver_name, o.display_name AS override_by_name, ${SAME_PROBLEM_COUNT} AS same_problem_count
  FROM complaints c
  JOIN users u ON u.id = c.first_receiver_id
  LEFT JOIN users o ON o.id = c.override_by`;

function factsOf(row: ComplaintRow): GradingFacts {
  return {
    kind: row.kind,
    receivedAt: new Date(row.received_at),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
    directLoss: row.direct_loss,
    groupSize: row.group_size,
    affectedShare: row.affected_share,
    mediaInvolved: row.media_involved === 1,
    regulatorInvolved: row.regulator_involved === 1,
    tickedCriteria: JSON.parse(row.ticked_criteria) as string[],
    packFacts: JSON.parse(row.pack_facts) as PackFacts,
    sameProblemCountThisMonth: row.same_problem_count,
  };
}

function toComplaint(row: ComplaintRow, env: GradingEnv | null): Complaint {
  const facts = factsOf(row);
  const override = row.class_override ? { classCode: row.class_override, reason: row.override_reason ?? '', byName: row.override_by_name ?? '' } : null;
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
    directLoss: row.direct_loss,
    groupSize: row.group_size,
    affectedShare: row.affected_share,
    mediaInvolved: facts.mediaInvolved,
    regulatorInvolved: facts.regulatorInvolved,
    tickedCriteria: [...facts.tickedCriteria],
    packFacts: facts.packFacts,
    problemCode: row.problem_code,
    sameProblemCountThisMonth: row.same_problem_count,
    resolvedAt: row.resolved_at,
    classCode: row.class_code,
    grade: env ? explainGrade(facts, env, override) : null,
  };
}

function getRow(db: ReadDb, id: string): ComplaintRow | undefined {
  return statement(db, `${SELECT_COMPLAINT} WHERE c.id = ?`).get(id) as ComplaintRow | undefined;
}

export function getComplaint(db: ReadDb, id: string, env: GradingEnv | null): Complaint | null {
  const row = getRow(db, id);
  return row ? toComplaint(row, env) : null;
}

/** Newest first, by received time; the cursor is the last row's `received_at|id`. */
export function listComplaints(db: ReadDb, env: GradingEnv | null, limit: number, after?: string): { items: Complaint[]; total: number; nextCursor: string | null } {
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
    items: page.map((row) => toComplaint(row, env)),
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
  directLoss?: number | undefined;
  groupSize?: number | undefined;
  affectedShare?: number | undefined;
  mediaInvolved: boolean;
  regulatorInvolved: boolean;
  tickedCriteria: string[];
  packFacts?: PackFacts | undefined;
  problemCode?: string | undefined;
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
  env: GradingEnv | null,
  actorId: string,
  at: Date,
): Complaint {
  const id = randomUUID();
  const serial = nextSerial(tx, site.code, localDayOf(at, site.timeZone));
  const now = at.toISOString();
  statement(
    tx,
    `INSERT INTO complaints (id, serial, kind, channel, status, customer_name, customer_phone, content, remedy,
       first_receiver_id, received_at, entered_at, created_by, updated_at, version,
       direct_loss, group_size, affected_share, media_involved, regulator_involved, ticked_criteria,
       pack_facts, problem_code)
     VALUES (?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  );
  // Graded from the stored row, so derived facts (the same-problem count) are the ones every later read sees.
  if (env) {
    const graded = computedClass(factsOf(getRow(tx, id)!), { ...env, now: at });
    statement(tx, 'UPDATE complaints SET class_code = ?, regrade_at = ?, rule_pack_id = ?, rule_pack_version = ? WHERE id = ?').run(
      graded.classCode,
      graded.regradeAt,
      env.pack.id,
      env.pack.version,
      id,
    );
  }
  const complaint = getComplaint(tx, id, env)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'complaints.create',
    entity: 'complaint',
    entityId: id,
    entityVersion: 1,
    before: null,
    after: withoutGrade(complaint),
    syncPayload: withoutGrade(complaint),
  });
  return complaint;
}

/** The stored record: the explanation is derived data, recomputed wherever it is read. */
function withoutGrade(complaint: Complaint): Omit<Complaint, 'grade'> {
  const { grade: _grade, ...stored } = complaint;
  return stored;
}

/** Sets (or, with null, clears) a person's class override; the reason and the person are kept and audited. */
export function overrideClass(
  tx: WriteDb,
  id: string,
  override: { classCode: string | null; reason: string },
  env: GradingEnv,
  actorId: string,
  at: Date,
): Complaint | null {
  const beforeRow = getRow(tx, id);
  if (!beforeRow) return null;
  const before = toComplaint(beforeRow, env);
  const computed = computedClass(factsOf(beforeRow), env);
  const classCode = override.classCode ?? computed.classCode;
  // An overridden class is left alone by the timer; clearing the override hands the record back to it.
  const regradeAt = override.classCode ? null : computed.regradeAt;
  statement(
    tx,
    `UPDATE complaints SET class_override = ?, override_reason = ?, override_by = ?, class_code = ?, regrade_at = ?,
       rule_pack_id = ?, rule_pack_version = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
  ).run(override.classCode, override.reason, actorId, classCode, regradeAt, env.pack.id, env.pack.version, at.toISOString(), id);
  const after = getComplaint(tx, id, env)!;
  recordChange(tx, {
    userId: actorId,
    at,
    action: 'complaints.overrideClass',
    entity: 'complaint',
    entityId: id,
    entityVersion: after.version,
    before: { classCode: before.classCode, override: before.grade?.override ?? null },
    after: { classCode: after.classCode, override: override.classCode, reason: override.reason, packVersion: env.pack.version },
    syncPayload: withoutGrade(after),
  });
  return after;
}

/**
 * Re-grades the open complaints whose `regrade_at` has come (the clock alone
 * can have changed their class) and stores the classes that changed — e.g. an
 * ordinary complaint that has passed its deadline becomes major by itself
 * under 篇6. Each change is audited by the system (no user) with the criteria
 * that fired, and queued for sync. Every record read gets its next `regrade_at`.
 */
export function regradeOpenComplaints(tx: WriteDb, env: GradingEnv): number {
  const rows = statement(
    tx,
    `${SELECT_COMPLAINT} WHERE c.regrade_at <= ? AND c.resolved_at IS NULL AND c.class_override IS NULL`,
  ).all(env.now.toISOString()) as ComplaintRow[];
  let changed = 0;
  for (const row of rows) {
    const record = toGradingRecord(factsOf(row));
    const result = grade(record, env.pack, env.now, env.calendar);
    const regradeAt = nextRegradeAt(record, env.pack, env.now, env.calendar)?.toISOString() ?? null;
    if (result.classCode === row.class_code) {
      statement(tx, 'UPDATE complaints SET regrade_at = ? WHERE id = ?').run(regradeAt, row.id);
      continue;
    }
    statement(
      tx,
      'UPDATE complaints SET class_code = ?, regrade_at = ?, rule_pack_id = ?, rule_pack_version = ?, updated_at = ?, version = version + 1 WHERE id = ?',
    ).run(result.classCode, regradeAt, env.pack.id, env.pack.version, env.now.toISOString(), row.id);
    // The stored record only (no grade): the explanation is recomputed wherever it is read.
    const after = getComplaint(tx, row.id, null)!;
    recordChange(tx, {
      userId: null,
      at: env.now,
      action: 'rules.regrade',
      entity: 'complaint',
      entityId: row.id,
      entityVersion: after.version,
      before: { classCode: row.class_code },
      after: {
        classCode: result.classCode,
        packVersion: env.pack.version,
        because: result.criteria.filter((c) => c.fired && c.classCode === result.classCode).map((c) => ({ id: c.id, source: c.source, detail: c.detail })),
      },
      syncPayload: withoutGrade(after),
    });
    changed++;
  }
  return changed;
}

/** Re-grades what is due now under the site's pack and the core's calendar; 0 when the site has no shipped pack. */
export function regradeDue(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>): number {
  const env = gradingEnv(core.store.read, core.now(), core.calendar);
  return env ? core.store.transaction((tx) => regradeOpenComplaints(tx, env)) : 0;
}
