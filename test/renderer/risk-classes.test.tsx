import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerRisk, RiskClassChange, RiskClassProposal } from '../../shared/api/risk-classes';
import { ApiError } from '../../shared/api/errors';
import type { User } from '../../shared/api/users';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { useRiskClassesStore } from '../../renderer/stores/risk-classes-store';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { fileOf, firm } from './customer-fixtures';
import { limei, renderSignedIn, wangjg } from './fixtures';

/*
 * Issue 19 §3: the 风险分类 section of the customer file (seed000 第二篇): the proposal computes the class
 * the listed cases give as the facts are filled; each step shows only to its role, and a refusal names who may.
 */

const SLOW = 20_000;
const chenzm: User = { ...limei, id: 'u-chenzm', login: 'chenzm', displayName: '陈志明', roles: ['leader_in_charge'] };
const FACTS = { fiveLevel: null, warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;

const normal: CustomerRisk = { customerId: firm.id, current: 'normal', since: null, creditIncreaseAllowed: true, history: [], pending: null, rejected: [], cadence: null, screening: null, screenings: [] };
const reviewed: RiskClassProposal = {
  id: 'p-1',
  customerId: firm.id,
  customerName: firm.name,
  fromClass: 'normal',
  toClass: 'class2',
  indicatedClass: 'class2',
  facts: FACTS,
  judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }],
  met: ['c2.1a', 'c2.2b'],
  status: 'reviewed',
  proposed: { byId: 'u-wangjg', byName: '王建国', at: '2026-03-02T01:00:00.000Z', note: '逾期三天，企业涉诉' },
  reviewed: { byId: 'u-liuqiang', byName: '刘强', at: '2026-03-02T02:00:00.000Z', note: '同意' },
  decided: null,
  packId: 'seed000-p2-risk-classes',
  packVersion: '1',
};
const change: RiskClassChange = {
  id: 'h-1',
  proposalId: 'p-1',
  fromClass: 'normal',
  toClass: 'class2',
  reason: '逾期三天，企业涉诉',
  facts: FACTS,
  judgements: reviewed.judgements,
  met: reviewed.met,
  proposedByName: '王建国',
  reviewedByName: '刘强',
  decidedByName: '陈志明',
  decisionNote: '信审会审议通过',
  decidedAt: '2026-03-02T03:00:00.000Z',
  packId: 'seed000-p2-risk-classes',
  packVersion: '1',
};

async function openFile(user: User, risk: () => CustomerRisk, overrides: Record<string, (input: any) => unknown> = {}) {
  useRiskClassesStore.setState({ byCustomer: {}, overview: undefined, error: null });
  const rendered = await renderSignedIn(user, { 'customers.get': () => fileOf(firm), 'riskClasses.get': risk, ...overrides });
  useNavigationStore.getState().go({ page: 'customer-detail', id: firm.id });
  return { ...rendered, section: await screen.findByTestId('risk-class') };
}

