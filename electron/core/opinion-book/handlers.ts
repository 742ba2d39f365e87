import { ApiError } from '../../../shared/api/errors';
import { hasPermission } from '../../../shared/domain/roles';
import { requireUser, type CallContext } from '../context';
import type { ReadDb } from '../db/handles';
import { gradingEnv } from '../complaints/grading';
import type { HandlersOf } from '../handlers/handler';
import { readSite } from '../site/site';
import { answerEntry, entryToComplaint, recordCheck, recordEntry } from './entries';
import { getEntry, opinionBookOverview } from './entry-views';

function siteOf(db: ReadDb) {
  const site = readSite(db);
  if (!site) throw new ApiError('CONFLICT', '本机尚未初始化 / store not set up');
  return site;
}

/** Who and when, in the site's time zone (the day a daily check counts for). */
function actorOf(ctx: CallContext) {
  return { userId: requireUser(ctx).id, at: ctx.core.now(), timeZone: siteOf(ctx.core.store.read).timeZone };
}

export const opinionBookHandlers: HandlersOf<
  'opinionBook.overview' | 'opinionBook.get' | 'opinionBook.record' | 'opinionBook.check' | 'opinionBook.answer' | 'opinionBook.toComplaint'
> = {
  'opinionBook.overview': (ctx) => opinionBookOverview(ctx.core.store.read, ctx.core.now(), siteOf(ctx.core.store.read).timeZone),

  'opinionBook.get': (ctx, input) => {
    const entry = getEntry(ctx.core.store.read, input.id);
    if (!entry) throw new ApiError('NOT_FOUND', `找不到该意见簿记录 / no opinion-book entry ${input.id}`);
    return entry;
  },

  'opinionBook.record': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => recordEntry(tx, input, actor));
  },

  'opinionBook.check': (ctx, input) => {
    const actor = actorOf(ctx);
    ctx.core.store.transaction((tx) => recordCheck(tx, input.note, actor));
    return opinionBookOverview(ctx.core.store.read, actor.at, actor.timeZone);
  },

  'opinionBook.answer': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => answerEntry(tx, input, actor));
  },

  'opinionBook.toComplaint': (ctx, input) => {
    const user = requireUser(ctx);
    // The complaint is created in the user's name: they need the right to register one too.
    if (!hasPermission(user.roles, 'complaint.create')) throw new ApiError('FORBIDDEN', '当前用户无权登记投诉 / not allowed to register complaints');
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => entryToComplaint(tx, input, siteOf(tx), gradingEnv(tx, actor.at, ctx.core.calendar), actor));
  },
};
