import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueTime } from './due-time';
import {
  stepOf,
  type ClockStart,
  type Comparison,
  type Criterion,
  type Deadline,
  type Fact,
  type Milestone,
  type Predicate,
  type RecordKind,
  type RulePack,
} from './pack-schema';

/** A stretch of time the clock stood still (seed004 §J: waiting for a test or a sample). `to` null = still paused. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/** What grading reads of a complaint. */
export interface GradingRecord {
  /** 投诉 / 建议 / 咨询; absent = complaint. */
  kind?: RecordKind;
  receivedAt: Date;
  /** When the record was approved for dispatch (篇1 4.4 starts its hand-off clock there). */
  approvedAt?: Date | null;
  dispatchedAt?: Date | null;
  /** The customer's latest feedback on the matter (seed004 §J: analysis within 7 working days of it). */
  latestFeedbackAt?: Date | null;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  /** Ids of the criteria a person ticked (and of computed criteria whose judgement a person confirmed). */
  ticked: readonly string[];
  facts: Partial<Record<Fact, number>>;
  /** Steps already met, and when, keyed by step (see `stepOf`). `resolution` is met by `resolvedAt`. */
  done?: Partial<Record<string, Date>>;
  /** Per-case deadlines that replace the computed ones: an approved extension or a time agreed with the customer. */
  agreedDue?: Partial<Record<string, Date>>;
  pauses?: readonly Pause[];
}

export interface CriterionOutcome {
  id: string;
  classCode: string;
  label: Criterion['label'];
  source: string;
  fired: boolean;
  how: 'ticked' | 'computed';
  /** For computed criteria: the values compared, e.g. "directLoss 30000 ≥ 30000". */
  detail: string | undefined;
}

export interface DeadlineOutcome {
  milestone: Milestone;
  step: string;
  label: Deadline['label'];
  source: string;
  /** Null while the clock has not started (e.g. call-back before resolution). */
  due: string | null;
  provisional: boolean;
  /** The due time is a per-case agreed or approved one, not the pack's. */
  agreed: boolean;
  /** Minutes the clock stood still (pausable deadlines only). */
  pausedMinutes: number;
  done: boolean;
  overdue: boolean;
}

export interface EscalationOutcome {
  code: string;
  label: Criterion['label'];
  source: string;
  detail: string;
}

export interface NotificationOutcome {
  notify: Criterion['label'][];
  confirmByPhone: boolean;
  source: string;
}

