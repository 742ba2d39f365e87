import { completingRecord } from '../../../shared/rules/approval-clock';
import { APPROVAL_STEPS, type ApprovalStep, type Route, type RouteStepRule } from '../../../shared/rules/procedure-schema';
import type { ReadDb } from '../db/handles';
import { approvalRecords, type ApprovalRecord } from './procedure-repository';

/** Where an approval of the route stands on a case: who gave it so far, and whether it counts as given. */
export interface ApprovalState {
  records: ApprovalRecord[];
  /** Given: by one holder, or for a joint one (会同) by a different person for every role. */
  complete: boolean;
}

/** Given once a record completes it: the same reading as the clocks counted from it (shared/rules/approval-clock.ts). */
function stateOf(rule: RouteStepRule, records: ApprovalRecord[]): ApprovalState {
  return { records, complete: completingRecord(rule, records) !== null };
}

/** Every approval step the route names, with its state on the case for the class. */
export function approvalStates(db: ReadDb, route: Route, complaintId: string, classCode: string): Map<ApprovalStep, ApprovalState> {
  const records = approvalRecords(db, complaintId, classCode);
  const states = new Map<ApprovalStep, ApprovalState>();
  for (const step of APPROVAL_STEPS) {
    const rule = route.steps[step];
    if (rule) states.set(step, stateOf(rule, records.filter((r) => r.step === step)));
  }
  return states;
}

export function isGiven(states: Map<ApprovalStep, ApprovalState>, step: ApprovalStep): boolean {
  return states.get(step)?.complete ?? false;
}

/**
 * The roles a user gives the approval for now: those of theirs it names, or none once it is given; for a joint one,
 * none if they already gave it (两人: different persons, whatever posts one of them holds).
 */
export function rolesToGive(rule: RouteStepRule, state: ApprovalState | undefined, userId: string, held: readonly string[]): string[] {
  if (state?.complete) return [];
  if (rule.jointly && state?.records.some((r) => r.userId === userId)) return [];
  return rule.roles.filter((role) => held.includes(role));
}
