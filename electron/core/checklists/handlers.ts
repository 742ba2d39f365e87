import type { ChecklistRecord } from '../../../shared/api/checklists';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { requireUser, type CallContext } from '../context';
import type { WriteDb } from '../db/handles';
import type { HandlersOf } from '../handlers/handler';
import { readAttachment } from '../attachments/attachments';
import { siteTemplates } from '../templates';
import { closeAction, completeAction, raiseAction } from './actions';
import { dueFirst, dueList } from './due';
import { attachPhoto, removePhoto } from './photos';
import { listRecords, recordOf } from './record-views';
import { completeRecord, refreshEvidence, saveAnswers, startRecord } from './records';
import { evidenceSecretHolders } from './store-evidence';

/** Runs one write in its transaction (record, audit and outbox together), then answers with the record as stored. */
function write(ctx: CallContext, run: (tx: WriteDb, user: User, at: Date) => string): ChecklistRecord {
  const user = requireUser(ctx);
  const at = ctx.core.now();
  const id = ctx.core.store.transaction((tx) => run(tx, user, at));
  return recordOf(ctx.core.store.read, id, user, ctx.core.now());
}

export const checklistHandlers: HandlersOf<
  | 'checklists.templates'
  | 'checklists.due'
  | 'checklists.list'
  | 'checklists.get'
  | 'checklists.start'
  | 'checklists.saveAnswers'
  | 'checklists.attachPhoto'
  | 'checklists.removePhoto'
  | 'checklists.complete'
  | 'checklists.refreshEvidence'
  | 'checklists.raiseAction'
  | 'checklists.completeAction'
  | 'checklists.closeAction'
  | 'checklists.photo'
> = {
  'checklists.templates': (ctx) => dueFirst(siteTemplates(ctx.core.store.read), dueList(ctx.core.store.read, ctx.core.now())),
  'checklists.due': (ctx) => dueList(ctx.core.store.read, ctx.core.now()),
  'checklists.list': (ctx, input) => listRecords(ctx.core.store.read, input.templateId, input.limit),
  'checklists.get': (ctx, input) => recordOf(ctx.core.store.read, input.id, requireUser(ctx), ctx.core.now()),
  'checklists.start': async (ctx, input) => {
    const holders = await evidenceSecretHolders(ctx.core.store.read, { templateId: input.templateId });
    return write(ctx, (tx, user, at) => startRecord(tx, input.templateId, user, at, input.resume, holders));
  },
  'checklists.refreshEvidence': async (ctx, input) => {
    const holders = await evidenceSecretHolders(ctx.core.store.read, { recordId: input.id });
    return write(ctx, (tx, user, at) => {
      refreshEvidence(tx, input, user, at, holders);
      return input.id;
    });
  },
  'checklists.saveAnswers': (ctx, input) =>
    write(ctx, (tx, user, at) => {
      saveAnswers(tx, input, user, at);
      return input.id;
    }),
  'checklists.attachPhoto': (ctx, input) =>
    write(ctx, (tx, user, at) => {
      attachPhoto(tx, input, user, at);
      return input.id;
    }),
  'checklists.removePhoto': (ctx, input) =>
    write(ctx, (tx, user, at) => {
      removePhoto(tx, input, user, at);
      return input.id;
    }),
  'checklists.complete': (ctx, input) =>
    write(ctx, (tx, user, at) => {
      completeRecord(tx, input, user, at);
      return input.id;
    }),
  'checklists.raiseAction': (ctx, input) =>
    write(ctx, (tx, user, at) => {
      raiseAction(tx, input, user, at);
      return input.recordId;
    }),
  'checklists.completeAction': (ctx, input) => write(ctx, (tx, user, at) => completeAction(tx, input, user, at)),
  'checklists.closeAction': (ctx, input) => write(ctx, (tx, user, at) => closeAction(tx, input, user, at)),
  'checklists.photo': (ctx, input) => {
    const attachment = readAttachment(ctx.core.store.read, input.attachmentId);
    if (!attachment) throw new ApiError('NOT_FOUND', `找不到该照片 / no photo ${input.attachmentId}`);
    return attachment;
  },
};
