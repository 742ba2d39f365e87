import type { WorkingCalendar } from '../calendar/working-calendar';
import type { RepeatKind } from '../domain/workflow';
import { approvalClock, type ApprovalMoment } from './approval-clock';
import { clockStartOf } from './clock-start-of';
import type { ClockBasis, NotifiedMoment } from './clock-start';
import { dueTime } from './due-time';
import { raisedClass, restartsOf, type EscalationMoment } from './restart';
import {
  approvalStartOf,
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
  readsFactsOnly,
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
  /** The route approvals given on the case (篇1 4.4 starts its hand-off clock at the 审批): `approved` clocks start there. */
  approvals?: readonly ApprovalMoment[];
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
  /** Reason codes of the escalations on record (篇6 第七章), read by `escalated` predicates. */
  escalatedFor?: readonly string[];
  /** The escalations on record with their times: those whose trigger `restart`s raise the class and restart the clocks. */
  escalations?: readonly EscalationMoment[];
  /** The day the customer received the test report (客户管理制度6 1.1), YYYY-MM-DD: `appealDaysAfterReport` counts from it. */
  testReportReceivedOn?: string | null;
  /** How the record repeats the earlier complaint staff linked it to at intake; empty or absent = not a repeat. */
  repeatKinds?: readonly RepeatKind[];
  /** 篇6 第三十一条: whether the customer, told of the delay, agreed to it; absent or null = not told. */
  delayAgreed?: boolean | null;
  /** Who was told when and how, earliest per party (role or step): `notified:` clocks start there (接报后). */
  notified?: Partial<Record<string, NotifiedMoment>>;
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
  /** When the step's clock started (null: its start event is not recorded yet) and why (shared/rules/clock-start.ts). */
  clockStartedAt: string | null;
  clockBasis: ClockBasis;
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
  /** Invalid reasons the record's facts meet (客户管理制度6 1.1: an appeal after the 10 days); a person rules it invalid. */
  invalidReasons: EscalationOutcome[];
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
  const facts = factsAt(record, now, calendar);
  // Criteria on facts and ticks first: the class they give is the one 第三十一条's limit is read for.
  const outcomes: CriterionOutcome[] = new Array<CriterionOutcome>(pack.criteria.length);
  pack.criteria.forEach((criterion, i) => {
    if (readsFactsOnly(criterion.predicate)) outcomes[i] = outcome(criterion, criterion.predicate ? evaluate(criterion.predicate, facts, record, pack, now, calendar, '') : null, record);
  });
  const ownClass = highestFired(outcomes, pack);
  pack.criteria.forEach((criterion, i) => {
    if (!readsFactsOnly(criterion.predicate)) outcomes[i] = outcome(criterion, evaluate(criterion.predicate!, facts, record, pack, now, calendar, ownClass), record);
  });
  const criteria = outcomes;
  // Restarted one level up per escalation whose trigger says so (客户管理制度14 5.3.1.6).
  const classCode = raisedClass(highestFired(criteria, pack), restartsOf(record.escalations, pack).length, pack);
  const deadlines = deadlinesFor(classCode, record, pack, now, calendar);

  const escalations: EscalationOutcome[] = [];
  for (const trigger of pack.escalationTriggers) {
    if (!trigger.predicate) continue;
    const result = evaluate(trigger.predicate, facts, record, pack, now, calendar, ownClass);
    if (result.fired) escalations.push({ code: trigger.code, label: trigger.label, source: trigger.source, detail: result.detail });
  }

  const notifications = pack.notifications
    .filter(
      (n) =>
        !n.when.event &&
        (!n.when.classCode || n.when.classCode === classCode) &&
        (!n.when.fact || (facts[n.when.fact] ?? 0) > 0) &&
        (!n.when.flag || record.ticked.includes(n.when.flag)),
    )
    .map((n) => ({ notify: n.notify, confirmByPhone: n.confirmByPhone, source: n.source }));

  const invalidReasons: EscalationOutcome[] = [];
  for (const reason of pack.invalidReasons) {
    if (!reason.predicate) continue;
    const result = evaluate(reason.predicate, facts, record, pack, now, calendar, ownClass);
    if (result.fired) invalidReasons.push({ code: reason.code, label: reason.label, source: reason.source, detail: result.detail });
  }

  return {
    packId: pack.id,
    packVersion: pack.version,
    classCode,
    criteria,
    deadlines,
    overdue: deadlines.filter((d) => d.overdue).map((d) => d.step),
    escalations,
    notifications,
    invalidReasons,
  };
}

/**
 * The record's facts as of `now`: `openDays` counts while it is unresolved; `appealDaysAfterReport` counts calendar
 * days from the report's day to the local day of receipt (the report's day not counted, as the Civil Code counts).
 */
function factsAt(record: GradingRecord, now: Date, calendar: WorkingCalendar): Partial<Record<Fact, number>> {
  const facts = { ...record.facts };
  if (!record.resolvedAt) facts.openDays = Math.floor((now.getTime() - record.receivedAt.getTime()) / DAY_MS);
  if (record.testReportReceivedOn) {
    const receivedOn = calendar.local(record.receivedAt).date;
    facts.appealDaysAfterReport = Math.round((Date.parse(`${receivedOn}T00:00:00Z`) - Date.parse(`${record.testReportReceivedOn}T00:00:00Z`)) / DAY_MS);
  }
  return facts;
}

