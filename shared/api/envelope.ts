import { z } from 'zod';
import { apiErrorSchema } from './errors';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What every transport carries from the renderer to the dispatcher. */
export const requestEnvelopeSchema = z.object({
  method: z.string().min(1).max(100),
  input: z.unknown(),
  session: z.string().max(200).optional(),
  lang: z.enum(LANGUAGES).optional(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>;

export type ResponseEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: z.infer<typeof apiErrorSchema> };
