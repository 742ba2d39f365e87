import type { CircularAction, CircularDefinitionView, CircularFinding, MonthlyAssessment, WeeklyCircular } from '../../../shared/api/circulars';
import { ApiError } from '../../../shared/api/errors';
import { assessmentScore, circularDefinition, CIRCULAR_DEFINITIONS, SCORING_CHOICE, weightedScore, type CircularDefinition } from '../../../shared/circulars/definitions';
import type { Answers } from '../../../shared/checklists/answers';
import { addDays, dayStartInstant, type Period, type PeriodInput } from '../../../shared/reports/period';
import type { ReadDb } from '../db/handles';
import { checkedPeriod } from '../reports/period-check';
import { areaOf, countedRecord, openAt, templateLookup, type CountedRecord } from './counted-records';
import { actionsRaisedBefore, completedRecordsSince, weightRows, type CountedActionRow, type WeightRow } from './repository';

export function knownDefinition(id: string): CircularDefinition {
  const definition = circularDefinition(id);
  if (!definition) throw ApiError.because('VALIDATION', 'circulars.errors.unknownDefinition', undefined, 'definitionId');
  return definition;
}

function viewOf(definition: CircularDefinition, stored: WeightRow | undefined): CircularDefinitionView {
  return {
    id: definition.id,
    title: definition.title,
    source: definition.source,
    templateIds: [...definition.templateIds],
    weightPercent: stored ? stored.weight_percent : definition.weightPercent,
    sourceWeightPercent: definition.weightPercent,
    weightSource: definition.weightSource,
    weightChoice: definition.weightChoice,
    weightNote: stored?.note ?? null,
    weightSetBy: stored?.updated_by_name ?? null,
    weightSetAt: stored?.updated_at ?? null,
  };
}

export function definitionViews(db: ReadDb): CircularDefinitionView[] {
  const stored = new Map(weightRows(db).map((w) => [w.definition_id, w]));
  return CIRCULAR_DEFINITIONS.map((d) => viewOf(d, stored.get(d.id)));
}

export function definitionView(db: ReadDb, id: string): CircularDefinitionView {
  return definitionViews(db).find((d) => d.id === id)!;
}

/** The records of a period: completed since it began, counted on the day they name. */
function recordsOf(db: ReadDb, definition: CircularDefinition, period: Period): CountedRecord[] {
  const template = templateLookup(db);
  return completedRecordsSince(db, definition.templateIds, dayStartInstant(period.firstDay))
    .map((row) => countedRecord(definition, row, template(row.template_id, row.template_version)))
    .filter((r) => r.day >= period.firstDay && r.day <= period.lastDay);
}

/** The instant a period ends (the next day's start), or now for the period under way. */
function endOf(period: Period, now: Date): string {
  const end = dayStartInstant(addDays(period.lastDay, 1));
  return end < now.toISOString() ? end : now.toISOString();
}

function actionView(definition: CircularDefinition, row: CountedActionRow, moment: string): CircularAction {
  return {
    id: row.id,
    recordId: row.record_id,
    area: areaOf(definition, JSON.parse(row.record_answers) as Answers),
    problem: row.problem,
    action: row.action,
    ownerName: row.owner_name,
    dueAt: row.due_at,
    createdAt: row.created_at,
    status: row.status,
    closedAt: row.closed_at,
    overdueAtEnd: row.due_at < moment,
  };
}

/** 每周通报: the week's findings (failed items, or the free-text findings of a record where none failed) and the actions open at the week's end. */
export function weeklyCircular(db: ReadDb, definitionId: string, input: PeriodInput, now: Date): WeeklyCircular {
  const definition = knownDefinition(definitionId);
  const period = checkedPeriod(input, now, ['week']);
  const records = recordsOf(db, definition, period);
  const moment = endOf(period, now);
  const findings = records.flatMap((r): CircularFinding[] => {
    const base = { recordId: r.id, day: r.day, area: r.area, person: r.person, templateTitle: r.templateTitle, note: r.note };
    if (r.failed.length) return r.failed.map((f) => ({ ...base, itemLabel: f.label, reason: f.reason }));
    return r.note ? [{ ...base, itemLabel: null, reason: null }] : [];
  });
  const open = actionsRaisedBefore(db, definition.templateIds, moment).filter((a) => openAt(a, moment));
  return {
    definitionId,
    period,
    source: definition.source,
    checks: records.length,
    findings: findings.sort((a, b) => a.day.localeCompare(b.day) || a.area.localeCompare(b.area, 'zh-CN')),
    openActions: open.map((a) => actionView(definition, a, moment)),
    asOf: now.toISOString(),
  };
}

interface Tally {
  person: string;
  area: string;
  records: Set<string>;
  judged: number;
  passed: number;
  findings: number;
}

/** 每月考核: per person and area, the month's checks, their judged and passed items, the actions raised on them and still open at the month's end, and the (weighted) score. */
export function monthlyAssessment(db: ReadDb, definitionId: string, input: PeriodInput, now: Date): MonthlyAssessment {
  const definition = knownDefinition(definitionId);
  const period = checkedPeriod(input, now, ['month']);
  const weight = definitionView(db, definitionId).weightPercent;
  const records = recordsOf(db, definition, period);
  const moment = endOf(period, now);
  const tallies = new Map<string, Tally>();
  const recordTally = new Map<string, Tally>();
  for (const r of records) {
    const key = JSON.stringify([r.person, r.area]);
    const tally = tallies.get(key) ?? { person: r.person, area: r.area, records: new Set<string>(), judged: 0, passed: 0, findings: 0 };
    tally.records.add(r.id);
    tally.judged += r.passed + r.failed.length;
    tally.passed += r.passed;
    tally.findings += r.failed.length;
    tallies.set(key, tally);
    recordTally.set(r.id, tally);
  }
  const raised = actionsRaisedBefore(db, definition.templateIds, moment).filter((a) => recordTally.has(a.record_id));
  const rows = [...tallies.values()].map((t) => {
    const own = raised.filter((a) => recordTally.get(a.record_id) === t);
    const score = assessmentScore(t.passed, t.judged);
    return {
      person: t.person,
      area: t.area,
      checks: t.records.size,
      judged: t.judged,
      passed: t.passed,
      findings: t.findings,
      actionsRaised: own.length,
      actionsOpenAtEnd: own.filter((a) => openAt(a, moment)).length,
      score,
      weighted: weightedScore(score, weight),
    };
  });
  return {
    definitionId,
    period,
    source: definition.source,
    weightPercent: weight,
    weightSource: definition.weightSource,
    scoringChoice: SCORING_CHOICE,
    rows: rows.sort((a, b) => a.person.localeCompare(b.person, 'zh-CN') || a.area.localeCompare(b.area, 'zh-CN')),
    openActions: raised.filter((a) => openAt(a, moment)).map((a) => actionView(definition, a, moment)),
    asOf: now.toISOString(),
  };
}
