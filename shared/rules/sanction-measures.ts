/**
 * What a penalty or reward article may order (奖惩记录): the measures the
 * sources name. Kept apart from the articles so that rule packs, which carry
 * their own articles and fines, can name them without importing the list of
 * all articles (shared/domain/sanction-articles.ts), which is built from the packs.
 */
export const SANCTION_MEASURES = [
  'fine',
  'points',
  'written_self_criticism',
  'demerit',
  'dismissal',
  'admonishment',
  'pay_cut',
  'demotion',
  'contract_termination',
  'reward',
  'internal',
] as const;
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];

export const SANCTION_KINDS = ['penalty', 'reward'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];
