import type { CellValue, LedgerRow } from '../../../shared/api/ledgers';
import { RECORD_FIELD_CELLS, type ComplaintField } from '../../../shared/reports/ledgers/fields';
import type { ReadDb } from '../db/handles';
import { toComplaint, type ComplaintRow } from '../complaints/complaint-rows';
import { getRow } from '../complaints/complaints-repository';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { resultWithRetests } from '../side-paths';
import { complaintExtras, correctiveActionsOf, lastCallBackOf } from './ledgers-repository';

/**
 * One complaint as a ledger row: every field of COMPLAINT_FIELDS, from the
 * record, its grade as of now (class and the steps past their limit, as the
 * detail screen shows them) and its case records.
 */
export function complaintCells(db: ReadDb, id: string, env: GradingEnv | null): LedgerRow {
  const row = getRow(db, id);
  if (!row) throw new Error(`complaint ${id} vanished while the ledger was read`);
  const complaint = toComplaint(row, recordGradingEnv(db, row, env));
  const extras = complaintExtras(db, id);
  const actions = correctiveActionsOf(db, id);
  const callBack = lastCallBackOf(db, id);
  const cells: Record<ComplaintField, CellValue> = {
    ...recordFieldCells(complaint.recordFields),
    testReportReceivedOn: complaint.packFacts.testReportReceivedOn ?? null,
    serial: row.serial,
    kind: row.kind,
    channel: row.channel,
    receivedAt: row.received_at,
    receiverName: row.first_receiver_name,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    customerAddress: extras.customer_address,
    content: row.content,
    restatement: row.restatement,
    remedy: row.remedy,
    product: row.product,
    classLabel: complaint.grade?.classLabel ?? row.class_code,
    validity: row.validity,
    status: row.status,
    unit: row.unit,
    assigneeName: row.assignee_name,
    assignedAt: row.assigned_at,
    subjectName: row.subject_user_name,
    subjectUnit: extras.subject_unit,
    ...solutionCells(row),
    // seed002 客户管理制度6 2.2.5: the re-test's result goes in the 抱怨受理登记表's 处理结果 column.
    resultWithRetest: resultWithRetests(db, id, row.result),
    overdueSteps: complaint.grade ? complaint.grade.deadlines.filter((d) => d.overdue).map((d) => d.label ?? { milestone: d.milestone }) : null,
    escalated: row.escalation_count > 0,
    referred: extras.refer_count > 0,
    answeredOnSpot: extras.on_spot_count > 0,
    // 约定回复时限 (bank outlet 第八条(三)): the reply's due where it was agreed with the customer.
    agreedReplyDueAt: complaint.grade?.deadlines.find((d) => d.agreed && d.step === 'reply')?.due ?? null,
    investigationCause: extras.investigation_cause,
    correctiveActions: actions.length > 0 ? actions.map((a) => `${a.action}（${a.owner_name}）`).join('；') : null,
    correctiveActionsEffective: actions.length > 0 ? actions.every((a) => a.status === 'effective') : null,
    callBackAt: callBack?.at ?? null,
    callBackByName: callBack?.by_name ?? null,
    callBackSatisfaction: callBack?.result ?? null,
    callBackOpinion: callBack?.other_opinions ?? null,
    callBackSatisfied: callBack ? callBack.satisfied === 1 : null,
  };
  return { key: id, cells };
}

/** The pack's record fields a ledger prints (the testing station's report number …), as stored; empty where not asked. */
function recordFieldCells(values: ReturnType<typeof toComplaint>['recordFields']) {
  const ids = Object.keys(RECORD_FIELD_CELLS) as (keyof typeof RECORD_FIELD_CELLS)[];
  return Object.fromEntries(ids.map((id) => [id, values.find((v) => v.id === id)?.value ?? null])) as Record<keyof typeof RECORD_FIELD_CELLS, CellValue>;
}

function solutionCells(row: ComplaintRow) {
  return {
    solutionMeasures: row.solution_measures,
    solutionResolverName: row.solution_resolver_name,
    solutionDueAt: row.solution_due_at,
    result: row.result,
    replyMethod: row.reply_method,
    customerInformedAt: row.customer_informed_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
  } satisfies Partial<Record<ComplaintField, CellValue>>;
}
