import type { Grade, PackFacts } from '../../../shared/api/grading';
import type { ComplaintKind } from '../../../shared/domain/complaint-vocabulary';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { RepeatKind } from '../../../shared/domain/workflow';
import type { NotifiedMoment } from '../../../shared/rules/clock-start';
import type { ApprovalMoment } from '../../../shared/rules/approval-clock';
import type { EscalationMoment } from '../../../shared/rules/restart';
import { grade, type GradeResult, type GradingRecord, type Pause } from '../../../shared/rules/grade';
import { nextRegradeAt } from '../../../shared/rules/regrade-time';
import type { Fact, RulePack } from '../../../shared/rules/pack-schema';
import type { ReadDb } from '../db/handles';
import { findCatalogPack } from '../rule-packs/rule-pack-catalog';
import { readSite } from '../site/site';

/** What grading needs besides the record: the pack it is graded by, the clock, the calendar. */
export interface GradingEnv {
  pack: RulePack;
  now: Date;
  calendar: WorkingCalendar;
}

/**
 * The env a NEW complaint is graded by: the newest version the catalogue holds
 * of the site's pack (a version head office published joins it when pulled).
 * A stored complaint is graded by `recordGradingEnv` instead.
 */
export function gradingEnv(db: ReadDb, now: Date, calendar: WorkingCalendar): GradingEnv | null {
  const site = readSite(db);
  const pack = site ? findCatalogPack(db, site.rulePack) : undefined;
  return pack ? { pack, now, calendar } : null;
}

/** The pack a stored complaint was graded by, as its row keeps it (null before it was first graded). */
export interface PackPin {
  rule_pack_id: string | null;
  rule_pack_version: string | null;
}

/**
 * The env a STORED complaint is graded by: the exact pack id and version it
 * was graded by before (re-grading by the clock, overrides, workflow steps
 * keep it; a newer version, or the site changing packs, affects new
 * complaints only). One never graded takes the site's env. Should the
 * catalogue not hold the stored version (it always should: shipped versions
 * stay, published ones are never deleted), the newest of the same pack is used
 * and the explanation names it.
 */
export function recordGradingEnv(db: ReadDb, pin: PackPin, env: GradingEnv): GradingEnv;
export function recordGradingEnv(db: ReadDb, pin: PackPin, env: GradingEnv | null): GradingEnv | null;
export function recordGradingEnv(db: ReadDb, pin: PackPin, env: GradingEnv | null): GradingEnv | null {
  if (!env || !pin.rule_pack_id) return env;
  if (pin.rule_pack_id === env.pack.id && pin.rule_pack_version === env.pack.version) return env;
  const pack = findCatalogPack(db, pin.rule_pack_id, pin.rule_pack_version ?? undefined) ?? findCatalogPack(db, pin.rule_pack_id);
  return pack ? { ...env, pack } : env;
}

export interface GradingFacts {
  kind: ComplaintKind;
  receivedAt: Date;
  /** Absent for a form's preview, where the record is not entered yet. */
  enteredAt?: Date;
  resolvedAt: Date | null;
  closedAt?: Date | null;
  dispatchedAt?: Date | null;
  /** The first workflow step after registration (accept, invalid ruling, answer): the response to the customer. */
  firstResponseAt?: Date | null;
  customerInformedAt?: Date | null;
  /** Steps a handling-log entry or call-back said were done, by step code. */
  stepsDone?: Record<string, Date>;
  /** Approved extensions: the new due time by step code. */
  agreedDue?: Record<string, Date>;
  /** Stretches the clock stood still (seed004 §J); only pausable deadlines heed them. */
  pauses?: readonly Pause[];
  directLoss: number | null;
  groupSize: number | null;
  affectedShare: number | null;
  mediaInvolved: boolean;
  regulatorInvolved: boolean;
  tickedCriteria: readonly string[];
  packFacts: PackFacts;
  /** Derived by the store from `problem_code` (see complaints.ts); null when the complaint has no problem code. */
  sameProblemCountThisMonth: number | null;
  /** Reason codes of the escalations on record (篇6 第七章). */
  escalatedFor?: readonly string[];
  /** The escalations on record with their times (a restarting trigger raises the class and restarts the clocks). */
  escalations?: readonly EscalationMoment[];
  /** How the record repeats the earlier complaint staff linked it to (repeat match, confirmed at intake). */
  repeatKinds?: readonly RepeatKind[];
  /** 篇6 第三十一条: the customer, told of the delay, agreed (true), did not (false), or was not told (null). */
  delayAgreed?: boolean | null;
  /** Who was told, when and how, earliest per party (`notified:` clocks start there). */
  notified?: Record<string, NotifiedMoment>;
  /** The route approvals given on the case (clocks counted from an approval start there). */
  approvals?: readonly ApprovalMoment[];
}

