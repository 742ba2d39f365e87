import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CadenceDue, CustomerRisk, RiskClassChange } from '../../shared/api/risk-classes';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { siteMonthOf } from '../../renderer/screens/customers/risk-print/RiskFormPrint';
import { useRiskClassesStore } from '../../renderer/stores/risk-classes-store';
import { ApiError } from '../../shared/api/errors';
import { fileOf, firm } from './customer-fixtures';
import { descriptionOf, limei, renderSignedIn, wangjg } from './fixtures';

/*
 * Issue 19 §3, seed000 第二篇 三、: the follow-up frequency of the customer's class on its file (planned
 * against done, the next due day) with a form to record a visit, and the site list of due follow-ups.
 */

const SLOW = 20_000;
const dueThisMonth = { month: '2026-12', required: true, filed: false, missed: [] };
const overdue = { riskClass: 'class1', since: '2026-11-23', lastDoneOn: '2026-11-26', dueOn: '2026-12-03', state: 'overdue', daysOverdue: 2, planned: 1, done: 1 } as const;
const classOne: CustomerRisk = { customerId: firm.id, current: 'class1', since: '2026-11-23T02:00:00.000Z', creditIncreaseAllowed: false, history: [], pending: null, rejected: [], cadence: overdue, screening: dueThisMonth, screenings: [] };

async function openFile(risk: () => CustomerRisk, overrides: Record<string, (input: any) => unknown> = {}) {
  useRiskClassesStore.setState({ byCustomer: {}, overview: undefined, error: null });
  const rendered = await renderSignedIn(wangjg, { 'customers.get': () => fileOf(firm), 'riskClasses.get': risk, ...overrides });
  useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
  return { ...rendered, panel: await screen.findByTestId('risk-cadence') };
}

describe('risk-class cadence on the customer file', () => {
  it('shows the weekly visit of 三(一)1, planned against done, and the overdue due day', { timeout: SLOW }, async () => {
    const { panel } = await openFile(() => classOne);
    expect(panel.textContent).toContain('主办客户经理每周至少一次实地走访企业');
    expect(within(panel).getByTestId('cadence-planned-done').textContent).toContain('应跟进 1 次 · 已跟进 1 次');
    expect(within(panel).getByTestId('cadence-due-on').textContent).toContain('2026');
    expect(within(panel).getByTestId('cadence-state').textContent).toBe('已逾期 2 天');
  });

  it('class 3 says the source sets no frequency', { timeout: SLOW }, async () => {
    const { panel } = await openFile(() => ({ ...classOne, current: 'class3', cadence: null }));
    expect(panel.textContent).toContain('原文对本类别未规定频次');
    expect(within(panel).queryByTestId('cadence-state')).toBeNull();
  });

  it('records an on-site visit through customers.addFollowUp and reads the cadence again', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let risk: CustomerRisk = classOne;
    const { bridge, panel } = await openFile(() => risk, {
      'customers.addFollowUp': () => {
        risk = { ...classOne, cadence: { ...overdue, lastDoneOn: '2026-12-05', dueOn: '2026-12-12', state: 'planned', daysOverdue: 0, done: 2 } };
        return fileOf(firm);
      },
    });
    await user.type(within(panel).getByTestId('cadence-note'), '实地走访企业，见实际控制人');
    await user.click(within(panel).getByTestId('cadence-submit'));
    await waitFor(() => expect(bridge.callsTo('customers.addFollowUp')[0]?.input).toEqual({ id: firm.id, method: 'visit', note: '实地走访企业，见实际控制人' }));
    await waitFor(() => expect(within(screen.getByTestId('risk-cadence')).getByTestId('cadence-state').textContent).toBe('未到期'));
  });
});

