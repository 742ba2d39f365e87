import { describe, expect, it } from 'vitest';
import { CREDIT_CHAIN } from '../../../shared/credit/credit-approval';
import { addMonthsToDay } from '../../../shared/credit/credit-dates';
import { ROLES, ROLE_PERMISSIONS } from '../../../shared/domain/roles';

describe('the approval chain of seed002 客户管理制度3 第十九条', () => {
  it('names for each step exactly the roles whose permissions carry it', () => {
    for (const rule of CREDIT_CHAIN) {
      expect(ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(rule.permission)), rule.step).toEqual(rule.roles);
    }
    expect(CREDIT_CHAIN.map((r) => r.step)).toEqual(['propose', 'review', 'approve']);
  });

  it('counts review months to the same day, or the month\'s last day', () => {
    expect(addMonthsToDay('2026-11-23', 3)).toBe('2027-02-23');
    expect(addMonthsToDay('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsToDay('2024-02-29', -24)).toBe('2022-02-28');
  });
});
