import type { RulePack } from './pack-schema';

/** An escalation on record: its reason code and when it was recorded. */
export interface EscalationMoment {
  code: string;
  at: Date;
}

/**
 * Escalations on record that restart the case one level up (the pack's `restartOnEscalation`, e.g. seed002
 * 客户管理制度14 5.3.1.6: 自动升级到下一级别，重新填报《投诉处理单》), oldest first.
 */
export function restartsOf(escalations: readonly EscalationMoment[] | undefined, pack: RulePack): EscalationMoment[] {
  const reasons = pack.restartOnEscalation?.reasons;
  if (!escalations?.length || !reasons) return [];
  return escalations.filter((e) => reasons.includes(e.code)).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The class `levels` above `classCode` in the pack's order (lowest first), the top one at most. */
export function raisedClass(classCode: string, levels: number, pack: RulePack): string {
  if (levels <= 0) return classCode;
  const rank = pack.classes.findIndex((c) => c.code === classCode);
  const top = pack.classes.length - 1;
  return pack.classes[Math.min(Math.max(rank, 0) + levels, top)]!.code;
}
