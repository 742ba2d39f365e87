import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const namedDay = z.object({ day, name: z.string().min(1).max(40) });

/**
 * A year's holiday arrangement as head office publishes it (through sync) once
 * the State Council announces it: every day off and every make-up working day.
 * A release replaces what the site knew of the years it names.
 */
export const calendarReleaseSchema = z
  .object({
    version: z.string().min(1).max(40),
    years: z
      .array(
        z.object({
          year: z.number().int().min(2000).max(2100),
          holidays: z.array(namedDay).max(60),
          makeUpWorkdays: z.array(namedDay).max(20),
        }),
      )
      .min(1)
      .max(5),
  })
  .superRefine((release, ctx) => {
    release.years.forEach((y, i) => {
      for (const [list, days] of [['holidays', y.holidays], ['makeUpWorkdays', y.makeUpWorkdays]] as const) {
        days.forEach((d, j) => {
          if (Number(d.day.slice(0, 4)) !== y.year) ctx.addIssue({ code: 'custom', path: ['years', i, list, j, 'day'], message: `${d.day} is not in ${y.year}` });
        });
      }
    });
  });
export type CalendarRelease = z.infer<typeof calendarReleaseSchema>;

/** "HH:MM" on a 24-hour clock. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:MM（24小时制）');

export function minutesOfClockTime(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h! * 60 + m!;
}

/** The inverse: 510 → "08:30". */
export function clockTimeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
