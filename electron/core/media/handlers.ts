import { ApiError } from '../../../shared/api/errors';
import { mediaStatistics } from '../../../shared/domain/media-statistics';
import { catalogProfiles, siteProfile } from '../profiles';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { requireUser, type CallContext } from '../context';
import type { ReadDb } from '../db/handles';
import type { HandlersOf } from '../handlers/handler';
import { readAttachment } from '../attachments/attachments';
import { readSite } from '../site/site';
import { getIncident, listIncidents } from './incident-views';
import { attachImage, createIncident, linkComplaint, recordNotification, removeImage, setStatus, tickStep } from './incidents';

function timeZoneOf(db: ReadDb): string {
  const site = readSite(db);
  if (!site) throw new ApiError('CONFLICT', '本机尚未初始化 / store not set up');
  return site.timeZone;
}

/** A year's incidents in the site's calendar: a day's margin either side in UTC, then the exact site-day test. */
function incidentsOfYear(db: ReadDb, year: number) {
  const timeZone = timeZoneOf(db);
  const range = { from: `${year - 1}-12-31T00:00:00.000Z`, to: `${year + 1}-01-02T00:00:00.000Z` };
  return { timeZone, incidents: listIncidents(db, range).filter((i) => Number(siteDayOf(new Date(i.occurredAt), timeZone).slice(0, 4)) === year) };
}

function actorOf(ctx: CallContext) {
  return { userId: requireUser(ctx).id, at: ctx.core.now() };
}

export const mediaHandlers: HandlersOf<
  'media.list' | 'media.get' | 'media.create' | 'media.linkComplaint' | 'media.tickStep' | 'media.notify' | 'media.attach' | 'media.removeImage' | 'media.setStatus' | 'media.attachment' | 'media.statistics'
> = {
  'media.list': (ctx, input) => (input.year === undefined ? listIncidents(ctx.core.store.read) : incidentsOfYear(ctx.core.store.read, input.year).incidents),

  'media.get': (ctx, input) => {
    const incident = getIncident(ctx.core.store.read, input.id);
    if (!incident) throw new ApiError('NOT_FOUND', `找不到该负面新闻记录 / no media incident ${input.id}`);
    return incident;
  },

  'media.create': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => createIncident(tx, input, actor));
  },
  'media.linkComplaint': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => linkComplaint(tx, input, actor));
  },
  'media.tickStep': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => tickStep(tx, input, actor));
  },
  'media.notify': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => recordNotification(tx, input, actor));
  },
  'media.attach': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => attachImage(tx, input, actor));
  },
  'media.removeImage': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => removeImage(tx, input, actor));
  },
  'media.setStatus': (ctx, input) => {
    const actor = actorOf(ctx);
    return ctx.core.store.transaction((tx) => setStatus(tx, input, actor));
  },

  'media.attachment': (ctx, input) => {
    const attachment = readAttachment(ctx.core.store.read, input.attachmentId);
    if (!attachment) throw new ApiError('NOT_FOUND', `找不到该附件 / no attachment ${input.attachmentId}`);
    return attachment;
  },

  'media.statistics': (ctx, input) => {
    const db = ctx.core.store.read;
    const { timeZone, incidents } = incidentsOfYear(db, input.year);
    const own = siteProfile(db)?.mediaContentCategories ?? [];
    const { codes, ...counted } = mediaStatistics(incidents, input.year, timeZone, own.map((c) => c.code));
    // Labels from the site's profile, else from any profile known here that has the code (a case filed under an earlier profile).
    const known = [...own, ...catalogProfiles(db).flatMap((p) => p.mediaContentCategories)];
    return { ...counted, categories: codes.filter((c) => c !== 'uncategorised').map((code) => ({ code, label: known.find((k) => k.code === code)?.label ?? null })) };
  },
};