export interface GradeResult {
  packId: string;
  packVersion: string;
  classCode: string;
  criteria: CriterionOutcome[];
  deadlines: DeadlineOutcome[];
  /** Steps past their deadline. */
  overdue: string[];
  /** Escalation triggers that fire by themselves from the record (a person raises the others). */
  escalations: EscalationOutcome[];
  /** Who must be told now, for the class and facts of the record (event-driven routing is told by the workflow). */
  notifications: NotificationOutcome[];
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Grades a complaint under a rule pack at `now`: pure and deterministic.
 * The class is the highest class (in pack order) with a fired criterion, else
 * the pack's default. Criteria that depend on a deadline ("an ordinary
 * complaint past its limit becomes major") are judged against the deadlines
 * of the class they name, so grading never depends on its own result.
 */
export function grade(record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): GradeResult {
  const facts = { ...record.facts };
  if (!record.resolvedAt) facts.openDays = Math.floor((now.getTime() - record.receivedAt.getTime()) / DAY_MS);
  const rank = (code: string) => pack.classes.findIndex((c) => c.code === code);

  // Built as one literal shape (no spreads): this loop runs for every criterion of every complaint.
  const criteria = pack.criteria.map((criterion): CriterionOutcome => {
    const computed = criterion.predicate ? evaluate(criterion.predicate, facts, record, pack, now, calendar) : null;
    return {
      id: criterion.id,
      classCode: criterion.classCode,
      label: criterion.label,
      source: criterion.source,
      // A judgement beside the number (篇1 10.1.1.1 g “设备原因造成”) must also be ticked.
      fired: computed ? computed.fired && (!criterion.judgement || record.ticked.includes(criterion.id)) : record.ticked.includes(criterion.id),
      how: computed ? 'computed' : 'ticked',
      detail: computed?.detail,
    };
  });

  let classCode = pack.defaultClass;
  for (const outcome of criteria) {
    if (outcome.fired && rank(outcome.classCode) > rank(classCode)) classCode = outcome.classCode;
  }
  const deadlines = deadlinesFor(classCode, record, pack, now, calendar);

  const escalations: EscalationOutcome[] = [];
  for (const trigger of pack.escalationTriggers) {
    if (!trigger.predicate) continue;
    const result = evaluate(trigger.predicate, facts, record, pack, now, calendar);
    if (result.fired) escalations.push({ code: trigger.code, label: trigger.label, source: trigger.source, detail: result.detail });
  }

  const notifications = pack.notifications
    .filter((n) => !n.when.event && (!n.when.classCode || n.when.classCode === classCode) && (!n.when.fact || (facts[n.when.fact] ?? 0) > 0))
    .map((n) => ({ notify: n.notify, confirmByPhone: n.confirmByPhone, source: n.source }));

  return {
    packId: pack.id,
    packVersion: pack.version,
    classCode,
    criteria,
    deadlines,
    overdue: deadlines.filter((d) => d.overdue).map((d) => d.step),
    escalations,
    notifications,
  };
}

export function deadlinesFor(classCode: string, record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): DeadlineOutcome[] {
  const starts: Record<ClockStart, Date | null> = {
    received: record.receivedAt,
    approved: record.approvedAt ?? null,
    dispatched: record.dispatchedAt ?? null,
    latestFeedback: record.latestFeedbackAt ?? null,
    resolved: record.resolvedAt ?? null,
    closed: record.closedAt ?? null,
  };
  const kind = record.kind ?? 'complaint';
  return pack.deadlines
    .filter((d) => (!d.classes || d.classes.includes(classCode)) && (!d.kinds || d.kinds.includes(kind)))
    .map((d): DeadlineOutcome => {
      const step = stepOf(d);
      const start = typeof d.from === 'object' ? (record.done?.[d.from.afterStep] ?? null) : starts[d.from];
      const doneAt = (d.milestone === 'resolution' && !d.step ? record.resolvedAt : record.done?.[step]) ?? null;
      const agreedDue = start ? record.agreedDue?.[step] : undefined;
      const computed = !start ? null : agreedDue ? { due: agreedDue, provisional: false, pausedMs: 0 } : pausedDueTime(start, d, record.pauses ?? [], doneAt ?? now, calendar);
      // One literal shape, no object spread: spreading here made grading five times slower (V8's clone path goes megamorphic).
      return {
        milestone: d.milestone,
        step,
        label: d.label,
        source: d.source,
        due: computed ? computed.due.toISOString() : null,
        provisional: computed ? computed.provisional : false,
        agreed: Boolean(agreedDue),
        pausedMinutes: computed ? Math.round(computed.pausedMs / MINUTE_MS) : 0,
        done: Boolean(doneAt),
        overdue: computed ? (doneAt ?? now).getTime() > computed.due.getTime() : false,
      };
    });
}

/**
 * The due time with paused stretches left out. A pause that begins before the
 * (so far) due time stops the clock for its whole length: the clock start
 * moves on by it and the deadline is counted again from there, so a
 * working-day deadline still lands on a working day. Pauses are taken in
 * order, since a later due time can take in a later pause.
 */
function pausedDueTime(start: Date, deadline: Deadline, pauses: readonly Pause[], until: Date, calendar: WorkingCalendar) {
  let { due, provisional } = dueTime(start, deadline.duration, calendar);
  if (!deadline.pausable || pauses.length === 0) return { due, provisional, pausedMs: 0 };
  let pausedMs = 0;
  for (const [begin, end] of mergedPauses(pauses, start.getTime(), until.getTime())) {
    if (begin >= due.getTime()) break;
    pausedMs += end - begin;
    ({ due, provisional } = dueTime(new Date(start.getTime() + pausedMs), deadline.duration, calendar));
  }
  return { due, provisional, pausedMs };
}

/** Pauses as sorted, non-overlapping [begin, end) spans after `from`; an open pause runs to `until`. */
function mergedPauses(pauses: readonly Pause[], from: number, until: number): [number, number][] {
  const spans = pauses
    .map((p): [number, number] => [Math.max(p.from.getTime(), from), p.to ? p.to.getTime() : until])
    .filter(([begin, end]) => end > begin)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function evaluate(
  predicate: Predicate,
  facts: Partial<Record<Fact, number>>,
  record: GradingRecord,
  pack: RulePack,
  now: Date,
  calendar: WorkingCalendar,
): { fired: boolean; detail: string } {
  if ('overdue' in predicate) {
    const deadline = deadlinesFor(predicate.ofClass, record, pack, now, calendar).find((d) => d.step === predicate.overdue);
    const fired = Boolean(deadline && deadline.overdue && !deadline.done);
    return { fired, detail: `${predicate.overdue} (${predicate.ofClass}) due ${deadline?.due ?? '—'}` };
  }
  const comparisons = 'all' in predicate ? predicate.all : [predicate];
  const results = comparisons.map((c) => compare(c, facts[c.fact]));
  return { fired: results.every((r) => r.fired), detail: results.map((r) => r.detail).join(' ∧ ') };
}

const SYMBOL = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=' } as const;

function compare(c: Comparison, actual: number | undefined): { fired: boolean; detail: string } {
  if (actual === undefined) return { fired: false, detail: `${c.fact} ? ${SYMBOL[c.op]} ${c.value}` };
  const fired =
    c.op === 'gt' ? actual > c.value : c.op === 'gte' ? actual >= c.value : c.op === 'lt' ? actual < c.value : c.op === 'lte' ? actual <= c.value : actual === c.value;
  return { fired, detail: `${c.fact} ${actual} ${SYMBOL[c.op]} ${c.value}` };
}
