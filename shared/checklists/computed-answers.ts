import { periodLastDay, periodWords } from './accident-cool-off';
import type { ComputedAnswer } from './computed-answer-schema';
import type { Bilingual, ChecklistTemplate, TemplateItem } from './template-schema';

/**
 * Answers the app computes rather than a person ticks (issue 17): where the
 * source states a number or a period, the form asks for the date or the count
 * and the rule compares. Pure; `undefined` while an input is unanswered.
 *
 * - tenure: 满N个月 / 未满N个月 between two dates, counted as the Civil Code
 *   counts periods (民法典 第二百零一条–第二百零三条, as accident-cool-off.ts):
 *   from 2025-01-15, 满3个月 is reached on 2025-04-16 and 未满半年 holds up
 *   to and including 2025-07-15. At whole days, 满N个月 and 超过N个月 coincide.
 *   A yes on the waiver item (表现特别好的，可根据实际情况调整) meets it.
 * - count: a number compared with the source's, optionally net of another
 *   count that offsets it one for one (凡是被客人投诉的将用客人的表扬信来抵消).
 * - elapsed: at most so many minutes between two date-times (1小时内发出).
 * - daysAfter: a follow-up dated from the event's own day up to N calendar days
 *   after it (在结束回访的第二天填写: N = 1); dated before the event, it fails.
 * - minByTimeOfDay: a reading at least the period's minimum, the period read
 *   from the time it was taken (早六时至二十一时 ≥ 18℃, 其它时间 ≥ 16℃).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = (value: unknown): string | null => (typeof value === 'string' && DATE.test(value) ? value : null);
const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const instantOf = (value: unknown): number | null => (typeof value === 'string' && /T/.test(value) && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : null);

/** Calendar days from one YYYY-MM-DD to another (negative when `to` is earlier). */
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The reading's minimum for the time it was taken, and the clock time that decided it. */
function minimumAt(rule: Extract<ComputedAnswer, { kind: 'minByTimeOfDay' }>, at: number): { min: number; within: boolean; clock: string } {
  const minuteOfDay = (((Math.floor(at / 60_000) + rule.utcOffsetMinutes) % 1440) + 1440) % 1440;
  const clock = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
  const within = clock >= rule.from && clock <= rule.to;
  return { min: within ? rule.minWithin : rule.minOutside, within, clock };
}

/** Either shape of answers (stored, or as scoring reads them): only dates, numbers and date-times are read. */
type Answers = Readonly<Record<string, unknown>>;

const SYMBOL = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/** The count as compared: the entered number, less the offsetting one (never below 0). */
function netCount(rule: Extract<ComputedAnswer, { kind: 'count' }>, answers: Answers): number | null {
  const count = numberOf(answers[rule.itemId]);
  if (count === null) return null;
  if (!rule.offsetByItemId) return count;
  const offset = numberOf(answers[rule.offsetByItemId]);
  return offset === null ? null : Math.max(0, count - offset);
}

function tenureMet(rule: Extract<ComputedAnswer, { kind: 'tenure' }>, answers: Answers): boolean | undefined {
  if (rule.waivedByItemId && answers[rule.waivedByItemId] === true) return true;
  const from = dateOf(answers[rule.fromItemId]);
  const to = dateOf(answers[rule.toItemId]);
  if (!from || !to) return undefined;
  const reached = rule.atLeastMonths === undefined || to > periodLastDay(from, rule.atLeastMonths);
  const under = rule.underMonths === undefined || to <= periodLastDay(from, rule.underMonths);
  return reached && under;
}

