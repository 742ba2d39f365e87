/**
 * Thresholds computed from what the store holds (issue 17): sanctions that
 * apply only after a count within a period (篇5 6.2 诫勉), and registers whose
 * rows are limited per person and month (seed002 客户管理制度2 七、4: 换班 ≤ 3 a month).
 */
export { dueSanctionsOf, requireSanctionApplies, type ChargedComplaint } from './sanction-thresholds';
export { requireWithinRowLimit } from './row-limits';
