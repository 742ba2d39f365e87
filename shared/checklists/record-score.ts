import { findPack } from '../rules/packs';
import type { AnswerValue, Answers, CellValue, PhotoRef } from './answers';
import { gradeByRulePack } from './rule-pack-grading';
import { appliedVetoes, scoreRecord } from './scoring';
import type { Bilingual, ChecklistTemplate, TemplateItem } from './template-schema';

/**
 * The score of a stored record, for the fill screen and the printed report:
 * graded assessments (grade bands) by `scoreRecord`, the accident form by its
 * rule pack; registers and plain checklists have none (null).
 *
 * The store keeps answers as the fill screen writes them (a signature is the
 * signer's name; a photo names its evidence by position); scoring reads the
 * shapes of `answers.ts`, so they are turned into those here, at one place.
 */
export interface RecordScore {
  /** Weighted total (0–100), when the template has one. */
  total: number | null;
  grade: Bilingual | null;
  /** 'graded' | 'none' (no band reached) | 'incomplete' (required answers missing) | 'ungraded' */
  status: string;
  explanation: Bilingual[];
}

export function recordScore(template: ChecklistTemplate, stored: Readonly<Record<string, unknown>>): RecordScore | null {
  const answers = scoringAnswers(template, stored);
  if (template.rulePack) {
    const pack = findPack(template.rulePack.id);
    if (!pack) return null;
    const result = gradeByRulePack(template, answers, pack);
    return { total: null, grade: result.classLabel, status: result.classCode ? 'graded' : 'none', explanation: result.explanation };
  }
  if (!template.grades?.length) return null;
  const result = scoreRecord(template, answers);
  return { total: result.total, grade: result.grade?.label ?? null, status: result.status, explanation: result.explanation };
}

/**
 * The vetoes that apply to a stored record, each said once in both languages:
 * a failed veto item by its label, a computed cool-off by its reason (the
 * accident, its date and the period not yet passed). The same list grades the
 * record at the site (scoreRecord) and fills head office's overview.
 */
export function failedVetoes(template: ChecklistTemplate, stored: Readonly<Record<string, unknown>>): Bilingual[] {
  const said = new Set<string>();
  return appliedVetoes(template, scoringAnswers(template, stored))
    .map((veto) => veto.reason)
    .filter((reason) => !said.has(reason.zh) && Boolean(said.add(reason.zh)));
}

function scoringAnswers(template: ChecklistTemplate, stored: Readonly<Record<string, unknown>>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of template.sections.flatMap((s) => s.items)) {
    const value = stored[item.id];
    if (value === undefined || value === null) continue;
    if (item.kind === 'table' && Array.isArray(value)) {
      answers[item.id] = value.map((row: Record<string, unknown>) =>
        Object.fromEntries((item.columns ?? []).filter((c) => row[c.id] !== undefined).map((c) => [c.id, cellOf(c, row[c.id])])),
      );
    } else {
      answers[item.id] = cellOf(item, value);
    }
  }
  return answers;
}

function cellOf(field: Pick<TemplateItem, 'kind' | 'evidence'>, value: unknown): CellValue {
  if (field.kind === 'signature' && typeof value === 'string') return { name: value, signedAt: '—' };
  if (field.kind === 'photo' && Array.isArray(value)) {
    return value.map((photo: { attachmentId: string; evidence?: number }): PhotoRef => {
      const label = photo.evidence === undefined ? undefined : field.evidence?.[photo.evidence]?.zh;
      return label ? { attachmentId: photo.attachmentId, evidence: label } : { attachmentId: photo.attachmentId };
    });
  }
  return value as CellValue;
}