describe('《客户风险排查表》 filed monthly on the customer file (三(一)1、三(二)1(4))', () => {
  it('shows this month due and the months missed, files one with the four chains, and refuses an empty chain at its field', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let risk: CustomerRisk = { ...classOne, screening: { ...dueThisMonth, missed: ['2026-11'] } };
    let calls = 0;
    const filed = { id: 's-1', customerId: firm.id, month: '2026-11', riskClass: 'class1' as const, capitalChain: '资金偏紧', operatingChain: '订单下降', investmentChain: '投资暂缓', guaranteeChain: '互保涉诉', situation: '已约谈', filedByName: '王建国', filedAt: '2026-12-05T02:00:00.000Z' };
    const { bridge } = await openFile(() => risk, {
      'riskClasses.fileScreening': (input: { capitalChain: string }) => {
        calls += 1;
        if (calls === 1) throw new ApiError('VALIDATION', '输入有误', [{ path: 'capitalChain', message: '请填写此项 / required' }]);
        risk = { ...classOne, screening: dueThisMonth, screenings: [filed] };
        return { ...filed, capitalChain: input.capitalChain };
      },
    });
    const panel = await screen.findByTestId('risk-screening');
    expect(within(panel).getByTestId('screening-state').textContent).toBe('待上报（月底前）');
    expect(within(panel).getByTestId('screening-missed').textContent).toBe('未上报的月份：2026-11');
    // The month offered first is this one; a missed one may be chosen.
    expect(within(within(panel).getByTestId('screening-month')).getAllByRole('option').map((o) => o.textContent)).toEqual(['2026-12', '2026-11']);
    await user.selectOptions(within(panel).getByTestId('screening-month'), '2026-11');
    for (const [field, text] of [['operatingChain', '订单下降'], ['investmentChain', '投资暂缓'], ['guaranteeChain', '互保涉诉'], ['situation', '已约谈']]) {
      await user.type(within(panel).getByTestId(`screening-${field}`), text!);
    }
    await user.click(within(panel).getByTestId('screening-submit'));
    await waitFor(() => expect(descriptionOf(within(panel).getByTestId('screening-capitalChain'))).toBe('请填写此项'));
    await user.type(within(panel).getByTestId('screening-capitalChain'), '资金偏紧');
    await user.click(within(panel).getByTestId('screening-submit'));
    await waitFor(() => expect(within(screen.getByTestId('risk-screening')).getByTestId('screening-missed').textContent).toBe('以往各月均已上报'));
    expect(bridge.callsTo('riskClasses.fileScreening')[1]?.input).toEqual({ customerId: firm.id, month: '2026-11', capitalChain: '资金偏紧', operatingChain: '订单下降', investmentChain: '投资暂缓', guaranteeChain: '互保涉诉', situation: '已约谈' });
    expect(within(screen.getByTestId('risk-screening')).getByTestId('screening-filed').textContent).toContain('2026-11：王建国 于');
  });

  it('offers no filing form to a receiver', { timeout: SLOW }, async () => {
    useRiskClassesStore.setState({ byCustomer: {}, overview: undefined, error: null });
    await renderSignedIn(limei, { 'customers.get': () => fileOf(firm), 'riskClasses.get': () => classOne });
    useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
    const panel = await screen.findByTestId('risk-screening');
    expect(within(panel).queryByTestId('screening-form')).toBeNull();
  });

  it('shows nothing for class 3 (三(三) asks for no monthly form)', { timeout: SLOW }, async () => {
    await openFile(() => ({ ...classOne, current: 'class3', cadence: null, screening: null }));
    expect(screen.queryByTestId('risk-screening')).toBeNull();
  });
});

describe('风险分类客户跟进到期 page', () => {
  it('lists the due follow-ups with their state, from the customer files page', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const rows: CadenceDue[] = [
      { customerId: firm.id, customerName: firm.name, status: overdue, screening: { ...dueThisMonth, missed: ['2026-11'] } },
      { customerId: 'c-2', customerName: '某机械厂', status: { ...overdue, riskClass: 'class2', dueOn: '2026-12-23', state: 'planned', daysOverdue: 0 }, screening: { ...dueThisMonth, filed: true } },
    ];
    const { bridge } = await renderSignedIn(limei, { 'riskClasses.cadence': () => rows });
    useNavigationStore.getState().go({ page: 'customers' });
    await user.click(await screen.findByTestId('risk-cadence-due-link'));
    const table = await screen.findByTestId('risk-cadence-table');
    expect(bridge.callsTo('riskClasses.cadence')).toHaveLength(1);
    expect(within(table).getByTestId(`risk-cadence-${firm.id}`).dataset.state).toBe('overdue');
    expect(within(table).getByTestId(`risk-cadence-${firm.id}`).textContent).toContain('已逾期 2 天');
    expect(within(table).getByTestId('risk-cadence-c-2').textContent).toContain('第二类（预警管理）');
    expect(within(table).getByTestId('risk-cadence-c-2').textContent).toContain('未到期');
    // The monthly 《客户风险排查表》 beside it: due with a missed month, or filed.
    expect(within(within(table).getByTestId(`risk-cadence-${firm.id}`)).getByTestId('cadence-screening').textContent).toBe('待上报（月底前） 未上报的月份：2026-11');
    expect(within(within(table).getByTestId('risk-cadence-c-2')).getByTestId('cadence-screening').textContent).toBe('已上报');
  });
});

