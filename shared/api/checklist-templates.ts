import { z } from 'zod';
import { bilingualSchema, TEMPLATE_KINDS } from '../checklists/template-schema';
import { cleanJsonCheck, id, str } from './common';
import { method } from './define';

/**
 * Head office's template editor (issue #6 item 7): drafts of checklist
 * templates saved as they are typed (possibly invalid), validated with
 * located messages, and published as new versions. A published version joins
 * the shipped ones in the site's catalogue; records keep the version they
 * started with.
 */

/** A template as typed: any JSON object, checked by `validate` and again by `publish`. Bounded so a runaway paste cannot fill the disk. */
const templateDraftBody = z
  .record(str(), z.unknown())
  .refine((body) => JSON.stringify(body).length <= 400_000, '模板过大（上限 40 万字符）/ template too large')
  .check(cleanJsonCheck);
const rowVersion = z.number().int().min(1);
const templateId = str().min(1).max(64);

export const templateIssueSchema = z.object({ path: z.string(), zh: z.string(), en: z.string() });

export const TEMPLATE_ORIGINS = ['shipped', 'local', 'head-office'] as const;

export const templateVersionSchema = z.object({
  version: z.string(),
  origin: z.enum(TEMPLATE_ORIGINS),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
});

export const templateEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  /** The newest version's title. */
  title: bilingualSchema,
  /** Newest first. */
  versions: z.array(templateVersionSchema),
});
export type TemplateEntry = z.infer<typeof templateEntrySchema>;

export const templateDraftSummarySchema = z.object({
  draftId: z.string(),
  /** As typed so far (may still be empty or invalid). */
  templateId: z.string(),
  version: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** The template it was copied from; null for a new template. */
  basedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type TemplateDraftSummary = z.infer<typeof templateDraftSummarySchema>;

export const templateDraftSchema = templateDraftSummarySchema.extend({ template: z.record(z.string(), z.unknown()) });
export type TemplateDraft = z.infer<typeof templateDraftSchema>;

const edit = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, writes = true) => method({ input, output, access: 'checklist.editTemplates', writes });

export const checklistTemplatesApi = {
  /** Every template with its versions (shipped and published), and the drafts in progress. */
  'checklistTemplates.list': edit(z.object({}).strict(), z.object({ templates: z.array(templateEntrySchema), drafts: z.array(templateDraftSummarySchema) }), false),
  'checklistTemplates.getDraft': edit(z.object({ draftId: id }).strict(), templateDraftSchema, false),
  /** A draft copying the newest version of a template with the version bumped, or without one a new template's minimal valid skeleton. */
  'checklistTemplates.createDraft': edit(z.object({ fromTemplateId: templateId.optional() }).strict(), templateDraftSchema),
  /** Saves the draft as typed (autosave); refused if someone saved it meanwhile (`rowVersion` is the one the editor saw). */
  'checklistTemplates.saveDraft': edit(z.object({ draftId: id, rowVersion, template: templateDraftBody }).strict(), templateDraftSchema),
  'checklistTemplates.discardDraft': edit(z.object({ draftId: id, rowVersion }).strict(), z.null()),
  /** The template's problems, each located (第2部分 第3项「出处」: 必填), including a version not above the newest one and an id taken by another template. */
  'checklistTemplates.validate': edit(
    z.object({ template: templateDraftBody, basedOn: templateId.nullable() }).strict(),
    z.object({ issues: z.array(templateIssueSchema) }),
    false,
  ),
  /** Publishes the draft as stored, re-validated here; it joins the catalogue and new records start on it. */
  'checklistTemplates.publish': edit(z.object({ draftId: id, rowVersion }).strict(), z.object({ templateId: z.string(), version: z.string() })),
};
