import { newId } from '../../../shared/ids';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import type { ParsedWorkflowAction, WorkflowDetail } from '../../../shared/api/workflow';
import { permissionsOf, ROLES, type Role } from '../../../shared/domain/roles';
import {
  availableActions,
  GENERIC_ESCALATION_REASONS,
  GENERIC_INVALID_REASONS,
  nextStatus,
  refusalOf,
  type ActorStanding,
  type ComplaintStatus,
  type SatisfactionLevel,
} from '../../../shared/domain/workflow';
import { dueTime } from '../../../shared/rules/due-time';
import { statement, type ReadDb, type WriteDb } from '../db/handles';
import { caseRecordsRefusal } from './case-records-checks';
import { recordChange } from './change-log';
import { getRow, storedPauses, toComplaint, withoutGrade, type ComplaintRow } from './complaint-rows';
import { storeGrade, touch } from './complaints';
import { recordGradingEnv, type GradingEnv } from './grading';
import { findUserById } from './users';
import { withReportRow } from '../reports';
import { addEvent, callBacksOf, escalationsOf, eventsOf, extensionsOf, recordEscalation } from './workflow-records';

/** How far in the future a reported moment (customer told, consent given) may lie: clock drift between devices. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** Steps the workflow meets by itself; a log entry may complete any other step of the pack. */
const STEPS_MET_BY_WORKFLOW = new Set(['entry', 'response', 'dispatch', 'reply', 'customerInformed', 'close', 'resolution', 'callBack']);

const STATUS_ZH: Record<ComplaintStatus, string> = {
  registered: '已登记',
  assigned: '已分派',
  in_progress: '处理中',
  referred: '已上报总行',
  resolved: '已处理待回访',
  closed: '已结案',
  invalid: '无效',
};

function standingOf(row: ComplaintRow, user: User, env: GradingEnv | null): ActorStanding {
  const permissions = permissionsOf(user.roles);
  // A pack may name the approver of extensions by role (篇6: 分管副总裁 → leader_in_charge).
  const approverRole = env?.pack.extension?.approverRole;
  if (approverRole && (ROLES as readonly string[]).includes(approverRole) && user.roles.includes(approverRole as Role)) {
    permissions.add('complaint.approveExtension');
  }
  return {
    permissions,
    isAssignee: user.id === row.assignee_id || user.id === row.solution_resolver_id,
    isFirstReceiver: user.id === row.first_receiver_id,
    isSubject: user.id === row.subject_user_id,
  };
}

function validation(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ path: `action.${path}`, message }]);
}

/** An active user who is not the person complained about (recusal). */
function eligibleUser(tx: ReadDb, row: ComplaintRow, userId: string, path: string): User {
  const user = findUserById(tx, userId);
  if (!user || !user.active) throw validation(path, '所选人员不存在或已停用 / unknown or inactive user');
  if (user.id === row.subject_user_id) throw validation(path, '被投诉人须回避，不能处理或审批本案 / the person complained about may not handle this case');
  return user;
}

function notInFuture(at: Date, now: Date, path: string): void {
  if (at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) throw validation(path, '时间不能晚于当前时间 / cannot be in the future');
}

/** The resolution deadline in force (an approved extension included), or null when the pack sets none. */
function resolutionDue(row: ComplaintRow, env: GradingEnv | null): Date | null {
  const due = deadlinesOf(row, env).find((d) => d.step === 'resolution')?.due;
  return due ? new Date(due) : null;
}

/** The record's deadlines as of now (none without a pack). */
function deadlinesOf(row: ComplaintRow, env: GradingEnv | null): Deadlines {
  return env ? (toComplaint(row, env).grade?.deadlines ?? []) : [];
}

type Deadlines = NonNullable<ComplaintDetail['grade']>['deadlines'];

/**
 * Takes one step of the closed loop, in the caller's transaction: checks the
 * version the person saw, the state, their role and recusal, then the step's
 * own rules; writes the change, its handling-log event and its records, and
 * re-grades the case (a met step, an approved extension or a reopened case
 * moves its deadlines).
 */
