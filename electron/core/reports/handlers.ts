import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { cadence } from './cadence-service';
import { listDefinitions, overdueItems, reportCases, runReport } from './service';

/** The site's 报表: read-only, computed from the reporting relation on each call. */
export const reportHandlers: HandlersOf<'reports.definitions' | 'reports.run' | 'reports.cases' | 'reports.overdue' | 'reports.cadence'> = {
  'reports.definitions': (ctx) => listDefinitions(ctx.core.store.read, requireUser(ctx), ctx.core.now()),
  'reports.run': (ctx, input) => runReport(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
  'reports.cases': (ctx, input) => reportCases(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
  'reports.overdue': (ctx, input) => overdueItems(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
  'reports.cadence': (ctx, input) => cadence(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
};
