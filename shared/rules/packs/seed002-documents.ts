import type { RulePackInput } from '../pack-schema';

/** Packs of seed002 客户管理制度 6, 8, 11, 12 and 14; one file per pack beside this one. */
export const SEED002_DOCUMENT_PACKS: readonly RulePackInput[] = [];
