import type { TFunction } from 'i18next';
import type { Grade } from '../../../../shared/api/grading';
import { FACTS, SHARE_FACTS, stepOf, type RulePack } from '../../../../shared/rules/pack-schema';
import { formatInstant } from '../../../lib/zoned-time';
import { classLabel, durationText, milestoneText, percentText, pick } from '../../settings/rule-pack-text';

const MINUTE = 60_000;

/** "2 天 3 小时", "45 分钟": the two largest units, rounded down to the minute. */
export function spanText(ms: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(t('grading.days', { n: days }));
  if (hours) parts.push(t('grading.hours', { n: hours }));
  if (!days && (mins || parts.length === 0)) parts.push(t('grading.minutes', { n: mins }));
  return parts.join(' ');
}

/** "剩余 2 天 3 小时" before the due time, "已超时 1 小时" after it. */
export function remainingText(due: string, now: Date, t: TFunction): string {
  const left = new Date(due).getTime() - now.getTime();
  return left >= 0 ? t('grading.remaining', { time: spanText(left, t) }) : t('grading.overdueBy', { time: spanText(-left, t) });
}

const OVERDUE_DETAIL = /^([\w.-]+) \(([\w.-]+)\) due (\S+)$/;
/** 篇6 第三十一条's detail: "resolution (ordinary) due 2026-…Z; customer not told". */
const UNAGREED_DETAIL = /^([\w.-]+) \(([\w.-]+)\) due (\S+); customer (agreed|not agreed|not told)$/;
const TOLD = { agreed: 'agreed', 'not agreed': 'notAgreed', 'not told': 'notTold' } as const;
/** An `escalated` predicate's detail: "escalated: callback_dissatisfied, repeat_same_matter". */
const ESCALATED_DETAIL = /^escalated: (.+)$/;
/** "defectiveShare 0.05 ≥ 0.3" → shares in percent before the fact names are put into words. */
const SHARE_COMPARISON = new RegExp(`(${SHARE_FACTS.join('|')}) (-?[\\d.]+) (\\S+) (-?[\\d.]+)`, 'g');
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g;

/**
 * The core's computed detail in words: "直接经济损失 50000 ≥ 30000",
 * "处理完毕（一般投诉）到期 2026-03-04 17:30"; an unknown value reads 未填.
 */
export function detailText(detail: string | undefined, t: TFunction, timeZone: string, pack: RulePack | null | undefined, lang: string): string {
  if (!detail) return '';
  const unagreed = UNAGREED_DETAIL.exec(detail);
  if (unagreed) {
    const [, milestone, ofClass, due, told] = unagreed as unknown as [string, string, string, string, keyof typeof TOLD];
    const when = due === '—' ? t('grading.notStarted') : formatInstant(due, timeZone);
    const limit = t('grading.overdueDetail', { milestone: stepText(pack, milestone, t, lang), ofClass: pack ? classLabel(pack, ofClass, lang) : ofClass, due: when });
    return `${limit}；${t(`escalationDetail.${TOLD[told]}`)}`;
  }
  const escalated = ESCALATED_DETAIL.exec(detail);
  if (escalated) {
    const codes = escalated[1]!.split(', ').filter((code) => code !== '—');
    const labels = codes.map((code) => {
      const trigger = pack?.escalationTriggers.find((x) => x.code === code);
      return trigger ? pick(trigger.label, lang) : code;
    });
    return labels.length > 0 ? t('escalationDetail.escalated', { reasons: labels.join(t('common.listSeparator')) }) : t('escalationDetail.notEscalated');
  }
  const overdue = OVERDUE_DETAIL.exec(detail);
  if (overdue) {
    const [, milestone, ofClass, due] = overdue as unknown as [string, string, string, string];
    const when = due === '—' ? t('grading.notStarted') : formatInstant(due, timeZone);
    return t('grading.overdueDetail', { milestone: stepText(pack, milestone, t, lang), ofClass: pack ? classLabel(pack, ofClass, lang) : ofClass, due: when });
  }
  let out = detail
    .replace(ISO_INSTANT, (iso) => formatInstant(iso, timeZone))
    .replace(SHARE_COMPARISON, (_all, fact: string, actual: string, op: string, limit: string) => `${fact} ${percentText(Number(actual))} ${op} ${percentText(Number(limit))}`)
    .replace(/ \? /g, ` ${t('grading.unknown')} `);
  for (const fact of FACTS) out = out.split(fact).join(t(`rulePack.facts.${fact}`));
  return out;
}

/** The pack's duration for the deadline row, e.g. "7 个工作日", when the pack is at hand. */
export function deadlineDuration(pack: RulePack | null | undefined, classCode: string, d: Grade['deadlines'][number], t: TFunction): string {
  const rule = pack?.deadlines.find((r) => stepOf(r) === d.step && r.source === d.source && (!r.classes || r.classes.includes(classCode)));
  return rule ? durationText(rule.duration, t) : '';
}

/** A step in words: its label in the pack, else its milestone's name. */
export function stepText(pack: RulePack | null | undefined, step: string, t: TFunction, lang: string): string {
  const rule = pack?.deadlines.find((d) => stepOf(d) === step);
  return rule?.label ? pick(rule.label, lang) : milestoneText(rule?.milestone ?? step, t);
}

/** The highest class (last in pack order) is shown in red. */
export function isHighestClass(grade: Grade, pack: RulePack | null | undefined): boolean {
  return pack?.classes.at(-1)?.code === grade.classCode;
}
