import { tableRows, type Answers } from './answers';
import { coolOffVetoes, type AppliedVeto } from './computed-vetoes';
import { bandReasons, conclusion, fmtScore } from './grade-explanations';
import { isScoredSection, isShown, itemOutcomes, type ItemOutcome, type MissingAnswer } from './item-outcomes';
import type { Bilingual, ChecklistTemplate, GradeBand, TemplateItem, TemplateSection } from './template-schema';

/**
 * Scoring and grading of a checklist record: pure, no I/O.
 *
 * Model:
 * - Items: each visible item is judged (item-outcomes.ts): pass/fail/NA,
 *   numbers outside their limits fail, a veto item fails on "yes".
 * - Parts: a scored section (weighted, or with a `partScore` item, or with
 *   item points) is a part; its score is the entered part score, else the
 *   points earned over the points of the applicable (non-NA) items × 100.
 *   A `table` with `enteredParts` adds one part per row (name, weight, score
 *   entered: seed004 §A's parts and weights are in 《管理体系》, not in the source).
 * - Total: the weighted mean Σ weight·score / Σ weight (weights are relative;
 *   an unweighted part weighs 1). Null while any part has no valid score.
 * - Vetoes: a "yes" on an item with `vetoes`, and the computed ones (accident
 *   cool-off). Conditions: an item with `requiredFor` must be "yes"/"pass".
 * - Grade: the first band (best first) whose minTotal and minEachPart are met,
 *   none of whose vetoes apply and all of whose conditions are met; else none
 *   (不达标). Not graded while a required answer is missing.
 * - Every band gets its reasons in zh and en (grade-explanations.ts).
 * Comparisons allow 1e-9 for floating error only; shown scores are truncated
 * to 2 decimals, never rounded up past a minimum they miss.
 */

export interface PartOutcome {
  id: string;
  label: Bilingual;
  source: string;
  weight: number;
  /** 0–100, or null when it cannot be scored yet (see `reason`). */
  score: number | null;
  reason?: Bilingual;
}

export interface UnmetCondition {
  grade: string;
  itemId: string;
  label: Bilingual;
  answered: boolean;
}

export interface BandDecision {
  code: string;
  label: Bilingual;
  reached: boolean;
  reasons: Bilingual[];
  note?: Bilingual;
}

export interface FailedItem {
  itemId: string;
  label: Bilingual;
  source: string;
  reason?: Bilingual;
  /** Whether the failure offers to raise a corrective action. */
  correctiveAction: boolean;
}

export type GradeStatus = 'graded' | 'none' | 'incomplete' | 'ungraded';

export interface ScoreResult {
  templateId: string;
  templateVersion: string;
  items: ItemOutcome[];
  missing: MissingAnswer[];
  failedItems: FailedItem[];
  parts: PartOutcome[];
  total: number | null;
  vetoes: AppliedVeto[];
  unmetConditions: UnmetCondition[];
  bands: BandDecision[];
  grade: { code: string; label: Bilingual } | null;
  status: GradeStatus;
  /** The decision in order: vetoes, each band's reasons, the conclusion. */
  explanation: Bilingual[];
}

const allItems = (template: ChecklistTemplate) => template.sections.flatMap((s) => s.items);

function sectionPart(section: TemplateSection, outcomes: Map<string, ItemOutcome>, answers: Answers): PartOutcome {
  const base = { id: section.id, label: section.title, source: section.source, weight: section.weight ?? 1 };
  const entered = section.items.find((i) => i.partScore);
  if (entered) {
    const status = outcomes.get(entered.id)?.status;
    const value = answers[entered.id];
    if (status === 'pass' || status === 'answered') return { ...base, score: value as number };
    return { ...base, score: null, reason: outcomes.get(entered.id)?.reason ?? { zh: `${section.title.zh}未填写得分`, en: `${section.title.en}: no score entered` } };
  }
  let earned = 0;
  let possible = 0;
  for (const item of section.items.filter((i) => i.points !== undefined)) {
    const status = outcomes.get(item.id)?.status;
    if (status === 'hidden' || status === 'na') continue;
    if (status === 'missing') return { ...base, score: null, reason: { zh: `${section.title.zh}尚有未答项`, en: `${section.title.en}: items unanswered` } };
    possible += item.points ?? 0;
    if (status === 'pass' || status === 'answered') earned += item.points ?? 0;
  }
  if (possible === 0) return { ...base, score: null, reason: { zh: `${section.title.zh}无适用的计分项`, en: `${section.title.en}: no applicable scored items` } };
  return { ...base, score: (earned / possible) * 100 };
}

function enteredParts(item: TemplateItem, answers: Answers): PartOutcome[] {
  const cols = item.enteredParts;
  const rows = tableRows(answers[item.id]);
  if (!cols || !rows) return [];
  return rows.map((row, i): PartOutcome => {
    const name = typeof row[cols.name] === 'string' && String(row[cols.name]).trim() ? String(row[cols.name]).trim() : `第${i + 1}部分`;
    const base = { id: `${item.id}[${i}]`, label: { zh: name, en: name }, source: item.source };
    const weight = row[cols.weight];
    const score = row[cols.score];
    if (typeof weight !== 'number' || !(weight > 0)) {
      return { ...base, weight: 0, score: null, reason: { zh: `${name}：权重须大于0`, en: `${name}: the weight must be above 0` } };
    }
    if (typeof score !== 'number' || score < 0 || score > 100) {
      return { ...base, weight, score: null, reason: { zh: `${name}：得分须在0–100之间`, en: `${name}: the score must be 0–100` } };
    }
    return { ...base, weight, score };
  });
}

