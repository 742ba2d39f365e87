import type { TestReportRecords } from '../../../shared/api/test-reports';
import { requireUser, type CallContext } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { gradingEnv } from '../complaints/grading';
import { recordRetest, testReportsOf, withdrawReport } from './test-reports';

function recordsOf(ctx: CallContext, complaintId: string): TestReportRecords {
  const db = ctx.core.store.read;
  return testReportsOf(db, complaintId, gradingEnv(db, ctx.core.now(), ctx.core.calendar));
}

/** The testing station's re-test and report withdrawal (seed002 客户管理制度6 2.2.2–2.2.5): each write one transaction, then the case's records. */
export const testReportHandlers: HandlersOf<'testReports.get' | 'testReports.recordRetest' | 'testReports.withdraw'> = {
  'testReports.get': (ctx, input) => recordsOf(ctx, input.complaintId),
  'testReports.recordRetest': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    ctx.core.store.transaction((tx) => recordRetest(tx, input, user, gradingEnv(tx, at, ctx.core.calendar), at));
    return recordsOf(ctx, input.complaintId);
  },
  'testReports.withdraw': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    const complaintId = ctx.core.store.transaction((tx) => withdrawReport(tx, input, user, gradingEnv(tx, at, ctx.core.calendar), at));
    return recordsOf(ctx, complaintId);
  },
};
