import { ApiError } from '../../../shared/api/errors';
import type { DraftKey } from '../../../shared/api/drafts';
import { requireUser } from '../context';
import { actionsWithDrafts, complaintExists, deleteDraft, readDraft, writeDraft } from './drafts-repository';
import type { HandlersOf } from '../handlers/handler';

/** The key part of a draft input (its data aside). */
function keyOf(input: DraftKey & { data?: unknown }): DraftKey {
  return input.form === 'complaint-new' ? { form: input.form } : { form: input.form, complaintId: input.complaintId, action: input.action };
}

/**
 * Drafts are local working state, not business records: no audit, no outbox.
 * They are still written through a transaction, so a save that returned is on
 * disk (WAL) and survives the process being killed the moment after.
 */
export const draftHandlers: HandlersOf<'drafts.get' | 'drafts.save' | 'drafts.discard' | 'drafts.actionsOf'> = {
  'drafts.get': (ctx, input) => {
    const row = readDraft(ctx.core.store.read, requireUser(ctx).id, keyOf(input));
    return row ? { data: JSON.parse(row.data) as Record<string, unknown>, savedAt: row.saved_at } : null;
  },
  'drafts.save': (ctx, input) => {
    const userId = requireUser(ctx).id;
    const key = keyOf(input);
    // A draft for a case that is not here would be kept for nothing (and the table refuses it).
    if (key.form === 'complaint-action' && !complaintExists(ctx.core.store.read, key.complaintId)) {
      throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound', undefined, 'complaintId');
    }
    const savedAt = ctx.core.now().toISOString();
    ctx.core.store.transaction((tx) => writeDraft(tx, userId, key, JSON.stringify(input.data), savedAt));
    return { data: input.data, savedAt };
  },
  'drafts.discard': (ctx, input) => {
    ctx.core.store.transaction((tx) => deleteDraft(tx, requireUser(ctx).id, keyOf(input)));
    return null;
  },
  'drafts.actionsOf': (ctx, input) => actionsWithDrafts(ctx.core.store.read, requireUser(ctx).id, input.complaintId),
};
