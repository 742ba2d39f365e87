import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreditGrading } from '../../shared/api/credit';
import { gradeCustomer, type CreditQuantities } from '../../shared/credit/credit-grading';
import { CREDIT_CRITERIA, INVESTIGATION_ITEMS } from '../../shared/credit/credit-pack';
import { CreditGradingPrint } from '../../renderer/screens/customers/credit/print/CreditGradingPrint';
import { setLanguage } from '../../renderer/i18n/i18n';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { useSessionStore } from '../../renderer/stores/session-store';
import { firm } from './customer-fixtures';
import { limei, statusFor } from './fixtures';

/**
 * The paper sheets of one credit grading (seed002 客户管理制度3 第十条、第十九条): the
 * investigation page with the quantities entered, then the summary with every
 * criterion, the grade and credit, and who signed each step in the app.
 */

const QUANTITIES: CreditQuantities = { cooperationSince: '2020-01-01', lastBreachOn: null, goodOperatingYears: 3, investigationItems: [1, 2, 3], monthsCounted: 12, paymentsTotal: 1_200_000, shipmentsTotal: 960_000, hadCreditSales: true, existingCreditLimit: null, mortgageValue: null };

function grading(): CreditGrading {
  const { grade, ...outcome } = gradeCustomer(QUANTITIES, { A3: true, A5: true, A6: true }, '2026-11-23');
  return {
    id: 'g-1',
    customerId: firm.id,
    customerName: firm.name,
    packId: 'seed002-doc3-credit',
    packVersion: '1.0.0',
    gradedOn: '2026-11-23',
    quantities: QUANTITIES,
    judgements: ['A3', 'A5', 'A6'].map((id) => ({ id, byName: '刘强', at: '2026-11-23T02:00:00.000Z' })),
    ...outcome,
    grade,
    reason: '会同经办业务员张伟评定',
    proposedByName: '刘强',
    proposedAt: '2026-11-23T02:00:00.000Z',
    steps: [{ step: 'review', decision: 'approved', decidedByName: '陈志明', decidedAt: '2026-11-24T02:00:00.000Z', reason: null }],
    status: 'proposed',
    reviewDueOn: null,
  };
}

describe('credit grading on paper', () => {
  afterEach(() => useSessionStore.setState({ status: null }));

  it('prints the investigation items covered, every criterion with its basis, the grade, and the signer of each step taken', async () => {
    await setLanguage('zh-CN');
    useSessionStore.setState({ status: statusFor(limei) });
    const g = grading();
    render(<CreditGradingPrint grading={g} />);
    const sheet = screen.getByTestId('credit-print-sheet');
    expect(sheet.textContent).toContain(zhCN.credit.sheet.investigationTitle);
    expect(sheet.textContent).toContain(zhCN.credit.sheet.summaryTitle);
    const [investigation, summary] = sheet.querySelectorAll('section');
    expect(investigation!.textContent).toContain(`1. ${INVESTIGATION_ITEMS[0]!.label.zh}`);
    expect(investigation!.querySelectorAll('td').length).toBeGreaterThan(INVESTIGATION_ITEMS.length);
    expect(investigation!.textContent).toContain('1,200,000');
    for (const criterion of CREDIT_CRITERIA) expect(summary!.textContent).toContain(`${criterion.id}. ${criterion.label.zh}`);
    expect(summary!.textContent).toContain(`${zhCN.credit.sheet.judgedBy}：刘强`);
    expect(summary!.textContent).toContain(g.reason);
    expect(summary!.textContent).toContain(`陈志明 ${zhCN.credit.decisions.approved}`);
    expect(summary!.querySelectorAll('.credit-print-signatures tr')).toHaveLength(6);
  });
});
