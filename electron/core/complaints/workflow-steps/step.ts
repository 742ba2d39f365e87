import { ApiError } from '../../../../shared/api/errors';
import type { Grade } from '../../../../shared/api/grading';
import type { User } from '../../../../shared/api/users';
import type { ParsedWorkflowAction } from '../../../../shared/api/workflow';
import type { ComplaintStatus } from '../../../../shared/domain/workflow';
import type { ReadDb, WriteDb } from '../../db/handles';
import type { ComplaintRow } from '../complaint-rows';
import type { GradingEnv } from '../grading';
import { findUserById } from '../../users/users';

type DeadlineOutcome = Grade['deadlines'][number];

/** How far in the future a reported moment (customer told) may lie: clock drift between devices. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** What every step reads: the record as it was, its pack, who acts, when, and its deadlines as of then. */
export interface StepContext {
  tx: WriteDb;
  row: ComplaintRow;
  env: GradingEnv | null;
  user: User;
  at: Date;
  now: string;
  deadlines: readonly DeadlineOutcome[];
}

/** The handling-log event's details, and the state a call-back's outcome leads to. */
export interface StepResult {
  details: Record<string, unknown>;
  to?: ComplaintStatus;
}

export type Step<T extends ParsedWorkflowAction['type']> = (c: StepContext, action: Extract<ParsedWorkflowAction, { type: T }>) => StepResult;

/** An active user who is not the person complained about (recusal). */
export function eligibleUser(db: ReadDb, row: ComplaintRow, userId: string, path: string): User {
  const user = findUserById(db, userId);
  if (!user || !user.active) throw ApiError.because('VALIDATION', 'workflow.errors.unknownUser', undefined, `action.${path}`);
  if (user.id === row.subject_user_id) throw ApiError.because('VALIDATION', 'workflow.errors.recusal', undefined, `action.${path}`);
  return user;
}

export function notInFuture(moment: Date, now: Date, path: string): void {
  if (moment.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) throw ApiError.because('VALIDATION', 'workflow.errors.notInFuture', undefined, `action.${path}`);
}
