import type { RulePackInput } from '../pack-schema';

/** Packs of seed001 S10, S4, S15 and seed004 §M accident grading; one file per pack beside this one. */
export const SEED001_PACKS: readonly RulePackInput[] = [];
