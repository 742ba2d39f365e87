import { z } from 'zod';
import { MEETING_KINDS, MIN_ATTENDEES } from '../risk-classes/meetings';
import { calendarDay, id, str, text } from './common';
import { method } from './define';

/**
 * The meetings of seed000 第二篇 三、 (shared/risk-classes/meetings.ts): each
 * recorded once (append-only) with its day, kinds, attendees, customers
 * discussed and conclusions; a month's record with what 三(二) owes. Who may
 * record is checked in the core, so that the refusal names who may.
 */

const month = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请填写月份（年-月）/ enter a month (yyyy-mm)');

export const recordMeetingSchema = z
  .object({
    /** What the meeting counts as (one meeting may be both monthly kinds). */
    kinds: z.array(z.enum(MEETING_KINDS)).min(1).max(MEETING_KINDS.length).refine((k) => new Set(k).size === k.length, '会议类别重复 / a kind is repeated'),
    heldOn: calendarDay,
    attendees: z.array(text(40)).min(MIN_ATTENDEES, `请至少填写${MIN_ATTENDEES}名参会人员 / at least ${MIN_ATTENDEES} attendees`).max(50),
    customerIds: z.array(id).min(1, '请选择讨论的客户 / choose the customers discussed').max(200).refine((c) => new Set(c).size === c.length, '客户重复 / a customer is repeated'),
    /** 三(二): 提出风险转化的对策和方案. */
    conclusions: text(5000),
  })
  .strict();

export const riskMeetingSchema = z.object({
  id: z.string(),
  kinds: z.array(z.enum(MEETING_KINDS)),
  heldOn: z.string(),
  attendees: z.array(z.string()),
  customers: z.array(z.object({ customerId: z.string(), customerName: z.string() })),
  conclusions: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type RiskMeeting = z.infer<typeof riskMeetingSchema>;

export const meetingMonthSchema = z.object({
  month: z.string(),
  /** The month's last day: when its monthly meetings fall due. */
  dueOn: z.string(),
  today: z.string(),
  /** Class 2 customers on the month's first day: the monthly meetings are owed when there is any. */
  warningCustomers: z.array(z.object({ customerId: z.string(), customerName: z.string() })),
  /** Each monthly kind: owed this month, and held. */
  plan: z.array(z.object({ kind: z.enum(MEETING_KINDS), required: z.boolean(), held: z.boolean() })),
  /** The month's meetings, by day. */
  meetings: z.array(riskMeetingSchema),
  /** Customers in class 1 or 2 today: those a meeting may discuss. */
  discussable: z.array(z.object({ customerId: z.string(), customerName: z.string() })),
});
export type MeetingMonth = z.infer<typeof meetingMonthSchema>;

export const riskMeetingsApi = {
  /** A month's meetings and what 三(二) owes in it. */
  'riskMeetings.month': method({ input: z.object({ month }).strict(), output: meetingMonthSchema, access: 'customer.read', writes: false }),
  /** Records a meeting; the core refuses those without riskClass.propose. */
  'riskMeetings.record': method({ input: recordMeetingSchema, output: riskMeetingSchema, access: 'customer.read', writes: true }),
};
