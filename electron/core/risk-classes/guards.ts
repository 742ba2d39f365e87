import { ApiError, type ReasonParam } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { hasPermission } from '../../../shared/domain/roles';
import { RISK_CLASS_STEPS, type RiskClass } from '../../../shared/risk-classes/pack';
import type { ReadDb } from '../db/handles';
import { changesOf, customerName } from './repository';

/** The checks every risk-class write starts with: who may, which customer, its class now. */

export const refuse = (code: 'VALIDATION' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND', key: string, params?: Record<string, ReasonParam>, path?: string) =>
  ApiError.because(code, `riskClasses.errors.${key}`, params, path);

type Step = keyof typeof RISK_CLASS_STEPS;

/** Refuses a user without the step's right, naming who may take it. */
export function requireStepRight(user: User, step: Step): void {
  const { permission, who } = RISK_CLASS_STEPS[step];
  if (!hasPermission(user.roles, permission)) throw refuse('FORBIDDEN', `${step}Role`, { whoZh: who.zh, whoEn: who.en });
}

export function requireCustomer(db: ReadDb, customerId: string): string {
  const name = customerName(db, customerId);
  if (name === undefined) throw refuse('NOT_FOUND', 'customerNotFound');
  return name;
}

export function currentClass(db: ReadDb, customerId: string): RiskClass {
  const newest = changesOf(db, customerId)[0];
  return newest ? (newest.to_class as RiskClass) : 'normal';
}