describe('the two forms of 三、 printed from the customer file', () => {
  const change: RiskClassChange = {
    id: 'h-1',
    proposalId: 'p-1',
    fromClass: 'normal',
    toClass: 'class2',
    reason: '逾期三天，已列入预警',
    facts: { fiveLevel: 'special_mention', warning: 'active', overdueDays: 3, interestArrears: 0, advances: 0 },
    judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }],
    met: ['c2.1a', 'c2.5'],
    proposedByName: '王建国',
    reviewedByName: '刘强',
    decidedByName: '陈志明',
    decisionNote: '压缩授信，追加抵押',
    decidedAt: '2026-11-23T02:00:00.000Z',
    packId: 'seed000-p2-risk-classes',
    packVersion: '1',
  };
  const thisMonth = siteMonthOf(new Date(), 'Asia/Shanghai');
  const screening = { id: 's-1', customerId: firm.id, month: thisMonth, riskClass: 'class2' as const, capitalChain: '票据集中到期', operatingChain: '订单下降两成', investmentChain: '新厂房暂缓', guaranteeChain: '互保企业涉诉', situation: '已约谈实际控制人', filedByName: '王建国', filedAt: '2026-12-05T02:00:00.000Z' };
  const classTwo: CustomerRisk = { ...classOne, current: 'class2', history: [change], cadence: { ...overdue, riskClass: 'class2' }, screenings: [screening] };

  async function printForm(testId: string) {
    const user = userEvent.setup();
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      const { panel } = await openFile(() => classTwo);
      await user.click(within(panel.closest('[data-testid="risk-class"]') as HTMLElement).getByTestId(testId));
      await waitFor(() => expect(printed).toBe(1));
    } finally {
      window.print = print;
    }
  }

  it('《预警信号报告及处理表》 (三(二)1(3)) filled from the class change recorded under warning', { timeout: SLOW }, async () => {
    await printForm('risk-print-warning-filled');
    const sheet = screen.getByTestId('risk-print-warning');
    expect(sheet.dataset.blank).toBe('false');
    expect(sheet.classList.contains('paper-sheet')).toBe(true);
    for (const text of ['预警信号报告及处理表', firm.name, '已列入预警管理（除列入第一类的客户外）', '企业涉及法律诉讼：法院传票已送达', '逾期三天，已列入预警（王建国）', '刘强', '压缩授信，追加抵押（陈志明', '三(二)1(3)', '主办客户经理（填报）']) {
      expect(sheet.textContent, text).toContain(text);
    }
  });

  it('《客户风险排查表》 (三(一)1、三(二)1(4)) filled with the class, the facts and planned against done; blank without them', { timeout: SLOW }, async () => {
    await printForm('risk-print-screening-filled');
    const filled = screen.getByTestId('risk-print-screening');
    for (const text of ['客户风险排查表', firm.name, '第二类（预警管理）', '五级分类 关注', '应跟进 1 次 · 已跟进 1 次', '资金链', '担保链']) expect(filled.textContent, text).toContain(text);
    // This month's filed form fills the account manager's analysis.
    for (const text of ['票据集中到期', '订单下降两成', '新厂房暂缓', '互保企业涉诉', '已约谈实际控制人']) expect(filled.textContent, text).toContain(text);
    await userEvent.setup().click(screen.getByTestId('risk-print-screening-blank'));
    const blank = await screen.findByTestId('risk-print-screening');
    await waitFor(() => expect(blank.dataset.blank).toBe('true'));
    expect(blank.textContent).toContain('客户风险排查表');
    expect(blank.textContent).not.toContain(firm.name);
    expect(blank.textContent).not.toContain('五级分类 关注');
    expect(blank.textContent).not.toContain('票据集中到期');
  });
});
