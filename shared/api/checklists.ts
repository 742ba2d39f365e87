import { z } from 'zod';
import { ACCEPTED_IMAGE_TYPES, MAX_ATTACHMENT_BASE64_CHARS } from '../domain/attachments';
import { templateSchema } from '../checklists/template-schema';
import { cleanJsonCheck, id, isoInstant, str } from './common';
import { method } from './define';

/**
 * 检查表、台帐与考核表 records (issue #6): a record keeps the template version it
 * started with, its answers (item id → value, see shared/checklists/answer-values.ts),
 * its status and who did what when. Answers are saved one item or one table
 * row at a time (autosave), each save naming the version it was based on.
 */

const version = z.number().int().min(1);
const required = (max: number, what: string) => str().trim().min(1, `请填写${what}`).max(max, `${what}不能超过${max}个字`);
const itemId = str().min(1).max(64);
const rowId = str().regex(/^[A-Za-z0-9_-]{1,64}$/, '行编号无效');

export const CHECKLIST_STATUSES = ['draft', 'completed'] as const;
export const CHECKLIST_ACTION_STATUSES = ['open', 'implemented', 'closed'] as const;

export const dueOccurrenceSchema = z.object({ from: z.string(), to: z.string(), dueBy: z.string(), required: z.number().int(), done: z.number().int() });
export const dueStateSchema = z.object({
  templateId: z.string(),
  status: z.enum(['overdue', 'due', 'done', 'perEvent']),
  current: dueOccurrenceSchema.nullable(),
  missed: dueOccurrenceSchema.nullable(),
  nextDueBy: z.string().nullable(),
  /** Records of this template still in progress. */
  drafts: z.number().int(),
  /** The draft of the current period that 继续填写 resumes, if any (older drafts stay in the record list). */
  openDraft: z.string().nullable(),
});
export type ChecklistDue = z.infer<typeof dueStateSchema>;

export const checklistSummarySchema = z.object({
  id: z.string(),
  templateId: z.string(),
  templateVersion: z.string(),
  status: z.enum(CHECKLIST_STATUSES),
  startedAt: z.string(),
  startedByName: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  /** Table rows (registers) or answered items, for the list. */
  answered: z.number().int(),
  openActions: z.number().int(),
  version: z.number().int(),
});
export type ChecklistSummary = z.infer<typeof checklistSummarySchema>;

export const checklistActionSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  rowId: z.string().nullable(),
  problem: z.string(),
  action: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueAt: z.string(),
  status: z.enum(CHECKLIST_ACTION_STATUSES),
  overdue: z.boolean(),
  createdByName: z.string(),
  createdAt: z.string(),
  implementedAt: z.string().nullable(),
  implementationNote: z.string().nullable(),
  closedByName: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  reopenCount: z.number().int(),
  mayComplete: z.boolean(),
  mayClose: z.boolean(),
  version: z.number().int(),
});
export type ChecklistAction = z.infer<typeof checklistActionSchema>;

export const checklistRecordSchema = checklistSummarySchema.extend({
  answers: z.record(z.string(), z.unknown()),
  /** The template as it was when the record started. */
  template: templateSchema,
  actions: z.array(checklistActionSchema),
  may: z.object({ fill: z.boolean(), raiseAction: z.boolean() }),
});
export type ChecklistRecord = z.infer<typeof checklistRecordSchema>;

/** One item's answer (null clears it), or one table row: its cells merged into the row (a new row id appends it), or the row removed. */
export const saveAnswersSchema = z.union([
  z.object({ id, version, itemId, value: z.unknown().check(cleanJsonCheck) }).strict(),
  z.object({ id, version, itemId, rowId, cells: z.record(str(), z.unknown()).check(cleanJsonCheck) }).strict(),
  z.object({ id, version, itemId, rowId, remove: z.literal(true) }).strict(),
]);
export type SaveAnswersInput = z.input<typeof saveAnswersSchema>;