describe('风险分类 on the customer file', () => {
  it('the station lead proposes: the class the listed cases give follows the facts and ticked judgements (一(二)1、2)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let risk = normal;
    const { bridge, section } = await openFile(wangjg, () => risk, {
      'riskClasses.propose': () => {
        risk = { ...normal, pending: { ...reviewed, status: 'proposed', reviewed: null } };
        return risk.pending;
      },
    });
    expect(within(section).getByTestId('risk-current').textContent).toContain('尚未分类');
    await user.click(within(section).getByTestId('risk-propose'));
    const form = within(section).getByTestId('risk-propose-form');
    expect(within(form).getByTestId('risk-choices').textContent).toContain('原文未给出任何数值');
    expect(within(form).getByTestId('risk-indicated').textContent).toContain('正常类');
    await user.clear(within(form).getByTestId('risk-overdueDays'));
    await user.type(within(form).getByTestId('risk-overdueDays'), '3');
    expect(within(form).getByTestId('risk-indicated').textContent).toContain('第二类（预警管理）');
    await user.click(within(form).getByTestId('risk-judgement-litigation'));
    await user.type(within(form).getByTestId('risk-judgement-reason-litigation'), '法院传票已送达');
    await user.selectOptions(within(form).getByTestId('risk-to-class'), 'class2');
    await user.type(within(form).getByTestId('risk-reason'), '逾期三天，企业涉诉');
    await user.click(within(form).getByTestId('risk-propose-submit'));

    await waitFor(() => expect(bridge.callsTo('riskClasses.propose')).toHaveLength(1));
    expect(bridge.callsTo('riskClasses.propose')[0]!.input).toEqual({
      customerId: firm.id,
      toClass: 'class2',
      facts: { fiveLevel: null, warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 },
      judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }],
      reason: '逾期三天，企业涉诉',
    });
    const pending = await within(section).findByTestId('risk-pending');
    expect(pending.textContent).toContain('待审核');
    // One proposal at a time, and the proposer is not offered its review (二(二)).
    expect(within(section).queryByTestId('risk-propose')).toBeNull();
    expect(within(pending).queryByTestId('risk-review')).toBeNull();
  });

  it('the leader in charge decides a reviewed proposal, and the history shows the change with its people, reasons and rules version', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    let risk: CustomerRisk = { ...normal, pending: reviewed };
    const { bridge, section } = await openFile(chenzm, () => risk, {
      'riskClasses.decide': () => {
        risk = { ...normal, current: 'class2', since: change.decidedAt, creditIncreaseAllowed: false, history: [change] };
        return { ...reviewed, status: 'approved' };
      },
    });
    const pending = within(section).getByTestId('risk-pending');
    expect(pending.textContent).toContain('刘强');
    await user.type(within(pending).getByTestId('risk-step-note'), '信审会审议通过');
    await user.click(within(pending).getByTestId('risk-approve'));
    await waitFor(() => expect(bridge.callsTo('riskClasses.decide')[0]?.input).toEqual({ proposalId: 'p-1', approve: true, note: '信审会审议通过' }));

    const history = await within(section).findByTestId('risk-history');
    await waitFor(() => expect(within(history).getAllByTestId('risk-history-entry')).toHaveLength(1));
    expect(history.textContent).toContain('正常类（未分入三类） → 第二类（预警管理）');
    expect(history.textContent).toContain('提出 王建国 · 审核 刘强 · 审议 陈志明');
    expect(history.textContent).toContain('企业涉及法律诉讼: 法院传票已送达');
    expect(history.textContent).toContain('《中信银行绍兴分行授信客户风险防控和化解管理办法》（规则第 1 版）');
    expect(within(section).getByTestId('risk-current').textContent).toContain('第二类（预警管理）');
    expect(within(section).getByTestId('risk-measures').textContent).toContain('解除预警后才能调整类别');
  });

  it('shows the core’s refusal naming who may take the step', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { section } = await openFile(chenzm, () => ({ ...normal, pending: reviewed }), {
      'riskClasses.decide': () => {
        throw ApiError.because('FORBIDDEN', 'riskClasses.errors.decideRole', { whoZh: '分管领导（分行信审会审议确定）', whoEn: 'the leader in charge' });
      },
    });
    await user.click(within(section).getByTestId('risk-approve'));
    expect((await within(section).findByRole('alert')).textContent).toContain('审议确定分类须由 分管领导（分行信审会审议确定） 办理');
  });

  it('the receiver sees the class and the pending step, without propose, review or decide buttons', { timeout: SLOW }, async () => {
    const { section } = await openFile(limei, () => ({ ...normal, pending: reviewed }));
    expect(within(section).getByTestId('risk-pending').textContent).toContain('已审核，待审议');
    expect(within(section).queryByTestId('risk-propose')).toBeNull();
    expect(within(section).queryByTestId('risk-approve')).toBeNull();
    expect(within(section).queryByTestId('risk-review')).toBeNull();
  });
});

describe('risk-class refusals', () => {
  it('every reason the risk-class service can give has a Chinese and an English text', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../electron/core/risk-classes/service.ts'), 'utf8');
    const literal = [...source.matchAll(/refuse\('[A-Z_]+', '([A-Za-z]+)'/g)].map((m) => m[1]!);
    // Keys built at run time: the steps' role refusals and 四、动态管理要求's refusals (shared/risk-classes/assess.ts).
    const built = ['proposeRole', 'reviewRole', 'decideRole', 'sameClass', 'classOneFinal', 'warningNotLifted'];
    expect(literal.length).toBeGreaterThan(5);
    for (const key of [...literal, ...built]) {
      expect(typeof (zhCN.riskClasses.errors as Record<string, unknown>)[key], key).toBe('string');
      expect(typeof (en.riskClasses.errors as Record<string, unknown>)[key], key).toBe('string');
    }
  });
});
