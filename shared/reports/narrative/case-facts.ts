import { z } from 'zod';
import type { ComplaintDetail } from '../../api/complaints';
import { CHANNELS } from '../../domain/complaint-vocabulary';
import { COMPLAINT_STATUSES, WORKFLOW_ACTIONS } from '../../domain/workflow';
import { MILESTONES } from '../../rules/pack-schema';

/**
 * The facts of one complaint a case report (专项报告) carries, taken from the
 * complaint's detail as the site shows it (personal data already masked) and
 * frozen at 签发 beside the text, as the period reports freeze their numbers.
 */
const text = z.object({ zh: z.string(), en: z.string() });

export const DEADLINE_OUTCOMES = ['met', 'missed', 'openLate', 'pending', 'noLimit'] as const;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number];

export const caseFactsSchema = z.object({
  complaintId: z.string(),
  serial: z.string(),
  receivedAt: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(COMPLAINT_STATUSES),
  customerName: z.string(),
  content: z.string(),
  firstReceiverName: z.string(),
  handlerName: z.string().nullable(),
  unit: z.string().nullable(),
  grade: z.object({
    packId: z.string(),
    packVersion: z.string(),
    classCode: z.string(),
    classLabel: text,
    /** The criteria that fired: why the case has its class. */
    reasons: z.array(z.object({ label: text, source: z.string(), how: z.enum(['ticked', 'computed']) })),
    override: z.object({ reason: z.string(), byName: z.string() }).nullable(),
  }),
  /** The workflow's steps in order, with their times: the registration and each action of the closed loop (case records and route approvals are the complaint's own pages). */
  steps: z.array(z.object({ at: z.string(), action: z.enum(['create', ...WORKFLOW_ACTIONS]), byName: z.string().nullable() })),
  deadlines: z.array(z.object({ step: z.string(), milestone: z.enum(MILESTONES), label: text.nullable(), source: z.string(), due: z.string().nullable(), outcome: z.enum(DEADLINE_OUTCOMES) })),
  escalations: z.number().int(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

function outcomeOf(deadline: { due: string | null; done: boolean; overdue: boolean }): DeadlineOutcome {
  if (deadline.due === null) return 'noLimit';
  if (deadline.done) return deadline.overdue ? 'missed' : 'met';
  return deadline.overdue ? 'openLate' : 'pending';
}

const STEP_ACTIONS: readonly string[] = ['create', ...WORKFLOW_ACTIONS];
const isStep = (action: string): action is CaseFacts['steps'][number]['action'] => STEP_ACTIONS.includes(action);

/** The facts of a graded complaint as they are now. */
export function caseFactsOf(detail: ComplaintDetail & { grade: NonNullable<ComplaintDetail['grade']> }): CaseFacts {
  const { grade } = detail;
  return {
    complaintId: detail.id,
    serial: detail.serial,
    receivedAt: detail.receivedAt,
    channel: detail.channel,
    status: detail.status,
    customerName: detail.customerName,
    content: detail.content,
    firstReceiverName: detail.firstReceiverName,
    handlerName: detail.assigneeName,
    unit: detail.unit,
    grade: {
      packId: grade.packId,
      packVersion: grade.packVersion,
      classCode: grade.classCode,
      classLabel: grade.classLabel,
      reasons: grade.criteria.filter((c) => c.fired && c.classCode === grade.classCode).map((c) => ({ label: c.label, source: c.source, how: c.how })),
      override: grade.override ? { reason: grade.override.reason, byName: grade.override.byName } : null,
    },
    steps: detail.workflow.events.flatMap((e) => (isStep(e.action) ? [{ at: e.at, action: e.action, byName: e.byName }] : [])),
    deadlines: grade.deadlines.map((d) => ({ step: d.step, milestone: d.milestone, label: d.label ?? null, source: d.source, due: d.due, outcome: outcomeOf(d) })),
    escalations: detail.escalationCount,
    resolvedAt: detail.resolvedAt,
    closedAt: detail.closedAt,
  };
}
