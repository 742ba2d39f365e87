import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { creditFile, decideGrading, proposeGrading, reviewDueList } from './credit-service';

/** Credit grading: each write in one transaction (grading or step, audit, outbox); reads computed on each call. */
export const creditHandlers: HandlersOf<'credit.file' | 'credit.propose' | 'credit.decide' | 'credit.reviewDue'> = {
  'credit.file': (ctx, input) => creditFile(ctx.core.store.read, input.customerId),
  'credit.propose': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => proposeGrading(tx, input, user, at));
  },
  'credit.decide': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => decideGrading(tx, input, user, at));
  },
  'credit.reviewDue': (ctx) => reviewDueList(ctx.core.store.read, ctx.core.now()),
};
