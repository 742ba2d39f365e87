import { z } from 'zod';
import { OPINION_ENTRY_TYPES } from '../domain/opinion-book';
import { id, optionalText, pastCalendarDay, pastInstant, str } from './common';
import { method } from './define';

/** Required text with the Chinese message the form shows under the field. */
const required = (max: number, message: string) => str().trim().min(1, message).max(max, `不能超过 ${max} 个字`);
const link = z.object({ id: z.string(), serial: z.string() });

/** One entry of the 客户意见簿 as transcribed from the book (seed002 客户管理制度4 第三条、第九条). */
export const opinionEntrySchema = z.object({
  id: z.string(),
  /** 第 N 条: the entry's place in the book, counted by the site. */
  entryNo: z.number().int(),
  /** The date the customer wrote beside the entry (site calendar day, yyyy-mm-dd). */
  entryDate: z.string(),
  entryType: z.enum(OPINION_ENTRY_TYPES),
  /** The customer's own words. */
  content: z.string(),
  customerName: z.string().nullable(),
  contact: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  /** The first daily check that saw this entry (第九条(一) 每日查阅). */
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  /** 处理意见, written back into the book and signed by the complaint manager (第九条(四)). */
  handlingOpinion: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  /** When the customer was answered; required when they left contact details (第九条(五)). */
  customerRepliedAt: z.string().nullable(),
  /** The complaint record this entry became (channel 客户意见簿). */
  complaint: link.nullable(),
  version: z.number().int(),
});
export type OpinionEntry = z.infer<typeof opinionEntrySchema>;

export const opinionCheckSchema = z.object({ at: z.string(), byName: z.string(), note: z.string().nullable() });
export type OpinionCheck = z.infer<typeof opinionCheckSchema>;

export const opinionBookOverviewSchema = z.object({
  /** Today in the site's time zone (yyyy-mm-dd): the day the daily check is due for. */
  today: z.string(),
  checkedToday: z.boolean(),
  todayChecks: z.array(opinionCheckSchema),
  lastCheck: opinionCheckSchema.nullable(),
  /** Entries with no handling opinion yet, oldest first. */
  unanswered: z.array(opinionEntrySchema),
  /** The latest entries, newest first. */
  recent: z.array(opinionEntrySchema),
});
export type OpinionBookOverview = z.infer<typeof opinionBookOverviewSchema>;

export const newOpinionEntrySchema = z
  .object({
    /** A real day, not after today (the core checks "today" in the site's time zone; the contract in the earliest zone). */
    entryDate: pastCalendarDay,
    entryType: z.enum(OPINION_ENTRY_TYPES, { error: '请选择投诉或建议' }),
    content: required(2000, '请照录客户所写内容'),
    customerName: optionalText(100),
    contact: optionalText(100),
  })
  .strict();
export type NewOpinionEntry = z.input<typeof newOpinionEntrySchema>;

export const answerOpinionSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    handlingOpinion: required(2000, '请填写处理意见'),
    /** Required when the entry has contact details (第九条(五)); the core checks it. */
    customerRepliedAt: pastInstant.optional(),
  })
  .strict();
export type AnswerOpinion = z.input<typeof answerOpinionSchema>;

export const opinionBookApi = {
  'opinionBook.overview': method({ input: z.object({}).strict(), output: opinionBookOverviewSchema, access: 'opinionBook.read', writes: false }),
  'opinionBook.get': method({ input: z.object({ id }).strict(), output: opinionEntrySchema, access: 'opinionBook.read', writes: false }),
  /** Transcribes one entry from the paper book. */
  'opinionBook.record': method({ input: newOpinionEntrySchema, output: opinionEntrySchema, access: 'opinionBook.record', writes: true }),
  /** 每日查阅: records today's check; entries not reviewed yet are marked reviewed by it. */
  'opinionBook.check': method({ input: z.object({ note: optionalText(500) }).strict(), output: opinionBookOverviewSchema, access: 'opinionBook.check', writes: true }),
  /** 处理意见 + signature (the signed-in complaint manager). */
  'opinionBook.answer': method({ input: answerOpinionSchema, output: opinionEntrySchema, access: 'opinionBook.check', writes: true }),
  /** Turns a complaint entry into a complaint record (channel 客户意见簿), linked both ways, in one transaction. */
  'opinionBook.toComplaint': method({
    input: z.object({ id, version: z.number().int().min(1) }).strict(),
    output: z.object({ entry: opinionEntrySchema, complaint: link }),
    access: 'opinionBook.check',
    writes: true,
  }),
};
