import type { AppliedVeto } from './computed-vetoes';
import type { BandDecision, GradeStatus, PartOutcome, UnmetCondition } from './scoring';
import type { Bilingual, ChecklistTemplate } from './template-schema';

/** The sentences of a grading decision, zh and en, e.g. 「第3部分 78分，低于一级要求90分」. */

type Band = NonNullable<ChecklistTemplate['grades']>[number];

const EPSILON = 1e-9;

/** A score as shown: at most 2 decimals, truncated so a score below a minimum never shows as reaching it. */
export function fmtScore(score: number): string {
  return String(Math.floor(score * 100 + EPSILON) / 100);
}

export const below = (score: number, min: number): boolean => score < min - EPSILON;

function gradeList(codes: readonly string[], grades: readonly Band[]): Bilingual {
  const labels = codes.map((code) => grades.find((g) => g.code === code)?.label ?? { zh: code, en: code });
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}

export function vetoReason(veto: AppliedVeto, grades: readonly Band[]): Bilingual {
  const list = gradeList(veto.grades, grades);
  // A cool-off's reason already names its grade.
  if (veto.until) return { zh: `存在否决项：${veto.reason.zh}`, en: `Veto: ${veto.reason.en}` };
  return { zh: `存在否决项：${veto.reason.zh}（${list.zh}）`, en: `Veto: ${veto.reason.en} (${list.en})` };
}

function scoreReasons(band: Band, parts: readonly PartOutcome[], total: number | null): Bilingual[] {
  if (parts.length === 0) {
    if (band.minTotal <= 0 && band.minEachPart === undefined) return [];
    return [{ zh: `没有分项得分，无法达到${band.label.zh}的分数要求`, en: `No part scores: ${band.label.en}'s score requirement cannot be met` }];
  }
  if (total === null) {
    return parts.filter((p) => p.score === null).map((p) => p.reason ?? { zh: `${p.label.zh}无得分`, en: `${p.label.en}: no score` });
  }
  const reasons: Bilingual[] = [];
  if (below(total, band.minTotal)) {
    reasons.push({
      zh: `加权得分${fmtScore(total)}分，低于${band.label.zh}要求${band.minTotal}分`,
      en: `Weighted total ${fmtScore(total)}, below the ${band.minTotal} required for ${band.label.en}`,
    });
  }
  const min = band.minEachPart;
  if (min !== undefined) {
    for (const part of parts) {
      if (part.score === null || !below(part.score, min)) continue;
      reasons.push({
        zh: `${part.label.zh} ${fmtScore(part.score)}分，低于${band.label.zh}要求${min}分`,
        en: `${part.label.en}: ${fmtScore(part.score)}, below the ${min} required of every part for ${band.label.en}`,
      });
    }
  }
  return reasons;
}

/** Why a band is not reached; empty when it is. */
export function bandReasons(
  band: Band,
  grades: readonly Band[],
  parts: readonly PartOutcome[],
  total: number | null,
  vetoes: readonly AppliedVeto[],
  unmet: readonly UnmetCondition[],
): Bilingual[] {
  return [
    ...scoreReasons(band, parts, total),
    ...vetoes.filter((v) => v.grades.includes(band.code)).map((v) => vetoReason(v, grades)),
    ...unmet
      .filter((u) => u.grade === band.code)
      .map((u) => ({
        zh: `未满足${band.label.zh}条件：${u.label.zh}${u.answered ? '' : '（未作答）'}`,
        en: `${band.label.en} condition not met: ${u.label.en}${u.answered ? '' : ' (not answered)'}`,
      })),
  ];
}

/** The closing sentence(s): the grade and what it rests on, 不达标, or why there is no grade yet. */
export function conclusion(
  status: GradeStatus,
  reached: BandDecision | undefined,
  parts: readonly PartOutcome[],
  total: number | null,
  missing: number,
  hasConditions: boolean,
): Bilingual[] {
  if (status === 'ungraded') return [];
  if (status === 'incomplete') return [{ zh: `尚有${missing}项必填内容未填写，暂不定级`, en: `${missing} required answer(s) missing: not graded yet` }];
  if (status === 'none' || !reached) return [{ zh: '未达到任何等级：不达标', en: 'No grade reached: not up to standard (不达标)' }];
  const zh: string[] = [];
  const en: string[] = [];
  if (total !== null) {
    zh.push(`加权得分${fmtScore(total)}分`);
    en.push(`weighted total ${fmtScore(total)}`);
    const lowest = Math.min(...parts.map((p) => p.score ?? 0));
    zh.push(`最低部分${fmtScore(lowest)}分`);
    en.push(`lowest part ${fmtScore(lowest)}`);
  }
  zh.push(`不存在${reached.label.zh}否决情形`);
  en.push(`no ${reached.label.en} veto applies`);
  if (hasConditions) {
    zh.push(`${reached.label.zh}各项条件均满足`);
    en.push(`every ${reached.label.en} condition is met`);
  }
  const out = [{ zh: `评为${reached.label.zh}：${zh.join('，')}`, en: `Graded ${reached.label.en}: ${en.join('; ')}` }];
  if (reached.note) out.push(reached.note);
  return out;
}
