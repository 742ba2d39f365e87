import { z } from 'zod';
import { MINE_CHANGE_CAUSES, MINE_EVENT_KINDS } from '../checklists/coal-mine-level';
import { id, optionalText, pastCalendarDay, text } from './common';
import { method } from './define';

/**
 * A coal mine's standardisation level record (seed004 §A 第五、七、八、十一条;
 * issue 17): its events entered with their dates, and what follows from them
 * on the site's today — the level, the 3-year validity, the bars on a grade
 * and the due dates (shared/checklists/coal-mine-level.ts). Only at a site
 * whose organisation profile fills the coal-mine grading form.
 */

const LEVELS = ['level1', 'level2', 'level3'] as const;
const ACCIDENT_CLASSES = ['general', 'larger', 'major', 'especially-major'] as const;
const common = { occurredOn: pastCalendarDay, note: optionalText(500) };

export const mineEventInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('graded'), level: z.enum(LEVELS), ...common }).strict(),
  z.object({ kind: z.literal('accident'), accidentClass: z.enum(ACCIDENT_CLASSES), ...common }).strict(),
  z.object({ kind: z.literal('inspectionFailed'), ...common }).strict(),
  z.object({ kind: z.literal('downgraded'), level: z.enum(['level2', 'level3']), cause: z.enum(MINE_CHANGE_CAUSES), ...common }).strict(),
  z.object({ kind: z.literal('revoked'), cause: z.enum(MINE_CHANGE_CAUSES), ...common }).strict(),
  z.object({ kind: z.literal('majorHazard'), ...common }).strict(),
  z.object({ kind: z.literal('fraud'), ...common }).strict(),
  z.object({ kind: z.literal('stopped'), ...common }).strict(),
  z.object({ kind: z.literal('resumed'), ...common }).strict(),
]);
export type MineEventInput = z.input<typeof mineEventInputSchema>;

const bilingual = z.object({ zh: z.string(), en: z.string() });
const status = z.enum(['level1', 'level2', 'level3', 'revoked', 'notCompliant', 'none']);

export const mineEventSchema = z.object({
  id: z.string(),
  kind: z.enum(MINE_EVENT_KINDS),
  occurredOn: z.string(),
  level: z.enum(LEVELS).nullable(),
  accidentClass: z.enum(ACCIDENT_CLASSES).nullable(),
  cause: z.enum(MINE_CHANGE_CAUSES).nullable(),
  note: z.string(),
  enteredByName: z.string(),
  enteredAt: z.string(),
  voided: z.object({ byName: z.string(), at: z.string(), reason: z.string() }).nullable(),
  version: z.number().int(),
});
export type MineEventRow = z.infer<typeof mineEventSchema>;

export const mineLevelSchema = z.object({
  /** The site's day the state is computed for. */
  today: z.string(),
  events: z.array(mineEventSchema),
  state: z.object({
    status,
    since: z.string().nullable(),
    changes: z.array(z.object({ eventId: z.string().nullable(), on: z.string(), from: status, to: status, reason: bilingual, source: z.string() })),
    validity: z.object({ gradedOn: z.string(), expiresOn: z.string(), reapplyBy: z.string() }).nullable(),
    bars: z.array(z.object({ grade: z.enum(['level1', 'level2']), until: z.string(), eventId: z.string(), rowKind: z.string(), reason: bilingual, source: z.string() })),
    stoppedSince: z.string().nullable(),
    dues: z.array(z.object({ on: z.string(), kind: z.enum(['reapply', 'review', 'barEnds', 'stopRevokes']), label: bilingual, source: z.string() })),
  }),
});
export type MineLevel = z.infer<typeof mineLevelSchema>;

export const mineLevelApi = {
  'mineLevel.get': method({ input: z.object({}).strict(), output: mineLevelSchema, access: 'checklist.read', writes: false }),
  /** An event with its date (the level, validity and bars follow from the events). */
  'mineLevel.record': method({ input: mineEventInputSchema, output: mineLevelSchema, access: 'site.manage', writes: true }),
  /** An event entered wrongly is voided with the reason, never deleted. */
  'mineLevel.void': method({ input: z.object({ id, version: z.number().int().min(1), reason: text(500) }).strict(), output: mineLevelSchema, access: 'site.manage', writes: true }),
};
