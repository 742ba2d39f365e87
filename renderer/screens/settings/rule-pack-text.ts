import type { TFunction } from 'i18next';
import { findTemplate } from '../../../shared/checklists/templates';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { FLAG_FACTS, isShareFact, MILESTONES, stepOf, type Deadline, type Comparison, type Duration, type Fact, type Predicate, type RulePack } from '../../../shared/rules/pack-schema';
import { findPack } from '../../../shared/rules/packs';

import { classLabel, pick } from '../../lib/pack-labels';

export { classLabel, pick, type Localised } from '../../lib/pack-labels';

const OPS: Record<Comparison['op'], string> = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=' };
const isFlag = (fact: Fact) => (FLAG_FACTS as readonly Fact[]).includes(fact);
/** A share 0–1 in percent: 0.125 → "12.5%". */
export const percentText = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** " 元", " 人", "" for facts without a unit. */
export function factUnit(fact: Fact, t: TFunction): string {
  switch (fact) {
    case 'directLoss':
    case 'groupSize':
    case 'openDays':
    case 'sameProblemCountThisMonth':
    case 'appointmentLateMinutes':
    case 'injuredCount':
    case 'treatmentWorkingDays':
    case 'leaveMonths':
    case 'strikeHeadcount':
    case 'batchCases':
    case 'sameBatchEndUsers':
    case 'appealDaysAfterReport':
      return t(`rulePack.factUnits.${fact}`);
    default:
      return '';
  }
}

/** "直接经济损失 ≥ 30000 元", "反映问题的客户比例 ≥ 50%", "涉及媒体：是". */
export function comparisonText(c: Comparison, t: TFunction): string {
  const fact = t(`rulePack.facts.${c.fact}`);
  if (isFlag(c.fact) && (c.op === 'eq' || c.op === 'gte')) {
    const truthy = c.op === 'eq' ? c.value === 1 : c.value > 0;
    return `${fact}：${t(truthy ? 'rulePack.yes' : 'rulePack.no')}`;
  }
  const value = isShareFact(c.fact) ? percentText(c.value) : `${c.value}${factUnit(c.fact, t)}`;
  return `${fact} ${OPS[c.op]} ${value}`;
}

export function milestoneText(milestone: string, t: TFunction): string {
  const found = MILESTONES.find((m) => m === milestone);
  return found ? t(`rulePack.milestones.${found}`) : milestone;
}

/** "自受理起", or "自“部门负责人到场”完成起" for a clock that starts when another step is done. */
export function clockStartText(deadline: Deadline, pack: RulePack, t: TFunction, lang: string): string {
  if (typeof deadline.from === 'string') return t(`rulePack.clockStarts.${deadline.from}`);
  if ('afterApproval' in deadline.from) return t('rulePack.clockStartAfterApproval', { step: t(`clocks.approvals.${deadline.from.afterApproval}`) });
  const { afterStep } = deadline.from;
  const before = pack.deadlines.find((d) => stepOf(d) === afterStep);
  const name = before ? (before.label ? pick(before.label, lang) : milestoneText(before.milestone, t)) : afterStep;
  return t('rulePack.clockStartAfterStep', { step: name });
}

/** A computed criterion's rule, in words. */
export function predicateText(predicate: Predicate, pack: RulePack, t: TFunction, lang: string): string {
  if ('overdue' in predicate) {
    return t('rulePack.overdue', { milestone: milestoneText(predicate.overdue, t), ofClass: classLabel(pack, predicate.ofClass, lang) });
  }
  if ('overdueUnagreed' in predicate) return t('rulePack.overdueUnagreed', { milestone: milestoneText(predicate.overdueUnagreed, t) });
  if ('escalated' in predicate) return t('rulePack.escalated', { count: predicate.escalated.length });
  if ('repeatOf' in predicate) return t('rulePack.repeatOf', { kinds: predicate.repeatOf.map((kind) => t(`repeat.kinds.${kind}`)).join(lang === 'en' ? ', ' : '、') });
  if ('all' in predicate) return predicate.all.map((c) => comparisonText(c, t)).join(` ${t('rulePack.and')} `);
  return comparisonText(predicate, t);
}

/** "3 个工作日", "5 分钟", "当日（工作日）", "次日", "次月10日前". */
export function durationText(duration: Duration, t: TFunction): string {
  switch (duration.unit) {
    case 'sameWorkingDay':
    case 'nextDay':
      return t(`rulePack.units.${duration.unit}`);
    case 'dayOfNextMonth':
      return t(duration.inclusive ? 'rulePack.units.dayOfNextMonthInclusive' : 'rulePack.units.dayOfNextMonth', { day: duration.day });
    default:
      return t(`rulePack.units.${duration.unit}`, { n: duration.amount });
  }
}

export function roleText(role: string, t: TFunction): string {
  const found = ROLES.find((r): r is Role => r === role);
  return found ? t(`roles.${found}`) : role;
}

/** A shipped pack by its name, not its id; a pack head office published under a new id has no name here and keeps the id. */
export function packName(id: string, lang: string): string {
  const pack = findPack(id);
  return pack ? pick(pack.name, lang) : id;
}

/** A shipped template by its title, not its id (a head-office template unknown here keeps its id). */
export function templateTitle(id: string, lang: string): string {
  const template = findTemplate(id);
  return template ? pick(template.title, lang) : id;
}
