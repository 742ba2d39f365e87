import { WorkingCalendar } from '../calendar/working-calendar';
import { grade } from '../rules/grade';
import { comparisonsOf, type DeductionTable, type Fact, type Predicate, type RulePack } from '../rules/pack-schema';
import { tableRows, type Answers } from './answers';
import { isShown } from './item-outcomes';
import type { Bilingual, ChecklistTemplate } from './template-schema';

/**
 * A form graded by its rule pack (seed004 §M): the pack's own `grade` picks
 * the class from the form's facts and ticks, and the pack's deduction table
 * for that class gives the points per position. Pure, no I/O.
 *
 * Decisions the source leaves open:
 * - the class is the pack's (highest fired criterion, else its default 三级 —
 *   but only when the form asked about that class's conditions);
 *   a person may set another class, with a reason, which then rules;
 * - 管理事故 classes use the "management" table; 质量事故 uses the table of the
 *   ticked situation ⑴–⑷; when several are ticked, the one deducting most
 *   from the first position applies (source order on a tie): one accident is
 *   charged once;
 * - a person's points follow the position chosen for them (the role column's
 *   options are in the order of the table's rows).
 */

export interface PackDeduction {
  role: Bilingual;
  points: number;
}

export interface PackGradeResult {
  packId: string;
  packVersion: string;
  /**
   * The class the pack computes, and the class that applies (the person's when
   * overridden). Null when nothing fired and the form did not ask about the
   * pack's default class (a quality accident with no situation ticked is not a 三级 management accident).
   */
  computedClass: string | null;
  classCode: string | null;
  classLabel: Bilingual | null;
  overridden: boolean;
  fired: { id: string; label: Bilingual; source: string; detail?: string }[];
  table: { code: string; label: Bilingual; source: string } | null;
  deductions: PackDeduction[];
  persons: { row: number; name: string; role: Bilingual; points: number }[];
  explanation: Bilingual[];
}

// The pack's grading reads no deadline here, so no holiday data is needed.
const NO_CALENDAR = new WorkingCalendar({ version: 'none', holidays: [], makeUpWorkdays: [], coveredYears: [] });
const EPOCH = new Date(0);

function factsOf(predicate: Predicate | undefined): Fact[] {
  return predicate ? comparisonsOf(predicate).map((c) => c.fact) : [];
}

function tableFor(pack: RulePack, classCode: string, firedIds: readonly string[]): DeductionTable | null {
  if (classCode !== 'quality') return pack.deductions.find((t) => t.code === 'management' && t.rows.some((r) => classCode in r.points)) ?? null;
  const candidates = pack.deductions.filter((t) => firedIds.includes(t.code));
  const first = (t: DeductionTable) => t.rows[0]?.points.quality ?? 0;
  return candidates.reduce<DeductionTable | null>((best, t) => (!best || first(t) > first(best) ? t : best), null);
}

type Link = NonNullable<ChecklistTemplate['rulePack']>;
type Fired = PackGradeResult['fired'];

/** The class the pack computes from the shown items' facts and ticks, and the criteria that fired. */
function computeClass(template: ChecklistTemplate, answers: Answers, pack: RulePack): { fired: Fired; computedClass: string | null } {
  const items = template.sections.flatMap((s) => s.items).filter((item) => isShown(item, template, answers));
  const facts: Partial<Record<Fact, number>> = {};
  const ticked: string[] = [];
  for (const item of items) {
    const value = answers[item.id];
    if (item.fact && typeof value === 'number' && Number.isFinite(value)) facts[item.fact] = value;
    if (item.criterion && value === true) ticked.push(item.criterion);
  }
  const graded = grade({ receivedAt: EPOCH, resolvedAt: EPOCH, ticked, facts }, pack, EPOCH, NO_CALENDAR);
  const fired = graded.criteria.filter((c) => c.fired).map((c) => ({ id: c.id, label: c.label, source: c.source, ...(c.detail ? { detail: c.detail } : {}) }));
  const askedFacts = new Set(items.flatMap((i) => (i.fact ? [i.fact] : [])));
  const askedCriteria = new Set(items.flatMap((i) => (i.criterion ? [i.criterion] : [])));
  const asked = new Set(pack.criteria.filter((c) => askedCriteria.has(c.id) || factsOf(c.predicate).some((f) => askedFacts.has(f))).map((c) => c.classCode));
  return { fired, computedClass: fired.length || asked.has(graded.classCode) ? graded.classCode : null };
}