/** The computed answer of an item, or undefined when it is not computed or an input is missing. */
export function computedAnswer(item: Pick<TemplateItem, 'computed'>, answers: Answers): boolean | undefined {
  const rule = item.computed;
  if (!rule) return undefined;
  switch (rule.kind) {
    case 'tenure':
      return tenureMet(rule, answers);
    case 'count': {
      const n = netCount(rule, answers);
      if (n === null) return undefined;
      return rule.op === 'gt' ? n > rule.value : rule.op === 'gte' ? n >= rule.value : rule.op === 'lt' ? n < rule.value : n <= rule.value;
    }
    case 'minByTimeOfDay': {
      const value = numberOf(answers[rule.valueItemId]);
      const at = instantOf(answers[rule.atItemId]);
      return value === null || at === null ? undefined : value >= minimumAt(rule, at).min;
    }
    case 'daysAfter': {
      const from = dateOf(answers[rule.fromItemId]);
      const to = dateOf(answers[rule.toItemId]);
      if (!from || !to) return undefined;
      const days = daysBetween(from, to);
      return days >= 0 && days <= rule.atMostDays;
    }
    case 'elapsed': {
      const from = instantOf(answers[rule.fromItemId]);
      const to = instantOf(answers[rule.toItemId]);
      return from === null || to === null ? undefined : to - from - pausedMs(rule, answers, from, to) <= rule.maxMinutes * 60_000;
    }
  }
}

/** The answers with every computed item's value put in (or taken out while its inputs are missing): what scoring, failing and printing read. */
export function withComputedAnswers<A extends Answers>(template: ChecklistTemplate, answers: A): A {
  const computed = template.sections.flatMap((s) => s.items).filter((i) => i.computed);
  if (computed.length === 0) return answers;
  const out: Record<string, unknown> = { ...answers };
  for (const item of computed) {
    const value = computedAnswer(item, answers);
    if (value === undefined) delete out[item.id];
    else out[item.id] = value;
  }
  return out as A;
}

/** How the answer was computed, in both languages, for the fill screen and the report (never a raw timestamp). */
export function computedDetail(item: Pick<TemplateItem, 'computed'>, answers: Answers, labelOf: (id: string) => Bilingual): Bilingual | undefined {
  const rule = item.computed;
  if (!rule) return undefined;
  if (rule.kind === 'tenure') {
    if (rule.waivedByItemId && answers[rule.waivedByItemId] === true) {
      const waiver = labelOf(rule.waivedByItemId);
      return { zh: `按「${waiver.zh}」认定`, en: `Met by “${waiver.en}”` };
    }
    const from = dateOf(answers[rule.fromItemId]);
    const to = dateOf(answers[rule.toItemId]);
    if (!from || !to) return { zh: `按${labelOf(rule.fromItemId).zh}和${labelOf(rule.toItemId).zh}计算`, en: `Computed from ${labelOf(rule.fromItemId).en} and ${labelOf(rule.toItemId).en}` };
    const parts = [
      ...(rule.atLeastMonths === undefined ? [] : [periodPart(from, to, rule.atLeastMonths)]),
      ...(rule.underMonths === undefined ? [] : [periodPart(from, to, rule.underMonths)]),
    ];
    return { zh: `${from} 至 ${to}：${parts.map((p) => p.zh).join('，')}`, en: `${from} to ${to}: ${parts.map((p) => p.en).join(', ')}` };
  }
  if (rule.kind === 'count') {
    const label = labelOf(rule.itemId);
    const n = netCount(rule, answers);
    if (n === null) return { zh: `按${label.zh}计算`, en: `Computed from ${label.en}` };
    const offset = rule.offsetByItemId ? { zh: `（已用${labelOf(rule.offsetByItemId).zh}抵消）`, en: ` (net of ${labelOf(rule.offsetByItemId).en})` } : { zh: '', en: '' };
    return { zh: `${label.zh}${offset.zh} ${n} ${SYMBOL[rule.op]} ${rule.value}`, en: `${label.en}${offset.en} ${n} ${SYMBOL[rule.op]} ${rule.value}` };
  }
  if (rule.kind === 'daysAfter') return daysAfterDetail(rule, answers, labelOf);
  if (rule.kind === 'minByTimeOfDay') return minByTimeOfDayDetail(rule, answers, labelOf);
  const from = instantOf(answers[rule.fromItemId]);
  const to = instantOf(answers[rule.toItemId]);
  if (from === null || to === null) return { zh: `按${labelOf(rule.fromItemId).zh}和${labelOf(rule.toItemId).zh}计算`, en: `Computed from ${labelOf(rule.fromItemId).en} and ${labelOf(rule.toItemId).en}` };
  const paused = Math.round(pausedMs(rule, answers, from, to) / 60_000);
  const minutes = Math.round((to - from) / 60_000) - paused;
  const pause = paused ? { zh: `，已扣除暂停 ${paused} 分钟`, en: `, ${paused} paused minutes left out` } : { zh: '', en: '' };
  return { zh: `相隔 ${minutes} 分钟${pause.zh}（不超过 ${rule.maxMinutes} 分钟）`, en: `${minutes} minutes apart${pause.en} (at most ${rule.maxMinutes})` };
}

