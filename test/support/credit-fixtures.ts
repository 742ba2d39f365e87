import type { ApiInput } from '../../shared/api/contract';

/** Shanghai wall-clock time as a Date ('2026-10-20T09:00:00' → 01:00 UTC). */
export const shanghai = (local: string) => new Date(`${local}+08:00`);

/**
 * The quantities of a customer that meets every computed A criterion of seed002 客户管理制度3: five years'
 * cooperation, no breach, three good operating years, the full investigation, 12 months of payments
 * 1 200 000 and shipments 960 000 (so a limit of 80 000, the lower monthly average), credit sales before.
 */
export const A_GRADE_QUANTITIES: ApiInput<'credit.propose'>['quantities'] = {
  cooperationSince: '2021-05-01',
  lastBreachOn: null,
  goodOperatingYears: 3,
  investigationItems: [1, 2, 3, 4, 5, 6, 7],
  monthsCounted: 12,
  paymentsTotal: 1_200_000,
  shipmentsTotal: 960_000,
  hadCreditSales: true,
  existingCreditLimit: null,
  mortgageValue: null,
};
