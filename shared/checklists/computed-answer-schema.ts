import { z } from 'zod';
import type { ItemKind, TemplateItem } from './template-schema';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case letters, digits, dot, dash, underscore');

/**
 * A yes/no answer the app computes from other answers, where the source states
 * a number or a period and the form asks for the date or the count instead of
 * a tick (issue 17: seed004 §C 来店3个月以上不满半年, 被客人表扬超过3次; seed004 §E
 * 接到投诉后的1小时内发出《客户投诉处理单》). Never entered; see computed-answers.ts.
 */
export const computedAnswerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('tenure'),
      /** `date` items: the start (来店日期) and the day it is judged on (评定日期). */
      fromItemId: idSchema,
      toItemId: idSchema,
      /** 满N个月 (N months or more, counted as the Civil Code counts periods: 民法典 第二百零一条–第二百零三条). */
      atLeastMonths: z.number().int().positive().optional(),
      /** 未满N个月 (fewer than N months). */
      underMonths: z.number().int().positive().optional(),
      /** A yes/no judgement that, answered yes, meets the condition whatever the dates (seed004 §C: 表现特别好的，可根据实际情况调整). */
      waivedByItemId: idSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('count'),
      /** The `number` item holding the count. */
      itemId: idSchema,
      op: z.enum(['gt', 'gte', 'lt', 'lte']),
      value: z.number(),
      /** Another count that offsets this one, one for one (seed004 §C: 凡是被客人投诉的将用客人的表扬信来抵消). */
      offsetByItemId: idSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('elapsed'),
      /** `dateTime` items: the time may pass from the first to the second at most `maxMinutes`. */
      fromItemId: idSchema,
      toItemId: idSchema,
      maxMinutes: z.number().positive(),
      /**
       * Stretches the clock stands still, from a register of events (seed004 §J 4.3.4: 试验及制样时间不包括在上述时间内):
       * a row whose event is one of `startValues` stops the clock at its time, the next row with one of `endValues` restarts it.
       */
      pausedBy: z
        .object({ itemId: idSchema, atColumnId: idSchema, eventColumnId: idSchema, startValues: z.array(idSchema).min(1), endValues: z.array(idSchema).min(1) })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('daysAfter'),
      /** `date` items: the day of the event and the day the follow-up was done (seed002 客户管理制度15 五、1: 回访 → 报告). */
      fromItemId: idSchema,
      toItemId: idSchema,
      /** In time from the event's own day up to and including this many calendar days after it (结束回访的第二天: 1). */
      atMostDays: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      kind: z.literal('minByTimeOfDay'),
      /** The `number` item measured and the `dateTime` item it was measured at. */
      valueItemId: idSchema,
      atItemId: idSchema,
      /** The period on the clock, both ends within it (seed002 客户管理制度11 七(一) 早六时至二十一时: 06:00–21:00). */
      from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      /** The lowest value allowed within the period and outside it. */
      minWithin: z.number(),
      minOutside: z.number(),
      /** The clock the source's hours are read on, as minutes ahead of UTC (China Standard Time: 480). */
      utcOffsetMinutes: z.number().int().min(-720).max(840),
    })
    .strict(),
]);
export type ComputedAnswer = z.infer<typeof computedAnswerSchema>;

type Items = ReadonlyMap<string, TemplateItem>;

/** The template's own checks of a computed item: a yes/no never entered, reading items of the right kinds. */
export function checkComputed(item: TemplateItem, items: Items, ctx: z.RefinementCtx): void {
  const rule = item.computed;
  if (!rule) return;
  const want = (id: string | undefined, kind: ItemKind) => {
    if (id !== undefined && items.get(id)?.kind !== kind) ctx.addIssue({ code: 'custom', message: `${item.id}: computed from ${id}, which is not a ${kind} item` });
  };
  if (item.kind !== 'yesNo') ctx.addIssue({ code: 'custom', message: `computed ${item.id} must be yes/no` });
  if (item.required) ctx.addIssue({ code: 'custom', message: `computed ${item.id} is never entered, so it cannot be required (require its inputs)` });
  if (rule.kind === 'tenure') {
    want(rule.fromItemId, 'date');
    want(rule.toItemId, 'date');
    want(rule.waivedByItemId, 'yesNo');
    if (rule.atLeastMonths === undefined && rule.underMonths === undefined) ctx.addIssue({ code: 'custom', message: `tenure ${item.id} needs atLeastMonths or underMonths` });
  } else if (rule.kind === 'count') {
    want(rule.itemId, 'number');
    want(rule.offsetByItemId, 'number');
  } else if (rule.kind === 'minByTimeOfDay') {
    want(rule.valueItemId, 'number');
    want(rule.atItemId, 'dateTime');
  } else if (rule.kind === 'daysAfter') {
    want(rule.fromItemId, 'date');
    want(rule.toItemId, 'date');
  } else {
    want(rule.fromItemId, 'dateTime');
    want(rule.toItemId, 'dateTime');
    if (rule.pausedBy) {
      const table = items.get(rule.pausedBy.itemId);
      const column = (id: string) => table?.columns?.find((c) => c.id === id);
      const options = new Set((column(rule.pausedBy.eventColumnId)?.options ?? []).map((o) => o.value));
      const known = [...rule.pausedBy.startValues, ...rule.pausedBy.endValues].every((v) => options.has(v));
      if (table?.kind !== 'table' || column(rule.pausedBy.atColumnId)?.kind !== 'dateTime' || column(rule.pausedBy.eventColumnId)?.kind !== 'choice' || !known) {
        ctx.addIssue({ code: 'custom', message: `${item.id}: pausedBy needs a table with a date-time column and a choice column holding the start and end events` });
      }
    }
  }
}
