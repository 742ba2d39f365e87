import { z } from 'zod';
import { choiceNoteSchema } from '../sources/choice-note';
import { bilingualSchema, citationSchema, scheduleSchema } from '../checklists/template-schema';

/**
 * An organisation profile (issue 17): what one organisation of the source
 * documents runs at its sites — the rule pack that grades its complaints (its
 * complaint preset: seed004's "presets" are rule packs), the checklist,
 * register and assessment templates it fills, the schedules it keeps them on
 * where they differ from the template's own, and the content categories its
 * 3.15 media register counts by. A site belongs to one profile, chosen at
 * setup or in Settings, or set by head office's site record; head office may
 * publish a new version of a profile (reference kind `profile`).
 *
 * Everything is cited. Where the source says nothing (no complaint rules, no
 * media categories), `choice` says what the profile does instead and why, and
 * head office can change it by publishing the profile again.
 *
 * Adding a template to an organisation is one line: its id in `templates`.
 */

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case letters, digits, dot, dash, underscore');

export const mediaCategorySchema = z.object({ code: idSchema, label: bilingualSchema, source: citationSchema }).strict();
export type MediaCategory = z.infer<typeof mediaCategorySchema>;

/** A template's schedule at this organisation, where it is not the template's own (e.g. a check the source schedules for this organisation only). */
export const profileScheduleSchema = z.object({ templateId: idSchema, schedule: scheduleSchema }).strict();

export const profileSchema = z
  .object({
    id: idSchema,
    /** Semantic version; head office publishes a higher one to change a profile. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** What kind of site this is (天然气井站, 银行营业网点 …). */
    name: bilingualSchema,
    /** The organisation whose rules these are, as the source names it. */
    organisation: bilingualSchema,
    source: citationSchema,
    /** The rule pack that grades the organisation's complaints. */
    rulePack: z.string().min(1),
    /** Why this pack, where the organisation's own source gives no complaint rules. */
    rulePackChoice: choiceNoteSchema.optional(),
    /** Template ids, in menu order. */
    templates: z.array(idSchema),
    schedules: z.array(profileScheduleSchema).default([]),
    /** 投诉内容 categories of the media register (seed001 S1 二、1 counts negative news by content); empty where the source gives none. */
    mediaContentCategories: z.array(mediaCategorySchema),
    mediaChoice: choiceNoteSchema.optional(),
    /** Anything else decided where the source is silent. */
    choice: choiceNoteSchema.optional(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const repeated = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    for (const id of repeated(profile.templates)) ctx.addIssue({ code: 'custom', path: ['templates'], message: `template ${id} listed twice` });
    for (const code of repeated(profile.mediaContentCategories.map((c) => c.code))) {
      ctx.addIssue({ code: 'custom', path: ['mediaContentCategories'], message: `media category ${code} listed twice` });
    }
    profile.schedules.forEach((s, i) => {
      if (!profile.templates.includes(s.templateId)) ctx.addIssue({ code: 'custom', path: ['schedules', i, 'templateId'], message: `schedule for ${s.templateId}, which the profile does not list` });
    });
    if (profile.mediaContentCategories.length === 0 && !profile.mediaChoice) {
      ctx.addIssue({ code: 'custom', path: ['mediaChoice'], message: 'say why there are no media content categories' });
    }
  });
export type SiteProfile = z.infer<typeof profileSchema>;
export type SiteProfileInput = z.input<typeof profileSchema>;
