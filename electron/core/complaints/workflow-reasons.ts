import type { WorkflowDetail } from '../../../shared/api/workflow';
import { GENERIC_ESCALATION_REASONS, GENERIC_INVALID_REASONS } from '../../../shared/domain/workflow';
import type { Grade } from '../../../shared/api/grading';
import { storedPauses, type ComplaintRow } from './complaint-rows';
import type { GradingEnv } from './grading';

type DeadlineOutcome = Grade['deadlines'][number];

/** Steps the workflow meets by itself; a log entry may complete any other step of the pack. */
const STEPS_MET_BY_WORKFLOW = new Set(['entry', 'response', 'dispatch', 'reply', 'customerInformed', 'close', 'resolution', 'callBack']);

type Reason = WorkflowDetail['invalidReasons'][number];

export function invalidReasonsOf(env: GradingEnv | null): Reason[] {
  const fromPack = env?.pack.invalidReasons ?? [];
  if (fromPack.length > 0) return fromPack.map((r) => ({ code: r.code, label: r.label, source: r.source }));
  const labels: Record<(typeof GENERIC_INVALID_REASONS)[number], Reason['label']> = {
    customer_own_cause: { zh: '客户自身原因', en: 'The customer’s own cause' },
    not_verifiable: { zh: '对象或内容不明确，无法查实', en: 'Unclear, cannot be verified' },
    other: { zh: '其他（请在说明中写明）', en: 'Other (explain)' },
  };
  return GENERIC_INVALID_REASONS.map((code) => ({ code, label: labels[code], source: code === 'customer_own_cause' ? 'seed003 篇4 第六条' : 'Branchline' }));
}

export function escalationReasonsOf(env: GradingEnv | null): Reason[] {
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
export function openSteps(deadlines: readonly DeadlineOutcome[]): WorkflowDetail['openSteps'] {
  return deadlines
    .filter((d) => !d.done && d.due && !STEPS_MET_BY_WORKFLOW.has(d.step))
    .map((d) => ({ step: d.step, label: d.label ?? { zh: d.step, en: d.step } }));
}

export type PauseRefusal = 'notPaused' | 'alreadyPaused' | 'noPausableDeadline';

/**
 * Why the clock may not be paused or resumed now, beyond state and role: a pause needs a deadline of the
 * site's pack that may stand still (seed004 §J) and no pause already running; a resume needs one running.
 */
export function pauseRefusal(action: 'pause' | 'resume', row: ComplaintRow, env: GradingEnv | null): PauseRefusal | null {
  const running = storedPauses(row.pauses).at(-1)?.to === null;
  if (action === 'resume') return running ? null : 'notPaused';
  if (running) return 'alreadyPaused';
  const pausable = env?.pack.deadlines.some((d) => d.pausable && (d.kinds ?? [row.kind]).includes(row.kind)) ?? false;
  return pausable ? null : 'noPausableDeadline';
}
