import { requireUser, type CallContext } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { gradingEnv } from '../complaints/grading';
import { caseReportOf } from './cases';
import { getNarrative, issueNarrative, listNarratives, reissueNarrative, saveDraft, type Viewer } from './service';

/** The user and the site's grading env (a case report reads its complaint as the complaint's page does). */
function viewerOf(ctx: CallContext): Viewer {
  return { user: requireUser(ctx), env: gradingEnv(ctx.core.store.read, ctx.core.now(), ctx.core.calendar) };
}

/** Narrative reports: each write in one transaction (row, audit, and for an issue the outbox), answered with the version as stored. */
export const narrativeReportHandlers: HandlersOf<
  'narrativeReports.list' | 'narrativeReports.get' | 'narrativeReports.saveDraft' | 'narrativeReports.issue' | 'narrativeReports.reissue' | 'narrativeReports.forComplaint'
> = {
  'narrativeReports.list': (ctx, input) => listNarratives(ctx.core.store.read, requireUser(ctx), input.year, ctx.core.now()),
  'narrativeReports.get': (ctx, input) => getNarrative(ctx.core.store.read, viewerOf(ctx), input.id, ctx.core.now()),
  'narrativeReports.forComplaint': (ctx, input) => {
    const viewer = viewerOf(ctx);
    return caseReportOf(ctx.core.store.read, viewer.user, input.complaintId, viewer.env);
  },
  'narrativeReports.saveDraft': (ctx, input) => {
    const viewer = viewerOf(ctx);
    const id = ctx.core.store.transaction((tx) => saveDraft(tx, viewer, input, ctx.core.now()));
    return getNarrative(ctx.core.store.read, viewer, id, ctx.core.now());
  },
  'narrativeReports.issue': (ctx, input) => {
    const viewer = viewerOf(ctx);
    const id = ctx.core.store.transaction((tx) => issueNarrative(tx, viewer, input.id, ctx.core.now()));
    return getNarrative(ctx.core.store.read, viewer, id, ctx.core.now());
  },
  'narrativeReports.reissue': (ctx, input) => {
    const viewer = viewerOf(ctx);
    const id = ctx.core.store.transaction((tx) => reissueNarrative(tx, viewer.user, input, ctx.core.now()));
    return getNarrative(ctx.core.store.read, viewer, id, ctx.core.now());
  },
};
