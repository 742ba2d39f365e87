import { describe, expect, it } from 'vitest';
import { EMPTY_CREDIT_FORM, readCreditForm } from '../../renderer/screens/customers/credit/credit-form-model';

describe('the credit grading form as typed', () => {
  it('reads empty optional dates and amounts as none, and sorts the investigation points', () => {
    const { quantities, errors } = readCreditForm({ ...EMPTY_CREDIT_FORM, investigationItems: [3, 1, 2] });
    expect(errors).toEqual({});
    expect(quantities).toMatchObject({ cooperationSince: null, lastBreachOn: null, existingCreditLimit: null, mortgageValue: null, investigationItems: [1, 2, 3], monthsCounted: 12 });
  });

  it('names each field that is not a date, an amount or a count in range', () => {
    const { quantities, errors } = readCreditForm({ ...EMPTY_CREDIT_FORM, cooperationSince: '2025-13-01', paymentsTotal: '-1', monthsCounted: '0', goodOperatingYears: '1.5', mortgageValue: 'abc' });
    expect(quantities).toBeNull();
    expect(errors).toEqual({ cooperationSince: 'dateInvalid', paymentsTotal: 'numberInvalid', monthsCounted: 'monthsInvalid', goodOperatingYears: 'yearsInvalid', mortgageValue: 'numberInvalid' });
  });
});
