import { z } from 'zod';
import { SITE_CODE_PATTERN } from '../domain/serial-number';
import { clockTimeSchema, minutesOfClockTime } from '../calendar/calendar-release';
import { str, text } from './common';
import { method } from './define';

export const siteSchema = z.object({
  siteId: z.string(),
  code: z.string().regex(SITE_CODE_PATTERN),
  name: z.string(),
  organisation: z.string(),
  rulePack: z.string(),
  /** The organisation profile the site runs (shared/profiles); null until chosen (a store made before profiles, whose pack several organisations run). */
  profileId: z.string().nullable(),
  timeZone: z.string(),
  idleSignOutMinutes: z.number().int(),
  /** Opening hours on working days: what "half a working day" and "the same working day" count in. */
  workingHours: z.object({ opens: clockTimeSchema, closes: clockTimeSchema }),
});
export type Site = z.infer<typeof siteSchema>;

export const siteInputSchema = z.object({
  code: str().trim().toUpperCase().regex(SITE_CODE_PATTERN, '站点代码须为2–8位大写字母或数字'),
  name: text(100),
  organisation: text(100),
  /** The organisation profile: which pack, templates and media categories apply here. */
  profile: text(64),
  /** Without it, the profile's own pack. */
  rulePack: text(64).optional(),
});

/** Clean text first, then the clock time's own format. */
const clockTimeInput = str().pipe(clockTimeSchema);

export const workingHoursInput = z
  .object({ opens: clockTimeInput, closes: clockTimeInput })
  .strict()
  .refine((h) => minutesOfClockTime(h.opens) < minutesOfClockTime(h.closes), { path: ['closes'], message: '下班时间须晚于上班时间' });

export const siteApi = {
  'site.get': method({ input: z.object({}).strict(), output: siteSchema, access: 'signed-in', writes: false }),
  /** Changing the hours moves the deadlines of open complaints; they are re-graded at once. */
  'site.setWorkingHours': method({ input: workingHoursInput, output: siteSchema, access: 'site.manage', writes: true }),
};
