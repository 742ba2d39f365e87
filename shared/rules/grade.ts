import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueTime } from './due-time';
import type { Comparison, Criterion, Fact, Milestone, Predicate, RulePack } from './pack-schema';

/** What grading reads of a complaint. */
export interface GradingRecord {
  receivedAt: Date;
  /** When the record was approved for dispatch (篇1 4.4 starts its hand-off clock there). */
  approvedAt?: Date | null;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  /** Ids of the criteria a person ticked. */
  ticked: readonly string[];
  facts: Partial<Record<Fact, number>>;
  /** Milestones already met, and when. `resolution` is met by `resolvedAt`. */
  done?: Partial<Record<Milestone, Date>>;
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
  source: string;
  /** Null while the clock has not started (e.g. call-back before resolution). */
  due: string | null;
  provisional: boolean;
  done: boolean;
  overdue: boolean;
}

export interface GradeResult {
  packId: string;
  packVersion: string;
  classCode: string;
  criteria: CriterionOutcome[];
  deadlines: DeadlineOutcome[];
  overdue: Milestone[];
}

const DAY_MS = 86_400_000;

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
      fired: computed ? computed.fired : record.ticked.includes(criterion.id),
      how: computed ? 'computed' : 'ticked',
      detail: computed?.detail,
    };
  });

  let classCode = pack.defaultClass;
  for (const outcome of criteria) {
    if (outcome.fired && rank(outcome.classCode) > rank(classCode)) classCode = outcome.classCode;
  }
  const deadlines = deadlinesFor(classCode, record, pack, now, calendar);
  return {
    packId: pack.id,
    packVersion: pack.version,
    classCode,
    criteria,
    deadlines,
    overdue: deadlines.filter((d) => d.overdue).map((d) => d.milestone),
  };
}

export function deadlinesFor(classCode: string, record: GradingRecord, pack: RulePack, now: Date, calendar: WorkingCalendar): DeadlineOutcome[] {
  const starts = { received: record.receivedAt, approved: record.approvedAt ?? null, resolved: record.resolvedAt ?? null, closed: record.closedAt ?? null };
  return pack.deadlines
    .filter((d) => !d.classes || d.classes.includes(classCode))
    .map((d) => {
      const start = starts[d.from];
      const doneAt = d.milestone === 'resolution' ? record.resolvedAt : record.done?.[d.milestone];
      if (!start) return { milestone: d.milestone, source: d.source, due: null, provisional: false, done: Boolean(doneAt), overdue: false };
      const { due, provisional } = dueTime(start, d.duration, calendar);
      const finished = doneAt ?? null;
      const overdue = finished ? finished.getTime() > due.getTime() : now.getTime() > due.getTime();
      return { milestone: d.milestone, source: d.source, due: due.toISOString(), provisional, done: Boolean(finished), overdue };
    });
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
    const deadline = deadlinesFor(predicate.ofClass, record, pack, now, calendar).find((d) => d.milestone === predicate.overdue);
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
