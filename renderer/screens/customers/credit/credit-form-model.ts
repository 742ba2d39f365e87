import type { CreditQuantities } from '../../../../shared/credit/credit-grading';

/** The grading form as typed: every number and date as text, so an empty field stays empty. */
export interface CreditFormState {
  cooperationSince: string;
  lastBreachOn: string;
  goodOperatingYears: string;
  investigationItems: number[];
  monthsCounted: string;
  paymentsTotal: string;
  shipmentsTotal: string;
  hadCreditSales: boolean;
  existingCreditLimit: string;
  mortgageValue: string;
  holds: string[];
  reason: string;
}

export const EMPTY_CREDIT_FORM: CreditFormState = {
  cooperationSince: '',
  lastBreachOn: '',
  goodOperatingYears: '0',
  investigationItems: [],
  monthsCounted: '12',
  paymentsTotal: '0',
  shipmentsTotal: '0',
  hadCreditSales: false,
  existingCreditLimit: '',
  mortgageValue: '',
  holds: [],
  reason: '',
};

export type CreditFormField = Exclude<keyof CreditFormState, 'investigationItems' | 'hadCreditSales' | 'holds'>;
/** The i18n key (under credit.form) of each field's local error. */
export type CreditFormErrors = Partial<Record<CreditFormField, 'dateInvalid' | 'numberInvalid' | 'monthsInvalid' | 'yearsInvalid' | 'reasonRequired'>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const amountOf = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
};
const wholeIn = (text: string, min: number, max: number): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

/** The quantities the form holds, or the fields that are not yet valid. Empty optional fields are null. */
export function readCreditForm(state: CreditFormState): { quantities: CreditQuantities | null; errors: CreditFormErrors } {
  const errors: CreditFormErrors = {};
  const day = (field: 'cooperationSince' | 'lastBreachOn') => {
    const text = state[field].trim();
    if (text === '') return null;
    if (!DAY.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) errors[field] = 'dateInvalid';
    return text;
  };
  const optionalAmount = (field: 'existingCreditLimit' | 'mortgageValue') => {
    if (state[field].trim() === '') return null;
    const value = amountOf(state[field]);
    if (value === null) errors[field] = 'numberInvalid';
    return value;
  };
  const amount = (field: 'paymentsTotal' | 'shipmentsTotal') => {
    const value = amountOf(state[field]);
    if (value === null) errors[field] = 'numberInvalid';
    return value ?? 0;
  };
  const years = wholeIn(state.goodOperatingYears, 0, 100);
  if (years === null) errors.goodOperatingYears = 'yearsInvalid';
  const months = wholeIn(state.monthsCounted, 1, 60);
  if (months === null) errors.monthsCounted = 'monthsInvalid';
  const quantities: CreditQuantities = {
    cooperationSince: day('cooperationSince'),
    lastBreachOn: day('lastBreachOn'),
    goodOperatingYears: years ?? 0,
    investigationItems: [...state.investigationItems].sort((a, b) => a - b),
    monthsCounted: months ?? 1,
    paymentsTotal: amount('paymentsTotal'),
    shipmentsTotal: amount('shipmentsTotal'),
    hadCreditSales: state.hadCreditSales,
    existingCreditLimit: optionalAmount('existingCreditLimit'),
    mortgageValue: optionalAmount('mortgageValue'),
  };
  return { quantities: Object.keys(errors).length === 0 ? quantities : null, errors };
}

/** Amounts in 元 as the site writes them: thousands separated, at most two decimals. */
export const yuan = (amount: number) => amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
