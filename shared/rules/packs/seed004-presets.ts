import type { RulePackInput } from '../pack-schema';

/** Packs of seed004 presets D, E, J, I, H, P (severity presets of seed004.md Implications); one file per pack beside this one. */
export const SEED004_PACKS: readonly RulePackInput[] = [];
