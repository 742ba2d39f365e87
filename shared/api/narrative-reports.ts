import { z } from 'zod';
import { NARRATIVE_REPORT_KINDS } from '../reports/narrative';
import { caseFactsSchema } from '../reports/narrative/case-facts';
import { caseNarrativeKindSchema, narrativeKindSchema } from '../reports/narrative/kind-schema';
import { periodInputSchema } from '../reports/period';
import { periodSchema, reportResultSchema } from '../reports/result';
import { id, str, text } from './common';
import { method } from './define';

/**
 * Narrative periodic reports (issue 16 item 7): the analysis a source asks for
 * each month, quarter or year, its statistics filled in from the report
 * definitions, its text written by people, signed (签发) by the role the
 * source names and then frozen. A correction is a new version that names the
 * one it replaces. Who may read is checked in the core (statistics.read, or
 * the kind's signer role); who may issue is the kind's signer role.
 */

/** Text per section id (every id some shipped kind names; the core checks it belongs to the report's kind); a section not written is absent or empty. */
const SECTION_IDS = [...new Set(NARRATIVE_REPORT_KINDS.flatMap((k) => k.sections.map((s) => s.id)))];
export const sectionTextsSchema = z.object(Object.fromEntries(SECTION_IDS.map((sectionId) => [sectionId, str().max(20_000).optional()]))).strict();
export type SectionTexts = Partial<Record<string, string>>;

export const NARRATIVE_STATES = ['open', 'due', 'overdue', 'issued', 'issuedLate'] as const;
export type NarrativeState = (typeof NARRATIVE_STATES)[number];

export const narrativeListItemSchema = z.object({
  kindId: z.string(),
  period: periodSchema,
  /** Null: the source sets no day. */
  dueDate: z.string().nullable(),
  /** open: the period is still running; due: ended, not issued, not late yet; overdue: past its due date; issuedLate: first issued after it. A draft shows in `draftId`. */
  state: z.enum(NARRATIVE_STATES),
  draftId: z.string().nullable(),
  /** The newest issued version. */
  issued: z.object({ id: z.string(), version: z.number().int(), issuedAt: z.string(), issuedByName: z.string() }).nullable(),
});
export type NarrativeListItem = z.infer<typeof narrativeListItemSchema>;

/** A complaint's special report (专项报告), listed beside the periods' reports. The source sets no due time, so it is never late. */
export const caseListItemSchema = z.object({
  kindId: z.string(),
  complaint: z.object({ id: z.string(), serial: z.string(), receivedAt: z.string(), classLabel: z.object({ zh: z.string(), en: z.string() }) }),
  state: z.enum(['due', 'issued']),
  draftId: z.string().nullable(),
  issued: z.object({ id: z.string(), version: z.number().int(), issuedAt: z.string(), issuedByName: z.string() }).nullable(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const narrativeVersionSchema = z.object({
  id: z.string(),
  kindId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** Null for a case report. */
  period: periodSchema.nullable(),
  /** The complaint a case report is about; null for a period report. */
  complaint: z.object({ id: z.string(), serial: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  version: z.number().int(),
  status: z.enum(['draft', 'issued']),
  sections: sectionTextsSchema,
  /** Issued: as frozen at the moment of issue; a draft: computed now, as a preview. */
  statistics: reportResultSchema.nullable(),
  /** A case report's facts: issued, as frozen at the moment of issue; a draft, as the complaint is now. */
  caseFacts: caseFactsSchema.nullable(),
  /** The version this one corrects, and why. */
  replaces: z.object({ id: z.string(), version: z.number().int() }).nullable(),
  correctionReason: z.string().nullable(),
  replacedBy: z.object({ id: z.string(), version: z.number().int() }).nullable(),
  draftedByName: z.string(),
  updatedAt: z.string(),
  issued: z.object({ at: z.string(), byName: z.string(), role: z.string() }).nullable(),
});
export type NarrativeVersion = z.infer<typeof narrativeVersionSchema>;

export const narrativeReportsApi = {
  'narrativeReports.list': method({
    input: z.object({ year: str().regex(/^\d{4}$/) }).strict(),
    output: z.object({
      kinds: z.array(narrativeKindSchema),
      /** The site's day (Asia/Shanghai). */
      today: z.string(),
      /** Every period of the year that has begun, per kind, newest first. */
      items: z.array(narrativeListItemSchema),
      /** The special reports of the year's complaints whose class demands one, newest complaint first. */
      cases: z.array(caseListItemSchema),
    }),
    access: 'signed-in',
    writes: false,
  }),
  'narrativeReports.get': method({ input: z.object({ id }).strict(), output: narrativeVersionSchema, access: 'signed-in', writes: false }),
  /** Creates the period's draft, or saves the text of an open draft (`id`). An issued version is refused: correct it with reissue. */
  'narrativeReports.saveDraft': method({
    input: z
      .object({ id: id.optional(), kindId: str().min(1).max(64), period: periodInputSchema.optional(), complaintId: id.optional(), sections: sectionTextsSchema })
      .strict()
      .refine((i) => (i.period === undefined) !== (i.complaintId === undefined), { path: ['period'], message: '须指定期间或投诉之一 / give a period or a complaint, not both' }),
    output: narrativeVersionSchema,
    access: 'signed-in',
    writes: true,
  }),
  /** The special report a complaint's class demands, for its detail page: null kind when none is offered (another class, another pack, or a user who may not write it). */
  'narrativeReports.forComplaint': method({
    input: z.object({ complaintId: id }).strict(),
    output: z.object({ kind: caseNarrativeKindSchema.nullable(), item: caseListItemSchema.nullable() }),
    access: 'signed-in',
    writes: false,
  }),
  /** 签发: freezes the statistics and the text; only the kind's signer role, only once the period has ended. */
  'narrativeReports.issue': method({ input: z.object({ id }).strict(), output: narrativeVersionSchema, access: 'signed-in', writes: true }),
  /** A correction: a new draft version of an issued report, naming the one it replaces and why. */
  'narrativeReports.reissue': method({ input: z.object({ id, reason: text(1000) }).strict(), output: narrativeVersionSchema, access: 'signed-in', writes: true }),
};
