import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { readCap, setCap } from './credit-cap';
import { creditFile, decideGrading, proposeGrading, reviewDueList } from './credit-service';

/** Credit grading: each write in one transaction (grading or step, audit, outbox); reads computed on each call. */
export const creditHandlers: HandlersOf<'credit.file' | 'credit.propose' | 'credit.decide' | 'credit.reviewDue' | 'credit.cap' | 'credit.setCap'> = {
  'credit.file': (ctx, input) => creditFile(ctx.core.store.read, input.customerId, ctx.core.now()),
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
  'credit.cap': (ctx) => readCap(ctx.core.store.read),
  'credit.setCap': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => setCap(tx, input, user, at));
  },
};
