import { z } from 'zod';
import { ROLES } from '../../domain/roles';
import { choiceNoteSchema } from '../../sources/choice-note';
import { reportDueSchema } from '../definition-schema';
import { DIMENSION_IDS } from '../dimensions';
import { MEASURE_IDS } from '../measures';
import { PERIOD_KINDS } from '../period';

/**
 * A narrative periodic report the sources name (issue 16 item 7), as data:
 * which periods, which report definition fills its statistics (and which of
 * that definition's measures and tables are embedded), the free-text sections
 * under the headings the source names, when it is due, and who signs it.
 * Every item cites its source section; where the source is silent, `choice`
 * says what the app does instead.
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const source = z.string().min(3);

export const narrativeSectionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    heading: text,
    source,
    /** Must be written before the report can be issued. */
    required: z.boolean(),
    choice: choiceNoteSchema.optional(),
  })
  .strict();
export type NarrativeSection = z.infer<typeof narrativeSectionSchema>;

const party = z.object({ label: text, role: z.enum(ROLES).optional(), source }).strict();

const sharedFields = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  source,
  choice: choiceNoteSchema.optional(),
  /** The rule packs of the organisations whose documents name it; absent: every site. */
  packs: z.array(z.string()).optional(),
  sections: z.array(narrativeSectionSchema).min(1),
  /** The role that signs (签发) the report; nobody else may issue it. */
  signer: party.extend({ role: z.enum(ROLES) }).strict(),
  recipients: z.array(party).min(1),
};

const sectionsOnce = (kind: { sections: readonly { id: string }[] }, ctx: z.RefinementCtx) => {
  if (new Set(kind.sections.map((s) => s.id)).size !== kind.sections.length) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a section id is listed twice' });
};

/** A report per period (month, quarter, year): its numbers come from a report definition. */
export const periodNarrativeKindSchema = z
  .object({
    ...sharedFields,
    scope: z.literal('period').optional(),
    periods: z.array(z.enum(PERIOD_KINDS)).min(1),
    statistics: z
      .object({
        /** A definition in shared/reports/definitions: its SQL fills the numbers. */
        definitionId: z.string(),
        measures: z.array(z.enum(MEASURE_IDS as [string, ...string[]])).min(1),
        dimensions: z.array(z.enum(DIMENSION_IDS as [string, ...string[]])),
        source,
      })
      .strict(),
    due: reportDueSchema,
  })
  .strict()
  .superRefine(sectionsOnce);

/**
 * A report about one complaint (篇6 客户重大投诉专项报告): offered for a case
 * whose class, in the rule pack version it was graded by, names this kind
 * (`specialReport` of the pack's class), never by a class name in code. Its
 * facts (serial, receipt, class and why, the workflow's steps, handler,
 * deadlines met or missed) are taken from the complaint and frozen at 签发.
 */
export const caseNarrativeKindSchema = z
  .object({
    ...sharedFields,
    scope: z.literal('case'),
    facts: z.object({ source, choice: choiceNoteSchema.optional() }).strict(),
    /** When a case report may be issued; a source that states no time is said so here. */
    issuable: z.object({ choice: choiceNoteSchema }).strict(),
    due: z.object({ kind: z.literal('notStated'), choice: choiceNoteSchema }).strict(),
  })
  .strict()
  .superRefine(sectionsOnce);

export const narrativeKindSchema = z.union([periodNarrativeKindSchema, caseNarrativeKindSchema]);
export type PeriodNarrativeKind = z.infer<typeof periodNarrativeKindSchema>;
export type CaseNarrativeKind = z.infer<typeof caseNarrativeKindSchema>;
export type NarrativeKind = z.infer<typeof narrativeKindSchema>;
export type NarrativeKindInput = z.input<typeof narrativeKindSchema>;
export type PeriodNarrativeKindInput = z.input<typeof periodNarrativeKindSchema>;

export const isCaseKind = (kind: NarrativeKind): kind is CaseNarrativeKind => kind.scope === 'case';
export const isPeriodKind = (kind: NarrativeKind): kind is PeriodNarrativeKind => kind.scope !== 'case';