// Built as one literal shape (no spreads): this runs for every criterion of every complaint.
function outcome(criterion: Criterion, computed: { fired: boolean; detail: string } | null, record: GradingRecord): CriterionOutcome {
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
}

/** The highest class (in pack order) with a fired criterion among those given, else the default. */
function highestFired(outcomes: readonly (CriterionOutcome | undefined)[], pack: RulePack): string {
  const rank = (code: string) => pack.classes.findIndex((c) => c.code === code);
  let classCode = pack.defaultClass;
  for (const o of outcomes) {
    if (o?.fired && rank(o.classCode) > rank(classCode)) classCode = o.classCode;
  }
  return classCode;
}

/**
 * The record's own class: the one its facts and ticks give, before any criterion of a deadline passing or
 * an escalation (篇6: the limit of 第三十一条 is the one of the class the complaint was filed under).
 */
export function ownClassOf(record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): string {
  const facts = factsAt(record, now, calendar);
  const outcomes = pack.criteria.map((c) =>
    readsFactsOnly(c.predicate) ? outcome(c, c.predicate ? evaluate(c.predicate, facts, record, pack, now, calendar, '') : null, record) : undefined,
  );
  return highestFired(outcomes, pack);
}

export function deadlinesFor(classCode: string, record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): DeadlineOutcome[] {
  const restart = restartsOf(record.escalations, pack).at(-1) ?? null;
  const starts: Record<ClockStart, Date | null> = {
    received: restart?.at ?? record.receivedAt,
    approved: null, // read per class off the route's approvals (startOf below)
    dispatched: record.dispatchedAt ?? null,
    latestFeedback: record.latestFeedbackAt ?? null,
    resolved: record.resolvedAt ?? null,
    closed: record.closedAt ?? null,
  };
  const kind = record.kind ?? 'complaint';
  return pack.deadlines
    .filter((d) => (!d.classes || d.classes.includes(classCode)) && (!d.kinds || d.kinds.includes(kind)) && (!d.onlyIfFlag || record.ticked.includes(d.onlyIfFlag)))
    .map((d): DeadlineOutcome => {
      const step = stepOf(d);
      const counted = startOf(d, classCode, record, pack, starts, calendar);
      const restarted = restart && d.from === 'received' && !d.startsAt ? restart : null;
      const { start, basis } = restarted ? { start: counted.start, basis: restartBasis(restarted) } : counted;
      const doneAt = doneSince((d.milestone === 'resolution' && !d.step ? record.resolvedAt : record.done?.[step]) ?? null, restarted);
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
        clockStartedAt: start ? start.toISOString() : null,
        clockBasis: basis,
      };
    });
}

const restartBasis = (restart: EscalationMoment): ClockBasis => ({ kind: 'restarted', reasonCode: restart.code });

/** A step done before the clock restarted at a higher level is to be done again (重新填报《投诉处理单》). */
function doneSince(doneAt: Date | null, restarted: EscalationMoment | null): Date | null {
  return restarted && doneAt && doneAt.getTime() < restarted.at.getTime() ? null : doneAt;
}

/** Where a step's clock starts and why: its `startsAt` event, an approval of the route, another step, or a moment of the record. */
function startOf(d: Deadline, classCode: string, record: GradingRecord, pack: RulePack, starts: Record<ClockStart, Date | null>, calendar: WorkingCalendar) {
  const approval = approvalStartOf(d);
  if (approval && !d.startsAt) return approvalClock(pack.procedure, classCode, record.approvals, approval);
  const fromStart = typeof d.from === 'object' ? ('afterStep' in d.from ? (record.done?.[d.from.afterStep] ?? null) : null) : starts[d.from];
  return clockStartOf(d, record, fromStart, calendar);
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
  /** The record's own class (see `ownClassOf`), for `overdueUnagreed`. */
  ownClass: string,
): { fired: boolean; detail: string } {
  if ('overdue' in predicate) {
    const deadline = deadlinesFor(predicate.ofClass, record, pack, now, calendar).find((d) => d.step === predicate.overdue);
    const fired = Boolean(deadline && deadline.overdue && !deadline.done);
    return { fired, detail: `${predicate.overdue} (${predicate.ofClass}) due ${deadline?.due ?? '—'}` };
  }
  if ('overdueUnagreed' in predicate) {
    const deadline = deadlinesFor(ownClass, record, pack, now, calendar).find((d) => d.step === predicate.overdueUnagreed);
    const overdue = Boolean(deadline && deadline.overdue && !deadline.done);
    const told = record.delayAgreed === true ? 'agreed' : record.delayAgreed === false ? 'not agreed' : 'not told';
    return { fired: overdue && record.delayAgreed !== true, detail: `${predicate.overdueUnagreed} (${ownClass}) due ${deadline?.due ?? '—'}; customer ${told}` };
  }
  if ('escalated' in predicate) {
    const found = predicate.escalated.filter((code) => record.escalatedFor?.includes(code));
    return { fired: found.length > 0, detail: `escalated: ${found.length > 0 ? found.join(', ') : '—'}` };
  }
  if ('repeatOf' in predicate) {
    const found = predicate.repeatOf.filter((kind) => record.repeatKinds?.includes(kind));
    return { fired: found.length > 0, detail: `repeat of an earlier complaint: ${found.length > 0 ? found.join(', ') : '—'}` };
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
