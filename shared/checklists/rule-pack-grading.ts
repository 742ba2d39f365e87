import { WorkingCalendar } from '../calendar/working-calendar';
import { grade } from '../rules/grade';
import type { DeductionTable, Fact, RulePack } from '../rules/pack-schema';
import { tableRows, type Answers } from './answers';
import { isShown } from './item-outcomes';
import type { Bilingual, ChecklistTemplate } from './template-schema';

/**
 * A form graded by its rule pack (seed004 §M): the pack's own `grade` picks
 * the class from the form's facts and ticks, and the pack's deduction table
 * for that class gives the points per position. Pure, no I/O.
 *
 * Decisions the source leaves open:
 * - the class is the pack's (highest fired criterion, else its default 三级);
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
  /** The class the pack computes, and the class that applies (the person's when overridden). */
  computedClass: string;
  classCode: string;
  classLabel: Bilingual;
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

function tableFor(pack: RulePack, classCode: string, firedIds: readonly string[]): DeductionTable | null {
  if (classCode !== 'quality') return pack.deductions.find((t) => t.code === 'management' && t.rows.some((r) => classCode in r.points)) ?? null;
  const candidates = pack.deductions.filter((t) => firedIds.includes(t.code));
  const first = (t: DeductionTable) => t.rows[0]?.points.quality ?? 0;
  return candidates.reduce<DeductionTable | null>((best, t) => (!best || first(t) > first(best) ? t : best), null);
}

export function gradeByRulePack(template: ChecklistTemplate, answers: Answers, pack: RulePack): PackGradeResult {
  const link = template.rulePack;
  if (!link || link.id !== pack.id) throw new Error(`template ${template.id} is not graded by pack ${pack.id}`);
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

  const override = link.overrideItemId ? answers[link.overrideItemId] : undefined;
  const overridden = typeof override === 'string' && pack.classes.some((c) => c.code === override) && override !== graded.classCode;
  const classCode = overridden ? override : graded.classCode;
  const classLabel = pack.classes.find((c) => c.code === classCode)?.label ?? { zh: classCode, en: classCode };
  const table = tableFor(pack, classCode, fired.map((f) => f.id));
  const deductions = (table?.rows ?? []).map((row) => ({ role: row.role, points: row.points[classCode] ?? 0 }));

  const columns = template.sections.flatMap((s) => s.items).find((i) => i.id === link.personsItemId)?.columns ?? [];
  const options = columns.find((c) => c.id === link.roleColumnId)?.options ?? [];
  const nameColumn = columns.find((c) => c.kind === 'text')?.id ?? '';
  const persons = (tableRows(link.personsItemId ? answers[link.personsItemId] : undefined) ?? []).flatMap((row, i) => {
    const deduction = deductions[options.findIndex((o) => o.value === row[link.roleColumnId ?? ''])];
    if (!deduction) return [];
    const name = row[nameColumn];
    return [{ row: i, name: typeof name === 'string' ? name : '', role: deduction.role, points: deduction.points }];
  });

  const explanation: Bilingual[] = fired.length
    ? fired.map((f) => ({ zh: `符合：${f.label.zh}${f.detail ? `（${f.detail}）` : ''}`, en: `Met: ${f.label.en}${f.detail ? ` (${f.detail})` : ''}` }))
    : [{ zh: '未符合任何认定条件，按默认等级认定', en: 'No condition met: the default class applies' }];
  const computedLabel = pack.classes.find((c) => c.code === graded.classCode)?.label ?? classLabel;
  explanation.push({ zh: `计算等级：${computedLabel.zh}`, en: `Computed class: ${computedLabel.en}` });
  if (overridden) {
    const reason = link.overrideReasonItemId ? answers[link.overrideReasonItemId] : undefined;
    const why = typeof reason === 'string' && reason.trim() ? reason.trim() : '未写明理由';
    explanation.push({ zh: `人工认定为${classLabel.zh}：${why}`, en: `Set to ${classLabel.en} by a person: ${why === '未写明理由' ? 'no reason given' : why}` });
  }
  if (table) {
    const list = deductions.map((d) => `${d.role.zh}${d.points}分`).join('，');
    explanation.push({ zh: `按${table.label.zh}扣分：${list}`, en: `Deducted per ${table.label.en}: ${deductions.map((d) => `${d.role.en} ${d.points}`).join(', ')}` });
  } else {
    explanation.push({ zh: '未勾选质量事故情形，无法确定扣分标准', en: 'No quality-accident situation ticked: no deduction table applies' });
  }

  return {
    packId: pack.id,
    packVersion: pack.version,
    computedClass: graded.classCode,
    classCode,
    classLabel,
    overridden,
    fired,
    table: table ? { code: table.code, label: table.label, source: table.source } : null,
    deductions,
    persons,
    explanation,
  };
}
