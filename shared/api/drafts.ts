import { z } from 'zod';
import { WORKFLOW_ACTIONS } from '../domain/workflow';
import { cleanJsonCheck, id, str } from './common';
import { method } from './define';

/**
 * Forms whose unsaved input the core keeps, per user (nothing typed is lost to a crash or a closed window):
 * the new-complaint form, and each workflow action form of each case (issue 20 item 1).
 */
export const DRAFT_FORMS = ['complaint-new', 'complaint-action'] as const;

const DRAFT_MAX_CHARS = 64_000;
const fitsDraft = (data: unknown) => JSON.stringify(data).length <= DRAFT_MAX_CHARS;

/** A draft is the form's own state as JSON; bounded so a runaway form cannot fill the disk. */
const draftData = z.record(z.string(), z.unknown()).refine(fitsDraft, '草稿过大 / draft too large');

export const draftSchema = z.object({ data: draftData, savedAt: z.string() });
/** What a form may save: its state with clean text only (shared/api/common.ts), like everything it will send. */
const draftInput = z.record(str(), z.unknown()).check(cleanJsonCheck).refine(fitsDraft, '草稿过大 / draft too large');
/**
 * An action form's values are all strings (use-action-form.ts), named as the action's fields: a few short
 * names, each text a little longer than the longest the action takes (2000) so nothing typed is cut off.
 */
const actionDraftInput = z
  .record(str().min(1).max(64), str().max(4000))
  .check(cleanJsonCheck)
  .refine((data) => Object.keys(data).length <= 20, '草稿字段过多 / too many draft fields')
  .refine(fitsDraft, '草稿过大 / draft too large');

/** Which draft: the new-complaint form, or one action of one case. */
const newComplaintKey = { form: z.literal('complaint-new') };
const actionKey = { form: z.literal('complaint-action'), complaintId: id, action: z.enum(WORKFLOW_ACTIONS) };
export const draftKeySchema = z.discriminatedUnion('form', [z.object(newComplaintKey).strict(), z.object(actionKey).strict()]);
export type DraftKey = z.infer<typeof draftKeySchema>;

const draftSaveSchema = z.discriminatedUnion('form', [
  z.object({ ...newComplaintKey, data: draftInput }).strict(),
  z.object({ ...actionKey, data: actionDraftInput }).strict(),
]);

export const draftsApi = {
  'drafts.get': method({ input: draftKeySchema, output: draftSchema.nullable(), access: 'signed-in', writes: false }),
  /** Local only: a draft is never synced or audited; it is replaced on every save and removed when the record (or the action) is saved. */
  'drafts.save': method({ input: draftSaveSchema, output: draftSchema, access: 'signed-in', writes: false }),
  'drafts.discard': method({ input: draftKeySchema, output: z.null(), access: 'signed-in', writes: false }),
  /** The actions of a case this user left a draft in, so the panel can point at them. */
  'drafts.actionsOf': method({ input: z.object({ complaintId: id }).strict(), output: z.array(z.enum(WORKFLOW_ACTIONS)), access: 'signed-in', writes: false }),
};
