import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { decideAdjustment } from './credit-adjustment-service';
import { checkEvaluation, enterFigures } from './credit-evaluation-service';
import { creditMonth, fileReport } from './credit-report-service';

/** The monthly credit records (第三十九条、第四十条): each write one transaction (record, audit, outbox). */
export const creditMonthlyHandlers: HandlersOf<'credit.month' | 'credit.enterFigures' | 'credit.checkEvaluation' | 'credit.decideAdjustment' | 'credit.fileReport'> = {
  'credit.month': (ctx, input) => creditMonth(ctx.core.store.read, input.month, ctx.core.now()),
  'credit.enterFigures': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => enterFigures(tx, input, user, at));
  },
  'credit.checkEvaluation': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => checkEvaluation(tx, input, user, at));
  },
  'credit.decideAdjustment': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => decideAdjustment(tx, input, user, at));
  },
  'credit.fileReport': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => fileReport(tx, input, user, at));
  },
};
