import { z } from 'zod';
import { cleanJsonCheck, str } from './common';
import { method } from './define';

/** Forms whose unsaved input the core keeps, per user (nothing typed is lost to a crash or a closed window). */
export const DRAFT_FORMS = ['complaint-new'] as const;

/** A draft is the form's own state as JSON; bounded so a runaway form cannot fill the disk. */
const draftData = z.record(z.string(), z.unknown()).refine((data) => JSON.stringify(data).length <= 64_000, '草稿过大 / draft too large');

export const draftSchema = z.object({ data: draftData, savedAt: z.string() });
/** What a form may save: its state with clean text only (shared/api/common.ts), like everything it will send. */
const draftInput = z.record(str(), z.unknown()).check(cleanJsonCheck).refine((data) => JSON.stringify(data).length <= 64_000, '草稿过大 / draft too large');

export const draftsApi = {
  'drafts.get': method({ input: z.object({ form: z.enum(DRAFT_FORMS) }).strict(), output: draftSchema.nullable(), access: 'signed-in', writes: false }),
  /** Local only: a draft is never synced or audited; it is replaced on every save and removed when the record is saved. */
  'drafts.save': method({ input: z.object({ form: z.enum(DRAFT_FORMS), data: draftInput }).strict(), output: draftSchema, access: 'signed-in', writes: false }),
  'drafts.discard': method({ input: z.object({ form: z.enum(DRAFT_FORMS) }).strict(), output: z.null(), access: 'signed-in', writes: false }),
};
