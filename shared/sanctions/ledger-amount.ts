import type { ReasonParam } from '../api/errors';
import type { SanctionArticle } from '../domain/sanction-articles';

/**
 * What a ledger entry may book under an article, checked before anything is
 * written: the article must provide the measure, a fine must lie within the
 * article's range (a range is the decider's choice of amount: 篇6 第三十九条
 * 500–2000元, seed002 客户管理制度14 5.4.1.2 30–100元/次; min = max is a fixed
 * amount: 5.4.1.1 30元/次, 篇5 6.2 各1000元), seed004 §M points follow from the
 * role named, and where the source states no number (篇5 6.1 罚款, 6.4 扣分)
 * the decider enters it. A refusal is a code and its parameters for the UI.
 */
export const LEDGER_MEASURES = ['fine', 'points'] as const;
export type LedgerMeasure = (typeof LEDGER_MEASURES)[number];

export interface LedgerAmountInput {
  measure: LedgerMeasure;
  amount?: number | undefined;
  points?: number | undefined;
  deductionRole?: number | undefined;
}

export type LedgerAmount =
  | { ok: true; amount: number; points: number; deductionRole: number | null }
  | { ok: false; key: string; params: Record<string, ReasonParam>; path: string };

/** Largest fine the ledger takes where the article states no amount: above every amount the sources name (篇6 第四十二条 10000元). */
export const UNSTATED_FINE_MAX = 100_000;
/** Largest points entry where the article states no number (seed004 §M's largest is 15). */
export const UNSTATED_POINTS_MAX = 100;

const refuse = (key: string, path: string, params: Record<string, ReasonParam> = {}): LedgerAmount => ({ ok: false, key: `sanctions.errors.${key}`, params, path });

export function ledgerAmount(article: SanctionArticle, input: LedgerAmountInput): LedgerAmount {
  if (article.kind !== 'penalty' || !article.measures.includes(input.measure)) return refuse('measureNotProvided', 'measure', { source: article.source, measure: input.measure });
  if (input.measure === 'fine') return fineOf(article, input.amount);
  return pointsOf(article, input);
}

function fineOf(article: SanctionArticle, amount: number | undefined): LedgerAmount {
  if (amount === undefined || !Number.isFinite(amount) || amount <= 0) return refuse('amountRequired', 'amount');
  if (Math.round(amount * 100) !== amount * 100) return refuse('amountCents', 'amount');
  const range = article.fine;
  if (range && (amount < range.min || amount > range.max)) {
    return refuse(range.min === range.max ? 'amountFixed' : 'amountOutOfRange', 'amount', { source: article.source, min: range.min, max: range.max, amount });
  }
  if (!range && amount > UNSTATED_FINE_MAX) return refuse('amountTooLarge', 'amount', { max: UNSTATED_FINE_MAX });
  return { ok: true, amount, points: 0, deductionRole: null };
}

function pointsOf(article: SanctionArticle, input: LedgerAmountInput): LedgerAmount {
  if (article.deduction) {
    const role = input.deductionRole;
    const row = role === undefined ? undefined : article.deduction[role];
    if (role === undefined || !row) return refuse('roleRequired', 'deductionRole', { source: article.source });
    if (row.points === 0) return refuse('roleNotLiable', 'deductionRole', { source: article.source, role: row.role.zh });
    return { ok: true, amount: 0, points: row.points, deductionRole: role };
  }
  const points = input.points;
  if (points === undefined || !Number.isInteger(points) || points <= 0) return refuse('pointsRequired', 'points');
  if (points > UNSTATED_POINTS_MAX) return refuse('pointsTooLarge', 'points', { max: UNSTATED_POINTS_MAX });
  return { ok: true, amount: 0, points, deductionRole: null };
}
