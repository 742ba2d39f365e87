import { rulePackSchema, type RulePack } from '../pack-schema';
import { insuranceBranchP5Pack } from './insurance-branch-p5';
import { sichuanGroupP6Pack } from './sichuan-group-p6';

/** Every shipped rule pack, validated at load: a malformed pack fails loudly at start and in tests. */
export const SHIPPED_PACKS: readonly RulePack[] = [sichuanGroupP6Pack, insuranceBranchP5Pack].map((pack) => rulePackSchema.parse(pack));

export function findPack(id: string): RulePack | undefined {
  return SHIPPED_PACKS.find((pack) => pack.id === id);
}
