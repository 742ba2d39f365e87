import { z } from 'zod';
import { NOTIFIED_WAYS } from '../rules/clock-start';
import { id, optionalText, pastInstant, str, text } from './common';
import { complaintDetailSchema } from './complaints';
import { method } from './define';

/**
 * Recording the events a step's clock starts at (issue 23 item 2). A limit the source counts 接报后 starts when
 * the named person was told (seed002 客户管理制度8 具体内容6–7; seed001 S10 三.3): the person who told them
 * records 通知了谁、何时、方式 here, and the case's deadlines are counted again from it.
 */
export const recordNotifiedInputSchema = z
  .object({
    id,
    /** The role or pack step the pack's `startsAt: notified:<party>` names. */
    party: str().regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/).max(64),
    /** Who was told, by name or post (王站长). */
    whom: text(100),
    way: z.enum(NOTIFIED_WAYS),
    notifiedAt: pastInstant,
    note: optionalText(1000),
  })
  .strict();

export const clocksApi = {
  /** Any front-line role may record that it told someone: the front desk tells the office head (具体内容6). */
  'complaints.recordNotified': method({ input: recordNotifiedInputSchema, output: complaintDetailSchema, access: 'complaint.create', writes: true }),
};
