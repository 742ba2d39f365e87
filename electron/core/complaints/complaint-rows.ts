import type { Complaint } from '../../../shared/api/complaints';
import type { PackFacts } from '../../../shared/api/grading';
import type { Channel, ComplaintKind, Remedy } from '../../../shared/domain/complaint-vocabulary';
import type { ComplaintStatus, PauseReason, RepeatKind } from '../../../shared/domain/workflow';
import type { GradeResult, Pause } from '../../../shared/rules/grade';
import type { EscalationMoment } from '../../../shared/rules/restart';
import { earliestNotified } from '../clocks/notified-repository';
import { approvalMomentsOf } from '../procedure/procedure-repository';
import { explainGrade, type GradingEnv, type GradingFacts } from './grading';
import { recordFieldValuesOf } from '../record-fields/index';

/** A complaints row with the names and counts the screens show, as SELECT_COMPLAINT returns it. */
export interface ComplaintRow {
  rowid: number;
  id: string;
  serial: string;
  kind: ComplaintKind;
  channel: Channel;
  status: ComplaintStatus;
  customer_name: string;
  customer_phone: string | null;
  customer_id: string | null;
  product: string | null;
  batch_no: string | null;
  quantity: number | null;
  quantity_unit: string | null;
  content: string;
  remedy: Remedy | null;
  first_receiver_id: string;
  first_receiver_name: string;
  received_at: string;
  entered_at: string;
  updated_at: string;
  version: number;
  direct_loss: number | null;
  group_size: number | null;
  affected_share: number | null;
  media_involved: number;
  regulator_involved: number;
  /** JSON array, read from complaint_criteria (complaint-lists-repository.ts), as are the three lists below from their tables. */
  ticked_criteria: string;
  resolved_at: string | null;
  class_code: string | null;
  class_override: string | null;
  /** The pack id and version it was last graded by: it keeps them (see recordGradingEnv). */
  rule_pack_id: string | null;
  rule_pack_version: string | null;
  override_reason: string | null;
  override_by_name: string | null;
  pack_facts: string;
  problem_code: string | null;
  same_problem_count: number | null;
  regrade_at: string | null;
  subject_user_id: string | null;
  subject_user_name: string | null;
  proposed_solution: string | null;
  restatement: string | null;
  repeat_of: string | null;
  repeat_of_serial: string | null;
  repeat_count: number;
  validity: 'pending' | 'valid' | 'invalid';
  invalid_reason: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  assigned_at: string | null;
  unit: string | null;
  solution_resolver_id: string | null;
  solution_resolver_name: string | null;
  solution_measures: string | null;
  solution_due_at: string | null;
  result: string | null;
  reply_method: string | null;
  customer_informed_at: string | null;
  closed_at: string | null;
  first_response_at: string | null;
  /** JSON `{step: at}` from complaint_steps. */
  steps_done: string;
  /** JSON `{step: due}` from complaint_agreed_due. */
  agreed_due: string;
  /** JSON `[{from, to, reason}]` from complaint_pauses. */
  pauses: string;
  due_at: string | null;
  escalation_count: number;
  late_plan_at: string | null;
  late_plan_by_name: string | null;
  limit_missed_at: string | null;
  delay_explained_at: string | null;
  delay_agreed: number | null;
  cause_code: string | null;
  repeat_kind: string | null;
  /** The reason codes of the escalations on record, comma-separated (read by `escalated` predicates). */
  escalation_reasons: string | null;
  /** The escalations on record with their times, as a JSON array of {code, at} (a restarting trigger counts them). */
  escalations_json: string | null;
  /** Who was told, when and how, as a JSON array (clocks/notified-repository.ts). */
  notified_json: string;
  /** The route approvals given on the case, as a JSON array (procedure/procedure-repository.ts). */
  approvals_json: string;
  /** The values of the pack's record fields as a JSON array (record-fields/record-fields-repository.ts). */
  record_fields: string;
}

const dateOrNull = (iso: string | null) => (iso ? new Date(iso) : null);

function datesOf(json: string): Record<string, Date> {
  return Object.fromEntries(Object.entries(JSON.parse(json) as Record<string, string>).map(([step, at]) => [step, new Date(at)]));
}

export interface StoredPause {
  from: string;
  to: string | null;
  reason: PauseReason;
}

export function storedPauses(json: string): StoredPause[] {
  return JSON.parse(json) as StoredPause[];
}

function pausesOf(json: string): Pause[] {
  return storedPauses(json).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));
}

