import { requireUser, type CallContext } from '../context';
import type { WriteDb } from '../db/handles';
import type { User } from '../../../shared/api/users';
import type { HandlersOf } from '../handlers/handler';
import { createDraft, discardDraft, draftOf, draftRow, listDrafts, saveDraft } from './drafts';
import { templateEntries } from './entries';
import { publishDraft, templateIssues } from './publish';

/** Runs one write in its transaction (row, audit and outbox together). */
function write<T>(ctx: CallContext, run: (tx: WriteDb, user: User, at: Date) => T): T {
  const user = requireUser(ctx);
  const at = ctx.core.now();
  return ctx.core.store.transaction((tx) => run(tx, user, at));
}

export const checklistTemplateHandlers: HandlersOf<
  | 'checklistTemplates.list'
  | 'checklistTemplates.getDraft'
  | 'checklistTemplates.createDraft'
  | 'checklistTemplates.saveDraft'
  | 'checklistTemplates.discardDraft'
  | 'checklistTemplates.validate'
  | 'checklistTemplates.publish'
> = {
  'checklistTemplates.list': (ctx) => ({ templates: templateEntries(ctx.core.store.read), drafts: listDrafts(ctx.core.store.read) }),
  'checklistTemplates.getDraft': (ctx, input) => draftOf(draftRow(ctx.core.store.read, input.draftId)),
  'checklistTemplates.createDraft': (ctx, input) => {
    const draftId = write(ctx, (tx, user, at) => createDraft(tx, input.fromTemplateId, user, at));
    return draftOf(draftRow(ctx.core.store.read, draftId));
  },
  'checklistTemplates.saveDraft': (ctx, input) => {
    write(ctx, (tx, user, at) => saveDraft(tx, input, user, at));
    return draftOf(draftRow(ctx.core.store.read, input.draftId));
  },
  'checklistTemplates.discardDraft': (ctx, input) => {
    write(ctx, (tx, user, at) => discardDraft(tx, input, user, at));
    return null;
  },
  'checklistTemplates.validate': (ctx, input) => ({ issues: templateIssues(ctx.core.store.read, input.template, input.basedOn) }),
  'checklistTemplates.publish': (ctx, input) => write(ctx, (tx, user, at) => publishDraft(tx, input, user, at)),
};
