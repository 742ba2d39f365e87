import { z } from 'zod';

/** How long a deadline or a notification's limit runs (shared/rules/due-time.ts counts it). */
export const durationSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('minutes'), amount: z.number().positive() }),
  z.object({ unit: z.literal('hours'), amount: z.number().positive() }),
  z.object({ unit: z.literal('workingHours'), amount: z.number().positive() }),
  z.object({ unit: z.literal('calendarDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('workingDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('halfWorkingDays'), amount: z.number().int().positive() }),
  z.object({ unit: z.literal('sameWorkingDay') }),
  z.object({ unit: z.literal('nextDay') }),
  z.object({ unit: z.literal('dayOfNextMonth'), day: z.number().int().min(1).max(28), inclusive: z.boolean() }),
]);
export type Duration = z.infer<typeof durationSchema>;