export function performAction(
  tx: WriteDb,
  input: { id: string; version: number; action: ParsedWorkflowAction },
  user: User,
  siteEnv: GradingEnv | null,
  at: Date,
): void {
  const row = getRow(tx, input.id);
  if (!row) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${input.id}`);
  // The step's rules (extension approver, pausable deadlines, reasons) are those of the pack version the record is graded by.
  const env = recordGradingEnv(tx, row, siteEnv);
  if (row.version !== input.version) throw new ApiError('CONFLICT', '该记录已被他人更新，请刷新后再操作 / the record changed since you opened it; reload and try again');
  const { action } = input;
  const refusal = refusalOf(action.type, row.kind, row.status, standingOf(row, user, env));
  if (refusal === 'state') throw new ApiError('CONFLICT', `当前状态「${STATUS_ZH[row.status]}」下不能执行此操作 / not allowed in state ${row.status}: ${action.type}`);
  if (refusal === 'recusal') throw new ApiError('FORBIDDEN', '被投诉人须回避，不能处理或审批本案 / the person complained about may not act on this case');
  if (refusal === 'permission') throw new ApiError('FORBIDDEN', `当前用户无权执行此操作 / not allowed: ${action.type}`);

  const now = at.toISOString();
  const set = (sql: string, ...values: unknown[]) => statement(tx, `UPDATE complaints SET ${sql} WHERE id = ?`).run(...values, row.id);
  const respond = () => set('first_response_at = ifnull(first_response_at, ?)', now);
  let to: ComplaintStatus = nextStatus(action.type, row.kind, row.status) ?? row.status;
  let details: Record<string, unknown> = {};

  switch (action.type) {
    case 'accept': {
      const assignee = eligibleUser(tx, row, action.assigneeId, 'assigneeId');
      set("validity = 'valid', assignee_id = ?, assigned_at = ?, unit = ?", assignee.id, now, assignee.unit);
      respond();
      details = { assigneeId: assignee.id, assigneeName: assignee.displayName, unit: assignee.unit, note: action.note };
      break;
    }
    case 'markInvalid': {
      const reasons = invalidReasonsOf(env);
      if (!reasons.some((r) => r.code === action.reasonCode)) throw validation('reasonCode', `规则包中没有此无效原因：${action.reasonCode}`);
      set("validity = 'invalid', invalid_reason = ?, closed_at = ?", action.reasonCode, now);
      respond();
      details = { reasonCode: action.reasonCode, explanation: action.explanation };
      break;
    }
    case 'planSolution': {
      const resolver = eligibleUser(tx, row, action.resolverId, 'resolverId');
      const due = new Date(action.dueAt);
      if (due.getTime() <= at.getTime()) throw validation('dueAt', '解决时限须晚于当前时间 / the time limit must be in the future');
      const limit = resolutionDue(row, env);
      if (limit && due.getTime() > limit.getTime()) {
        throw validation('dueAt', `解决时限超出规定时限（${limit.toISOString()}），须先申请延期并经批准 / beyond the rule's limit; request an extension first`);
      }
      set('solution_resolver_id = ?, solution_measures = ?, solution_due_at = ?', resolver.id, action.measures, due.toISOString());
      details = { resolverId: resolver.id, resolverName: resolver.displayName, measures: action.measures, dueAt: due.toISOString() };
      break;
    }
    case 'log': {
      if (action.completesStep) {
        const open = openSteps(deadlinesOf(row, env)).map((s) => s.step);
        if (!open.includes(action.completesStep)) throw validation('completesStep', `本案没有待完成的步骤「${action.completesStep}」`);
        const done = JSON.parse(row.steps_done) as Record<string, string>;
        set('steps_done = ?', JSON.stringify({ ...done, [action.completesStep]: now }));
      }
      if (row.status === 'registered') respond();
      details = { entryType: action.entryType, text: action.text, completesStep: action.completesStep };
      break;
    }
    case 'requestExtension':
      details = requestExtension(tx, row, action, user, env, at);
      break;
    case 'decideExtension':
      details = decideExtension(tx, row, action, user, at);
      break;
    case 'refer':
      details = { reason: action.reason };
      break;
    case 'resolve': {
      const informedAt = action.customerInformedAt ? new Date(action.customerInformedAt) : at;
      notInFuture(informedAt, at, 'customerInformedAt');
      if (informedAt.getTime() < new Date(row.received_at).getTime()) throw validation('customerInformedAt', '告知客户的时间不能早于受理时间');
      set('resolved_at = ?, customer_informed_at = ?, result = ?, reply_method = ?', now, informedAt.toISOString(), action.result, action.replyMethod);
      respond();
      details = { result: action.result, replyMethod: action.replyMethod, customerInformedAt: informedAt.toISOString() };
      break;
    }
    case 'callBack': {
      const satisfied = action.resolutionAdequate && ([action.timeliness, action.attitude, action.result] as SatisfactionLevel[]).every((l) => l !== 'dissatisfied');
      to = nextStatus('callBack', row.kind, row.status, satisfied)!;
      const id = newId();
      statement(
        tx,
        `INSERT INTO complaint_call_backs (id, complaint_id, at, by_user, method, resolution_adequate, timeliness, attitude, result, other_opinions, satisfied)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, row.id, now, user.id, action.method, action.resolutionAdequate ? 1 : 0, action.timeliness, action.attitude, action.result, action.otherOpinions ?? null, satisfied ? 1 : 0);
      recordChange(tx, {
        userId: user.id,
        at,
        action: 'complaints.callBack',
        entity: 'complaint_call_back',
        entityId: id,
        entityVersion: 1,
        before: null,
        after: { ...action, satisfied },
        syncPayload: { id, complaintId: row.id, at: now, byUser: user.id, ...action, satisfied },
      });
      const done = JSON.parse(row.steps_done) as Record<string, string>;
      set('steps_done = ?', JSON.stringify({ ...done, callBack: now }));
      if (satisfied) {
        set('closed_at = ?', now);
      } else {
        // 篇6 第三十条: dissatisfied at call-back escalates by itself and goes back to handling; the earlier result stays in the log.
        set('resolved_at = NULL, customer_informed_at = NULL');
        recordEscalation(tx, { complaintId: row.id, reasonCode: 'callback_dissatisfied', note: action.otherOpinions ?? '回访客户不满意', byUser: null, at });
      }
      details = { callBackId: id, method: action.method, satisfied };
      break;
    }
    case 'close':
      set('closed_at = ?', now);
      details = { note: action.note };
      break;
    case 'pause':
    case 'resume': {
      const refusal = pauseRefusal(action.type, row, env);
      if (refusal) throw new ApiError('CONFLICT', refusal);
      const pauses = storedPauses(row.pauses);
      if (action.type === 'pause') pauses.push({ from: now, to: null, reason: action.reason });
      else pauses[pauses.length - 1] = { ...pauses.at(-1)!, to: now };
      set('pauses = ?', JSON.stringify(pauses));
      details = action.type === 'pause' ? { reason: action.reason, note: action.note } : { note: action.note, pausedFrom: pauses.at(-1)!.from };
      break;
    }
    case 'escalate': {
      if (!escalationReasonsOf(env).some((r) => r.code === action.reasonCode)) throw validation('reasonCode', `规则包中没有此升级原因：${action.reasonCode}`);
      recordEscalation(tx, { complaintId: row.id, reasonCode: action.reasonCode, note: action.note, byUser: user.id, at });
      details = { reasonCode: action.reasonCode, note: action.note };
      break;
    }
  }
  // The case records' own conditions (篇4: a GM-approved report before answering; 篇1: no close while compensation awaits approval).
  caseRecordsRefusal(tx, row, action.type, to, env);

  set('status = ?', to);
  touch(tx, row.id, at);
  addEvent(tx, { complaintId: row.id, at, userId: user.id, action: action.type, from: row.status, to, details });
  if (env) storeGrade(tx, row.id, env);
  const after = toComplaint(getRow(tx, row.id)!, null);
  recordChange(tx, {
    userId: user.id,
    at,
    action: `complaints.act.${action.type}`,
    entity: 'complaint',
    entityId: row.id,
    entityVersion: after.version,
    before: { status: row.status, version: row.version },
    after: { status: to, version: after.version },
    syncPayload: withReportRow(tx, withoutGrade(after)),
  });
}

function requestExtension(
  tx: WriteDb,
  row: ComplaintRow,
  action: Extract<ParsedWorkflowAction, { type: 'requestExtension' }>,
  user: User,
  env: GradingEnv | null,
  at: Date,
): Record<string, unknown> {
  if (statement(tx, "SELECT 1 FROM complaint_extensions WHERE complaint_id = ? AND status = 'pending'").get(row.id)) {
    throw new ApiError('CONFLICT', '已有待审批的延期申请 / an extension is already waiting for approval');
  }
  const newDue = new Date(action.newDueAt);
  const current = resolutionDue(row, env);
  if (newDue.getTime() <= Math.max(at.getTime(), current?.getTime() ?? 0)) {
    throw validation('newDueAt', '延期后的时限须晚于现行时限和当前时间 / the new limit must be later than the current one');
  }
  if (action.extensionType === 'multi_department' && !action.customerConsentAt) {
    throw validation('customerConsentAt', '涉及多部门的延期须经客户同意，请填写客户同意的时间（篇6 第二十七条）');
  }
  if (action.customerConsentAt) notInFuture(new Date(action.customerConsentAt), at, 'customerConsentAt');
  const lead = env?.pack.extension?.requestLeadWorkingDays;
  if (lead && current && env && dueTime(at, { unit: 'workingDays', amount: lead }, env.calendar).due.getTime() > current.getTime()) {
    throw validation('newDueAt', `延期须在时限前${lead}个工作日提出（${env.pack.extension!.source}）`);
  }
  const id = newId();
  const now = at.toISOString();
  statement(
    tx,
    `INSERT INTO complaint_extensions (id, complaint_id, extension_type, reason, new_due_at, customer_consent_at, requested_at, requested_by, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
  ).run(id, row.id, action.extensionType, action.reason, newDue.toISOString(), action.customerConsentAt ?? null, now, user.id);
  recordExtension(tx, id, user.id, at);
  return { extensionId: id, extensionType: action.extensionType, reason: action.reason, newDueAt: newDue.toISOString() };
}

function decideExtension(
  tx: WriteDb,
  row: ComplaintRow,
  action: Extract<ParsedWorkflowAction, { type: 'decideExtension' }>,
  user: User,
  at: Date,
): Record<string, unknown> {
  const extension = extensionsOf(tx, row.id).find((x) => x.id === action.extensionId);
  if (!extension) throw validation('extensionId', '找不到该延期申请 / no such extension');
  if (extension.status !== 'pending') throw new ApiError('CONFLICT', '该延期申请已审批 / already decided');
  if (extension.requestedBy === user.id) throw new ApiError('FORBIDDEN', '不能审批自己提出的延期申请 / you cannot approve your own request');
  const now = at.toISOString();
  statement(tx, 'UPDATE complaint_extensions SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?').run(
    action.approve ? 'approved' : 'refused',
    now,
    user.id,
    action.note ?? null,
    extension.id,
  );
  if (action.approve) {
    const agreed = JSON.parse(row.agreed_due) as Record<string, string>;
    statement(tx, 'UPDATE complaints SET agreed_due = ?, solution_due_at = CASE WHEN solution_due_at IS NULL THEN NULL ELSE ? END WHERE id = ?').run(
      JSON.stringify({ ...agreed, resolution: extension.newDueAt }),
      extension.newDueAt,
      row.id,
    );
  }
  recordExtension(tx, extension.id, user.id, at);
  return { extensionId: extension.id, approve: action.approve, note: action.note, newDueAt: extension.newDueAt };
}

function recordExtension(tx: WriteDb, id: string, userId: string, at: Date): void {
  const record = statement(tx, 'SELECT * FROM complaint_extensions WHERE id = ?').get(id) as Record<string, unknown> & { status: string };
  recordChange(tx, {
    userId,
    at,
    action: record.status === 'pending' ? 'complaints.requestExtension' : 'complaints.decideExtension',
    entity: 'complaint_extension',
    entityId: id,
    entityVersion: record.status === 'pending' ? 1 : 2,
    before: null,
    after: record,
    syncPayload: record,
  });
}

/**
 * Why the clock may not be paused or resumed now, beyond state and role: a pause needs a deadline of the
 * site's pack that may stand still (seed004 §J) and no pause already running; a resume needs one running.
 */
function pauseRefusal(action: 'pause' | 'resume', row: ComplaintRow, env: GradingEnv | null): string | null {
  const running = storedPauses(row.pauses).at(-1)?.to === null;
  if (action === 'resume') return running ? null : '本案未暂停计时 / the clock is not paused';
  if (running) return '本案已暂停计时 / the clock is already paused';
  const pausable = env?.pack.deadlines.some((d) => d.pausable && (d.kinds ?? [row.kind]).includes(row.kind)) ?? false;
  return pausable ? null : '本站规则包没有可暂停的时限 / the site’s rules have no deadline that may pause';
}

type Reason = WorkflowDetail['invalidReasons'][number];

function invalidReasonsOf(env: GradingEnv | null): Reason[] {
  const fromPack = env?.pack.invalidReasons ?? [];
  if (fromPack.length > 0) return fromPack.map((r) => ({ code: r.code, label: r.label, source: r.source }));
  const labels: Record<(typeof GENERIC_INVALID_REASONS)[number], Reason['label']> = {
    customer_own_cause: { zh: '客户自身原因', en: 'The customer’s own cause' },
    not_verifiable: { zh: '对象或内容不明确，无法查实', en: 'Unclear, cannot be verified' },
    other: { zh: '其他（请在说明中写明）', en: 'Other (explain)' },
  };
  return GENERIC_INVALID_REASONS.map((code) => ({ code, label: labels[code], source: code === 'customer_own_cause' ? 'seed003 篇4 第六条' : 'Branchline' }));
}

function escalationReasonsOf(env: GradingEnv | null): Reason[] {
  const fromPack = env?.pack.escalationTriggers ?? [];
  const labels: Record<(typeof GENERIC_ESCALATION_REASONS)[number], Reason['label']> = {
    callback_dissatisfied: { zh: '回访客户不满意', en: 'Dissatisfied at call-back' },
    repeat_same_matter: { zh: '同一客户就同一事项再次投诉', en: 'Same customer, same matter again' },
    overdue_without_agreement: { zh: '超时限且未经客户同意延期', en: 'Past the limit without agreement' },
    repeat_staff_attitude: { zh: '对员工服务态度的重复投诉', en: 'Repeated complaint about attitude' },
    other: { zh: '其他（请在说明中写明）', en: 'Other (explain)' },
  };
  const generic = GENERIC_ESCALATION_REASONS.map((code) => ({ code, label: labels[code], source: 'seed003 篇6 第三十条–第三十二条' }));
  const own = fromPack.map((r) => ({ code: r.code, label: r.label, source: r.source }));
  // The workflow itself records dissatisfied call-backs and repeats; those codes are always known.
  return [...own, ...generic.filter((g) => !own.some((o) => o.code === g.code))];
}

/** Steps of the pack not met yet that only a handling-log entry can meet. */
function openSteps(deadlines: Deadlines): WorkflowDetail['openSteps'] {
  return deadlines
    .filter((d) => !d.done && d.due && !STEPS_MET_BY_WORKFLOW.has(d.step))
    .map((d) => ({ step: d.step, label: d.label ?? { zh: d.step, en: d.step } }));
}

/** The record with its workflow: every record around it, and what this user may do now. */
export function complaintDetail(db: ReadDb, id: string, user: User, siteEnv: GradingEnv | null): ComplaintDetail | null {
  const row = getRow(db, id);
  if (!row) return null;
  const env = recordGradingEnv(db, row, siteEnv);
  const extensions = extensionsOf(db, id);
  const pending = extensions.some((x) => x.status === 'pending');
  const actions = availableActions(row.kind, row.status, standingOf(row, user, env)).filter((a) => {
    if (a === 'decideExtension') return pending && !extensions.some((x) => x.status === 'pending' && x.requestedBy === user.id);
    if (a === 'requestExtension') return !pending;
    if (a === 'pause' || a === 'resume') return pauseRefusal(a, row, env) === null;
    return true;
  });
  // Graded once: the explanation and the open steps come from the same deadlines.
  const complaint = toComplaint(row, env);
  return {
    ...complaint,
    workflow: {
      validity: row.validity,
      invalidReason: row.invalid_reason,
      solution:
        row.solution_resolver_id && row.solution_measures && row.solution_due_at
          ? { resolverId: row.solution_resolver_id, resolverName: row.solution_resolver_name ?? '', measures: row.solution_measures, dueAt: row.solution_due_at }
          : null,
      result: row.result,
      replyMethod: row.reply_method as WorkflowDetail['replyMethod'],
      customerInformedAt: row.customer_informed_at,
      closedAt: row.closed_at,
      events: eventsOf(db, id),
      extensions: extensions.map(({ requestedBy: _requestedBy, ...x }) => x),
      callBacks: callBacksOf(db, id),
      escalations: escalationsOf(db, id),
      actions,
      escalationReasons: escalationReasonsOf(env),
      invalidReasons: invalidReasonsOf(env),
      pauses: storedPauses(row.pauses),
      openSteps: openSteps(complaint.grade?.deadlines ?? []),
    },
  };
}