export function toGradingRecord(facts: GradingFacts): GradingRecord {
  const { testReportReceivedOn, ...packNumbers } = facts.packFacts;
  const numeric: Partial<Record<Fact, number>> = {
    ...packNumbers,
    mediaInvolved: facts.mediaInvolved ? 1 : 0,
    regulatorInvolved: facts.regulatorInvolved ? 1 : 0,
  };
  if (facts.directLoss !== null) numeric.directLoss = facts.directLoss;
  if (facts.groupSize !== null) numeric.groupSize = facts.groupSize;
  if (facts.affectedShare !== null) numeric.affectedShare = facts.affectedShare;
  if (facts.sameProblemCountThisMonth !== null) numeric.sameProblemCountThisMonth = facts.sameProblemCountThisMonth;
  return {
    kind: facts.kind,
    receivedAt: facts.receivedAt,
    resolvedAt: facts.resolvedAt,
    closedAt: facts.closedAt ?? null,
    dispatchedAt: facts.dispatchedAt ?? null,
    ticked: facts.tickedCriteria,
    facts: numeric,
    done: stepsMet(facts),
    agreedDue: facts.agreedDue ?? {},
    pauses: facts.pauses ?? [],
    escalatedFor: facts.escalatedFor ?? [],
    escalations: facts.escalations ?? [],
    repeatKinds: facts.repeatKinds ?? [],
    testReportReceivedOn: testReportReceivedOn ?? null,
    delayAgreed: facts.delayAgreed ?? null,
    notified: facts.notified ?? {},
    approvals: facts.approvals ?? [],
  };
}

/**
 * Which pack steps the workflow has met, and when. Milestones map to workflow
 * moments (entry = entered, response = first step after registration, dispatch
 * = assignment, reply and customerInformed = the customer told the result,
 * close = closed); any other step is met by a handling-log entry naming it.
 */
function stepsMet(facts: GradingFacts): Record<string, Date> {
  const done: Record<string, Date> = {};
  const met = (step: string, at: Date | null | undefined) => {
    if (at) done[step] = at;
  };
  met('entry', facts.enteredAt);
  met('response', facts.firstResponseAt);
  met('dispatch', facts.dispatchedAt);
  met('reply', facts.customerInformedAt);
  met('customerInformed', facts.customerInformedAt);
  met('close', facts.closedAt);
  return { ...done, ...facts.stepsDone };
}

/** The computed class (for storing) and when the clock alone could change it next (for the re-grading timer). */
export function computedClass(facts: GradingFacts, env: GradingEnv): { classCode: string; regradeAt: string | null } {
  const record = toGradingRecord(facts);
  const classCode = grade(record, env.pack, env.now, env.calendar).classCode;
  return { classCode, regradeAt: nextRegradeAt(record, env.pack, env.now, env.calendar)?.toISOString() ?? null };
}

/** The full explanation, with a person's override applied on top. */
export function explainGrade(
  facts: GradingFacts,
  env: GradingEnv,
  override: { classCode: string; reason: string; byName: string } | null,
  graded?: GradeResult,
): Grade {
  const result = graded ?? grade(toGradingRecord(facts), env.pack, env.now, env.calendar);
  const classCode = override?.classCode ?? result.classCode;
  const label = env.pack.classes.find((c) => c.code === classCode)?.label ?? { zh: classCode, en: classCode };
  return { ...result, classCode, classLabel: label, computedClass: result.classCode, override };
}

/** Ticked criteria must be the pack's own tick-list items, judgements (a computed number is never ticked) or flags. */
export function unknownTickedCriteria(ticked: readonly string[], pack: RulePack): string[] {
  const tickable = new Set([...pack.criteria.filter((c) => !c.predicate || c.judgement).map((c) => c.id), ...pack.flags.map((f) => f.id)]);
  return ticked.filter((id) => !tickable.has(id));
}