function partsOf(template: ChecklistTemplate, answers: Answers, outcomes: Map<string, ItemOutcome>): PartOutcome[] {
  const parts: PartOutcome[] = [];
  for (const section of template.sections) {
    if (isScoredSection(section)) parts.push(sectionPart(section, outcomes, answers));
    for (const item of section.items) if (item.enteredParts && isShown(item, template, answers)) parts.push(...enteredParts(item, answers));
  }
  return parts;
}

export function weightedTotal(parts: readonly PartOutcome[]): number | null {
  if (parts.length === 0 || parts.some((p) => p.score === null || !(p.weight > 0))) return null;
  const weights = parts.reduce((sum, p) => sum + p.weight, 0);
  return parts.reduce((sum, p) => sum + p.weight * (p.score ?? 0), 0) / weights;
}

function answeredVetoes(template: ChecklistTemplate, outcomes: ReadonlyMap<string, ItemOutcome>): AppliedVeto[] {
  return allItems(template)
    .filter((item) => item.vetoes?.length && outcomes.get(item.id)?.status === 'fail')
    .map((item) => ({ grades: item.vetoes ?? [], reason: item.label, source: item.source, itemId: item.id }));
}

/**
 * Every veto that applies to a record: the veto items that failed — ticked, or
 * computed from a count or dates (withComputedAnswers, inside itemOutcomes) —
 * and the vetoes the template computes from dated rows (accident and level
 * cool-offs). The grading below and head office's overview both read this one
 * list, so a record the site cannot grade is never missing from the console.
 */
export function appliedVetoes(template: ChecklistTemplate, answers: Answers, outcomes?: ReadonlyMap<string, ItemOutcome>): AppliedVeto[] {
  const judged = outcomes ?? new Map(itemOutcomes(template, answers).items.map((o) => [o.itemId, o]));
  return [...answeredVetoes(template, judged), ...coolOffVetoes(template, answers)];
}

function unmetConditions(template: ChecklistTemplate, outcomes: Map<string, ItemOutcome>): UnmetCondition[] {
  return allItems(template).flatMap((item) => {
    const status = outcomes.get(item.id)?.status;
    if (!item.requiredFor?.length || status === 'pass' || status === 'hidden') return [];
    return item.requiredFor.map((grade) => ({ grade, itemId: item.id, label: item.label, answered: status !== 'missing' }));
  });
}

const hasConditions = (template: ChecklistTemplate, grade: string | undefined) =>
  grade !== undefined && allItems(template).some((item) => item.requiredFor?.includes(grade));

export function scoreRecord(template: ChecklistTemplate, answers: Answers): ScoreResult {
  const { items, missing } = itemOutcomes(template, answers);
  const outcomes = new Map(items.map((o) => [o.itemId, o]));
  const parts = partsOf(template, answers, outcomes);
  const total = weightedTotal(parts);
  const vetoes = appliedVetoes(template, answers, outcomes);
  const unmet = unmetConditions(template, outcomes);
  const byId = new Map(allItems(template).map((i) => [i.id, i]));
  const failedItems = items
    .filter((o) => o.status === 'fail')
    .map((o) => {
      const item = byId.get(o.itemId);
      const byDefault = item?.kind === 'passFail' || item?.kind === 'yesNo';
      return { itemId: o.itemId, label: o.label, source: o.source, reason: o.reason, correctiveAction: item?.correctiveAction ?? byDefault };
    });

  const grades = template.grades ?? [];
  const bands = grades.map((band): BandDecision => {
    const reasons = bandReasons(band, grades, parts, total, vetoes, unmet);
    return { code: band.code, label: band.label, reached: reasons.length === 0, reasons, ...(band.note ? { note: band.note } : {}) };
  });
  const reached = bands.find((b) => b.reached);
  const status: GradeStatus = grades.length === 0 ? 'ungraded' : missing.length > 0 ? 'incomplete' : reached ? 'graded' : 'none';
  const grade = status === 'graded' && reached ? { code: reached.code, label: reached.label } : null;
  // Bands past the one reached do not matter; a veto shared by two bands is said once.
  const considered = reached ? bands.slice(0, bands.indexOf(reached)) : bands;
  const said = new Set<string>();
  const pay = grade ? grades.find((g) => g.code === grade.code)?.pay : undefined;
  const explanation = [
    ...considered.flatMap((b) => b.reasons),
    ...conclusion(status, reached, parts, total, missing.length, hasConditions(template, reached?.code)),
    ...(grade && pay ? [payLine(grade.label, pay)] : []),
  ].filter((text) => {
    if (said.has(text.zh)) return false;
    said.add(text.zh);
    return true;
  });
  return { templateId: template.id, templateVersion: template.version, items, missing, failedItems, parts, total, vetoes, unmetConditions: unmet, bands, grade, status, explanation };
}

/** The pay the source attaches to the grade awarded, in its own words (seed004 §C: 底薪基础工资可达到1800元). */
function payLine(label: Bilingual, pay: NonNullable<GradeBand['pay']>): Bilingual {
  return {
    zh: `${label.zh}：底薪基础工资可达到${pay.baseUpTo}元（${pay.note.zh}；${pay.source}）`,
    en: `${label.en}: base pay up to ${pay.baseUpTo} 元 (${pay.note.en}; ${pay.source})`,
  };
}

export { fmtScore };