/**
 * Milliseconds between `from` and `to` during which the clock stood still: each
 * start event stops it until the next end event (or until `to` while none
 * follows), stretches merged, only the part inside [from, to] counted.
 */
function pausedMs(rule: Extract<ComputedAnswer, { kind: 'elapsed' }>, answers: Answers, from: number, to: number): number {
  const by = rule.pausedBy;
  const rows = by ? answers[by.itemId] : undefined;
  if (!by || !Array.isArray(rows)) return 0;
  const events = (rows as Record<string, unknown>[])
    .map((row) => ({ at: instantOf(row[by.atColumnId]), event: row[by.eventColumnId] }))
    .filter((e): e is { at: number; event: unknown } => e.at !== null)
    .sort((a, b) => a.at - b.at);
  let total = 0;
  let stoppedAt: number | null = null;
  for (const e of events) {
    if (stoppedAt === null && by.startValues.includes(e.event as string)) stoppedAt = e.at;
    else if (stoppedAt !== null && by.endValues.includes(e.event as string)) {
      total += overlap(stoppedAt, e.at, from, to);
      stoppedAt = null;
    }
  }
  if (stoppedAt !== null) total += overlap(stoppedAt, to, from, to);
  return total;
}

const overlap = (a: number, b: number, from: number, to: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));

function periodPart(from: string, to: string, months: number): Bilingual {
  const words = periodWords(months);
  return to > periodLastDay(from, months) ? { zh: `已满${words.zh}`, en: `${words.en} or more` } : { zh: `未满${words.zh}`, en: `less than ${words.en}` };
}

function daysAfterDetail(rule: Extract<ComputedAnswer, { kind: 'daysAfter' }>, answers: Answers, labelOf: (id: string) => Bilingual): Bilingual {
  const fromLabel = labelOf(rule.fromItemId);
  const from = dateOf(answers[rule.fromItemId]);
  const to = dateOf(answers[rule.toItemId]);
  if (!from || !to) return { zh: `按${fromLabel.zh}和${labelOf(rule.toItemId).zh}计算`, en: `Computed from ${fromLabel.en} and ${labelOf(rule.toItemId).en}` };
  const days = daysBetween(from, to);
  if (days < 0) return { zh: `${to} 早于${fromLabel.zh} ${from}`, en: `${to} is before the ${fromLabel.en.toLowerCase()} ${from}` };
  return {
    zh: `${fromLabel.zh} ${from} 后第 ${days} 天（不晚于第 ${rule.atMostDays} 天）`,
    en: `${days} day(s) after the ${fromLabel.en.toLowerCase()} ${from} (at most ${rule.atMostDays})`,
  };
}

function minByTimeOfDayDetail(rule: Extract<ComputedAnswer, { kind: 'minByTimeOfDay' }>, answers: Answers, labelOf: (id: string) => Bilingual): Bilingual {
  const value = numberOf(answers[rule.valueItemId]);
  const at = instantOf(answers[rule.atItemId]);
  const valueLabel = labelOf(rule.valueItemId);
  const atLabel = labelOf(rule.atItemId);
  if (value === null || at === null) return { zh: `按${atLabel.zh}和${valueLabel.zh}计算`, en: `Computed from ${atLabel.en} and ${valueLabel.en}` };
  const { min, within, clock } = minimumAt(rule, at);
  const period = `${rule.from}–${rule.to}`;
  return {
    zh: `${atLabel.zh} ${clock}（${within ? period : `${period}以外`}）：${valueLabel.zh} ${value}，不低于 ${min}`,
    en: `${atLabel.en} ${clock} (${within ? 'within' : 'outside'} ${period}): ${valueLabel.en} ${value}, at least ${min}`,
  };
}
