import { z } from 'zod';

/** Trimmed, non-empty text of bounded length. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
export const isoInstant = z.iso.datetime({ offset: true });
export const id = z.string().min(1).max(64);
export const empty = z.object({}).strict();
