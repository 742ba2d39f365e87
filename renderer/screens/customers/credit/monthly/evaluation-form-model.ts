import type { ApiInput } from '../../../../../shared/api/contract';
import type { CreditEvaluation } from '../../../../../shared/api/credit-monthly';

/** Finance's figures as typed: every number and date as text, so an empty field stays empty. */
export interface FiguresFormState {
  asOf: string;
  balance: string;
  shipments: string;
  payments: string;
  overdueAmount: string;
  earliestDueOn: string;
}

export type FiguresField = keyof FiguresFormState;

export function figuresFormOf(evaluation: CreditEvaluation | null, defaultAsOf: string): FiguresFormState {
  if (!evaluation) return { asOf: defaultAsOf, balance: '', shipments: '', payments: '', overdueAmount: '0', earliestDueOn: '' };
  const text = (n: number) => String(n);
  return {
    asOf: evaluation.asOf,
    balance: text(evaluation.balance),
    shipments: text(evaluation.shipments),
    payments: text(evaluation.payments),
    overdueAmount: text(evaluation.overdueAmount),
    earliestDueOn: evaluation.earliestDueOn ?? '',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const amountOf = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
};
const dayOf = (text: string): string | null | undefined => {
  if (text.trim() === '') return null;
  return DAY.test(text.trim()) && !Number.isNaN(Date.parse(`${text.trim()}T00:00:00Z`)) ? text.trim() : undefined;
};

/** The input the form holds, or the fields (with the i18n key under creditMonthly.figures) that are not yet valid. */
export function readFiguresForm(state: FiguresFormState, customerId: string, month: string): { input: ApiInput<'credit.enterFigures'> | null; errors: Partial<Record<FiguresField, 'numberInvalid' | 'dateInvalid'>> } {
  const errors: Partial<Record<FiguresField, 'numberInvalid' | 'dateInvalid'>> = {};
  const amount = (field: 'balance' | 'shipments' | 'payments' | 'overdueAmount') => {
    const value = amountOf(state[field]);
    if (value === null) errors[field] = 'numberInvalid';
    return value ?? 0;
  };
  const asOf = dayOf(state.asOf);
  if (!asOf) errors.asOf = 'dateInvalid';
  const earliestDueOn = dayOf(state.earliestDueOn);
  if (earliestDueOn === undefined) errors.earliestDueOn = 'dateInvalid';
  const input = { customerId, month, asOf: asOf ?? '', balance: amount('balance'), shipments: amount('shipments'), payments: amount('payments'), overdueAmount: amount('overdueAmount'), earliestDueOn: earliestDueOn ?? null };
  return { input: Object.keys(errors).length === 0 ? input : null, errors };
}