export const attachPhotoSchema = z
  .object({
    id,
    version,
    itemId,
    /** For a photo column of a table: the row and the column. */
    rowId: rowId.optional(),
    columnId: itemId.optional(),
    /** Which required view this photo shows (index into the field's evidence list). */
    evidence: z.number().int().min(0).max(20).optional(),
    fileName: required(200, '图片文件名'),
    mimeType: z.enum(ACCEPTED_IMAGE_TYPES, { error: '只接受 PNG、JPEG、WebP 或 GIF 图片' }),
    dataBase64: str().min(1, '图片是空的').max(MAX_ATTACHMENT_BASE64_CHARS, '图片不能超过 750 KB').regex(/^[A-Za-z0-9+/]*={0,2}$/, '图片数据无法读取'),
  })
  .strict();
export type AttachPhotoInput = z.input<typeof attachPhotoSchema>;

/** Takes one photo off a draft (attached by mistake, or the old one of a replacement); for a table, the row and column it is in. */
export const removePhotoSchema = z.object({ id, version, itemId, rowId: rowId.optional(), columnId: itemId.optional(), attachmentId: id }).strict();
export type RemovePhotoInput = z.input<typeof removePhotoSchema>;

export const raiseActionSchema = z
  .object({
    recordId: id,
    itemId,
    rowId: rowId.optional(),
    problem: required(2000, '存在的问题'),
    action: required(2000, '整改措施'),
    ownerId: str().min(1, '请选择整改责任人').max(64),
    dueAt: isoInstant,
  })
  .strict();
export type RaiseActionInput = z.input<typeof raiseActionSchema>;

export const completeActionSchema = z.object({ actionId: id, version, note: required(1000, '整改情况') }).strict();
export const closeActionSchema = z
  .object({ actionId: id, version, effective: z.boolean(), note: required(1000, '验证情况'), newDueAt: isoInstant.optional() })
  .strict();

const record = <I extends z.ZodType>(input: I, access: 'checklist.read' | 'checklist.fill' | 'checklist.verifyAction', writes = true) =>
  method({ input, output: checklistRecordSchema, access, writes });

export const checklistsApi = {
  /** The site's templates, shipped or published (newest version of each), with their schedules. */
  'checklists.templates': method({ input: z.object({}).strict(), output: z.array(templateSchema), access: 'checklist.read', writes: false }),
  /** What is due and overdue at this site today, per template with a schedule. */
  'checklists.due': method({ input: z.object({}).strict(), output: z.array(dueStateSchema), access: 'checklist.read', writes: false }),
  /** A template's records, newest first. */
  'checklists.list': method({
    input: z.object({ templateId: itemId, limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(checklistSummarySchema),
    access: 'checklist.read',
    writes: false,
  }),
  'checklists.get': record(z.object({ id }).strict(), 'checklist.read', false),
  /** Starts a record; with `resume`, opens the open draft of the template's current period instead, if there is one (开始填写 never makes a second draft; 另开一份 does, for a second event). */
  'checklists.start': record(z.object({ templateId: itemId, resume: z.boolean().default(false) }).strict(), 'checklist.fill'),
  'checklists.saveAnswers': record(saveAnswersSchema, 'checklist.fill'),
  'checklists.attachPhoto': record(attachPhotoSchema, 'checklist.fill'),
  /** Only while the record is a draft; a completed record keeps its evidence. */
  'checklists.removePhoto': record(removePhotoSchema, 'checklist.fill'),
  /** Reads the evidence the template takes from this store into the draft again (重新统计本机数据; issue 19 §4), as of now. */
  'checklists.refreshEvidence': record(z.object({ id, version }).strict(), 'checklist.fill'),
  /** Refused, with one issue per missing item or evidence photo, until everything required is there. */
  'checklists.complete': record(z.object({ id, version }).strict(), 'checklist.fill'),
  'checklists.raiseAction': record(raiseActionSchema, 'checklist.fill'),
  'checklists.completeAction': record(completeActionSchema, 'checklist.fill'),
  'checklists.closeAction': record(closeActionSchema, 'checklist.verifyAction'),
  'checklists.photo': method({
    input: z.object({ attachmentId: id }).strict(),
    output: z.object({ id: z.string(), mimeType: z.enum(ACCEPTED_IMAGE_TYPES), dataBase64: z.string() }),
    access: 'checklist.read',
    writes: false,
  }),
};
