import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { cadenceDueList } from './cadence';
import { fileScreening } from './screening';
import { customerRisk, decideChange, proposeChange, reviewChange, riskOverview } from './service';

/** Risk classes: each step in one transaction (proposal, audit, outbox; a decided change appends to the history). */
export const riskClassHandlers: HandlersOf<'riskClasses.get' | 'riskClasses.cadence' | 'riskClasses.overview' | 'riskClasses.propose' | 'riskClasses.review' | 'riskClasses.decide' | 'riskClasses.fileScreening'> = {
  'riskClasses.get': (ctx, input) => customerRisk(ctx.core.store.read, input.customerId, ctx.core.now()),
  'riskClasses.cadence': (ctx) => cadenceDueList(ctx.core.store.read, ctx.core.now()),
  'riskClasses.overview': (ctx) => riskOverview(ctx.core.store.read),
  'riskClasses.propose': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => proposeChange(tx, input, user, at));
  },
  'riskClasses.review': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => reviewChange(tx, input, user, at));
  },
  'riskClasses.fileScreening': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => fileScreening(tx, input, user, at));
  },
  'riskClasses.decide': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => decideChange(tx, input, user, at));
  },
};