/** What grading reads of a stored record: intake facts, and the workflow moments that meet or move deadlines. */
export function factsOf(row: ComplaintRow): GradingFacts {
  return {
    kind: row.kind,
    receivedAt: new Date(row.received_at),
    enteredAt: new Date(row.entered_at),
    resolvedAt: dateOrNull(row.resolved_at),
    closedAt: dateOrNull(row.closed_at),
    dispatchedAt: dateOrNull(row.assigned_at),
    firstResponseAt: dateOrNull(row.first_response_at),
    customerInformedAt: dateOrNull(row.customer_informed_at),
    stepsDone: datesOf(row.steps_done),
    agreedDue: datesOf(row.agreed_due),
    pauses: pausesOf(row.pauses),
    directLoss: row.direct_loss,
    groupSize: row.group_size,
    affectedShare: row.affected_share,
    mediaInvolved: row.media_involved === 1,
    regulatorInvolved: row.regulator_involved === 1,
    tickedCriteria: JSON.parse(row.ticked_criteria) as string[],
    packFacts: JSON.parse(row.pack_facts) as PackFacts,
    sameProblemCountThisMonth: row.same_problem_count,
    escalatedFor: row.escalation_reasons ? row.escalation_reasons.split(',') : [],
    escalations: escalationMomentsOf(row.escalations_json),
    repeatKinds: row.repeat_of && row.repeat_kind ? (row.repeat_kind.split(',') as RepeatKind[]) : [],
    delayAgreed: row.delay_agreed === null ? null : row.delay_agreed === 1,
    notified: earliestNotified(row.notified_json),
    approvals: approvalMomentsOf(row.approvals_json),
  };
}

/**
 * The record as the API returns it; with an env, `grade` explains its class and deadlines as of now (detail views only).
 * `graded` is the result just computed for this row at `env.now`, so a save does not grade the record twice.
 */
export function toComplaint(row: ComplaintRow, env: GradingEnv | null, graded?: GradeResult): Complaint {
  const facts = factsOf(row);
  const override = row.class_override ? { classCode: row.class_override, reason: row.override_reason ?? '', byName: row.override_by_name ?? '' } : null;
  return {
    id: row.id,
    serial: row.serial,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    customerId: row.customer_id,
    content: row.content,
    remedy: row.remedy,
    product: row.product,
    batchNo: row.batch_no,
    quantity: row.quantity,
    quantityUnit: row.quantity_unit,
    firstReceiverId: row.first_receiver_id,
    firstReceiverName: row.first_receiver_name,
    receivedAt: row.received_at,
    enteredAt: row.entered_at,
    updatedAt: row.updated_at,
    version: row.version,
    directLoss: row.direct_loss,
    groupSize: row.group_size,
    affectedShare: row.affected_share,
    mediaInvolved: facts.mediaInvolved,
    regulatorInvolved: facts.regulatorInvolved,
    tickedCriteria: [...facts.tickedCriteria],
    packFacts: facts.packFacts,
    problemCode: row.problem_code,
    sameProblemCountThisMonth: row.same_problem_count,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    classCode: row.class_code,
    grade: env ? explainGrade(facts, env, override, graded) : null,
    dueAt: row.due_at,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    unit: row.unit,
    subjectUserId: row.subject_user_id,
    subjectUserName: row.subject_user_name,
    proposedSolution: row.proposed_solution,
    restatement: row.restatement,
    repeatOf: row.repeat_of && row.repeat_of_serial ? { id: row.repeat_of, serial: row.repeat_of_serial } : null,
    repeatCount: row.repeat_count,
    repeatKinds: row.repeat_kind ? (row.repeat_kind.split(',') as RepeatKind[]) : [],
    causeCode: row.cause_code,
    escalationCount: row.escalation_count,
    recordFields: recordFieldValuesOf(row.record_fields),
  };
}

/** The stored record: the explanation is derived data, recomputed wherever it is read. */
export function withoutGrade(complaint: Complaint): Omit<Complaint, 'grade'> {
  const { grade: _grade, ...stored } = complaint;
  return stored;
}

/** The escalations on record, as grading reads them (restart at the next level, 客户管理制度14 5.3.1.6). */
function escalationMomentsOf(json: string | null): EscalationMoment[] {
  const items = json ? (JSON.parse(json) as { code: string; at: string }[]) : [];
  return items.map((e) => ({ code: e.code, at: new Date(e.at) }));
}
