import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { getNarrative, issueNarrative, listNarratives, reissueNarrative, saveDraft } from './service';

/** Narrative reports: each write in one transaction (row, audit, and for an issue the outbox), answered with the version as stored. */
export const narrativeReportHandlers: HandlersOf<'narrativeReports.list' | 'narrativeReports.get' | 'narrativeReports.saveDraft' | 'narrativeReports.issue' | 'narrativeReports.reissue'> = {
  'narrativeReports.list': (ctx, input) => listNarratives(ctx.core.store.read, requireUser(ctx), input.year, ctx.core.now()),
  'narrativeReports.get': (ctx, input) => getNarrative(ctx.core.store.read, requireUser(ctx), input.id, ctx.core.now()),
  'narrativeReports.saveDraft': (ctx, input) => {
    const user = requireUser(ctx);
    const id = ctx.core.store.transaction((tx) => saveDraft(tx, user, input, ctx.core.now()));
    return getNarrative(ctx.core.store.read, user, id, ctx.core.now());
  },
  'narrativeReports.issue': (ctx, input) => {
    const user = requireUser(ctx);
    const id = ctx.core.store.transaction((tx) => issueNarrative(tx, user, input.id, ctx.core.now()));
    return getNarrative(ctx.core.store.read, user, id, ctx.core.now());
  },
  'narrativeReports.reissue': (ctx, input) => {
    const user = requireUser(ctx);
    const id = ctx.core.store.transaction((tx) => reissueNarrative(tx, user, input, ctx.core.now()));
    return getNarrative(ctx.core.store.read, user, id, ctx.core.now());
  },
};