/** The persons table's rows, each with the points of the position chosen for them (rows with none left out). */
function personsOf(template: ChecklistTemplate, link: Link, answers: Answers, deductions: PackDeduction[]): PackGradeResult['persons'] {
  const columns = template.sections.flatMap((s) => s.items).find((i) => i.id === link.personsItemId)?.columns ?? [];
  const options = columns.find((c) => c.id === link.roleColumnId)?.options ?? [];
  const nameColumn = columns.find((c) => c.kind === 'text')?.id ?? '';
  return (tableRows(link.personsItemId ? answers[link.personsItemId] : undefined) ?? []).flatMap((row, i) => {
    const deduction = deductions[options.findIndex((o) => o.value === row[link.roleColumnId ?? ''])];
    if (!deduction) return [];
    const name = row[nameColumn];
    return [{ row: i, name: typeof name === 'string' ? name : '', role: deduction.role, points: deduction.points }];
  });
}

interface Explained {
  fired: Fired;
  computedLabel: Bilingual | null;
  overriddenTo: Bilingual | null;
  reason: Answers[string] | undefined;
  table: DeductionTable | null;
  deductions: PackDeduction[];
}

/** The grading in words, zh and en: what was met, the class computed, the person's class and why, the deductions. */
function explain({ fired, computedLabel, overriddenTo, reason, table, deductions }: Explained): Bilingual[] {
  const explanation: Bilingual[] = fired.map((f) => ({ zh: `符合：${f.label.zh}${f.detail ? `（${f.detail}）` : ''}`, en: `Met: ${f.label.en}${f.detail ? ` (${f.detail})` : ''}` }));
  if (!fired.length && computedLabel) explanation.push({ zh: '未符合任何认定条件，按默认等级认定', en: 'No condition met: the default class applies' });
  explanation.push(
    computedLabel
      ? { zh: `计算等级：${computedLabel.zh}`, en: `Computed class: ${computedLabel.en}` }
      : { zh: '未符合任何认定条件，无法计算等级', en: 'No condition met: no class computed' },
  );
  if (overriddenTo) {
    const why = typeof reason === 'string' && reason.trim() ? reason.trim() : '未写明理由';
    explanation.push({ zh: `人工认定为${overriddenTo.zh}：${why}`, en: `Set to ${overriddenTo.en} by a person: ${why === '未写明理由' ? 'no reason given' : why}` });
  }
  if (table) {
    const list = deductions.map((d) => `${d.role.zh}${d.points}分`).join('，');
    explanation.push({ zh: `按${table.label.zh}扣分：${list}`, en: `Deducted per ${table.label.en}: ${deductions.map((d) => `${d.role.en} ${d.points}`).join(', ')}` });
  } else {
    explanation.push({ zh: '无适用的扣分标准', en: 'No deduction table applies' });
  }
  return explanation;
}

export function gradeByRulePack(template: ChecklistTemplate, answers: Answers, pack: RulePack): PackGradeResult {
  const link = template.rulePack;
  if (!link || link.id !== pack.id) throw new Error(`template ${template.id} is not graded by pack ${pack.id}`);
  const { fired, computedClass } = computeClass(template, answers, pack);
  const override = link.overrideItemId ? answers[link.overrideItemId] : undefined;
  const overridden = typeof override === 'string' && pack.classes.some((c) => c.code === override) && override !== computedClass;
  const classCode = overridden ? override : computedClass;
  const labelOf = (code: string | null) => pack.classes.find((c) => c.code === code)?.label ?? null;
  const classLabel = labelOf(classCode);
  const table = classCode ? tableFor(pack, classCode, fired.map((f) => f.id)) : null;
  const deductions = (table?.rows ?? []).map((row) => ({ role: row.role, points: classCode ? (row.points[classCode] ?? 0) : 0 }));
  const reason = link.overrideReasonItemId ? answers[link.overrideReasonItemId] : undefined;
  const explanation = explain({ fired, computedLabel: labelOf(computedClass), overriddenTo: overridden ? classLabel : null, reason, table, deductions });

  return {
    packId: pack.id,
    packVersion: pack.version,
    computedClass,
    classCode,
    classLabel,
    overridden,
    fired,
    table: table ? { code: table.code, label: table.label, source: table.source } : null,
    deductions,
    persons: personsOf(template, link, answers, deductions),
    explanation,
  };
}
