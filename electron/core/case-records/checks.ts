import { ApiError } from '../../../shared/api/errors';
import { COMPENSATION_TYPE_INFO, REPORT_REQUIRED_TO_RESOLVE, type ReportStatus } from '../../../shared/domain/case-records';
import type { ComplaintStatus, WorkflowAction } from '../../../shared/domain/workflow';
import type { ReadDb } from '../db/handles';
import { compensationRowsOfComplaint, pendingApprovalRows } from './compensation-repository';
import { reportStatusOfComplaint } from './investigation-report-repository';
import type { ComplaintRow } from '../complaints/complaint-rows';
import type { GradingEnv } from '../complaints/grading';

const REPORT_STATUS_ZH: Record<ReportStatus, string> = {
  draft: '草稿',
  manager_review: '待主管审核',
  admin_hr_review: '待行政人事部审核',
  gm_approval: '待总经理批阅',
  approved: '总经理已批阅',
};

/**
 * What the case records forbid in the handling loop, checked by the workflow
 * on every step (in its transaction, so a refusal leaves nothing behind):
 * - where the site follows 篇4, the customer is answered (resolve) only after
 *   the GM has approved the investigation report (第十一条–第十四条);
 * - a case does not close (close, or the satisfied call-back that closes it)
 *   while compensation that needs the company's approval waits for it
 *   (篇1 9.2.1: 需由公司同意后方可执行).
 */
export function caseRecordsRefusal(db: ReadDb, row: ComplaintRow, action: WorkflowAction, to: ComplaintStatus, env: GradingEnv | null): void {
  const reportRule = env ? REPORT_REQUIRED_TO_RESOLVE[env.pack.id] : undefined;
  if (action === 'resolve' && row.kind === 'complaint' && reportRule) {
    const report = reportStatusOfComplaint(db, row.id);
    if (report?.status !== 'approved') {
      const now = report ? `调查报告当前为「${REPORT_STATUS_ZH[report.status]}」` : '本案还没有调查报告';
      throw new ApiError(
        'CONFLICT',
        `本站规则（${reportRule}）要求投诉调查报告经总经理批阅后才能答复客户；${now}。 / Under ${reportRule} the customer is answered only after the GM has approved the investigation report.`,
      );
    }
  }
  if (to === 'closed' && row.status !== 'closed') {
    const pending = pendingApprovalRows(db, row.id);
    if (pending.length > 0) {
      const what = pending.map((p) => `「${COMPENSATION_TYPE_INFO[p.type].label.zh}」`).join('、');
      const basis = pending.find((p) => p.basis && p.basis !== 'requested')?.basis;
      throw new ApiError(
        'CONFLICT',
        `补偿${what}须经公司同意后方可执行${basis ? `（${basis}）` : ''}，尚未审批，不能结案 / compensation awaiting the company's approval keeps the case open`,
      );
    }
  }
}

/** A visit or an apology is recorded among the compensations (篇1 9.2) but pays nothing. */
const NOT_PAYING: ReadonlySet<string> = new Set(['visit', 'apology']);

/** Whether a compensation that pays something, not refused, is on file for the case (seed001 S4 6.2.2 a): 不涉及赔偿). */
export function hasCompensationRecord(db: ReadDb, complaintId: string): boolean {
  return compensationRowsOfComplaint(db, complaintId).some((x) => x.status !== 'refused' && !NOT_PAYING.has(x.type));
}
