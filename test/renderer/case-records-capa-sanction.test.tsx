import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Capa, Sanction } from '../../shared/api/case-records';
import { ApiError } from '../../shared/api/errors';
import { descriptionOf, wangjg } from './fixtures';
import { openRecords, recordsOf, sent, siteTime } from './case-records-helpers';

const capa: Capa = {
  id: 'a-1',
  problem: '冷链温控缺失',
  action: '加装温度报警',
  ownerId: 'u-zhangwei',
  ownerName: '张伟',
  dueAt: '2026-03-02T09:00:00.000Z',
  status: 'open',
  overdue: true,
  createdByName: '王建国',
  createdAt: '2026-03-01T02:00:00.000Z',
  implementedAt: null,
  implementationNote: null,
  reopenCount: 0,
  verifications: [],
  mayComplete: true,
  mayVerify: false,
  version: 1,
};

describe('纠正预防措施', () => {
  it('shows overdue actions on the detail and checks the new action in Chinese before sending it', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ capas: [capa] }), wangjg, { 'caseRecords.addCapa': () => recordsOf({ capas: [capa, { ...capa, id: 'a-2', overdue: false }] }) });
    expect(screen.getByTestId('capa-overdue').textContent).toBe('1 项纠正预防措施已逾期');
    expect(within(screen.getByTestId('capa-row')).getByTestId('capa-overdue-tag').textContent).toBe('已逾期');

    await user.click(screen.getByTestId('capa-add'));
    const form = screen.getByTestId('record-form-capa');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-problem'))).toBe('请填写问题及根本原因');
    expect(descriptionOf(screen.getByTestId('act-action'))).toBe('请填写纠正预防措施');
    expect(descriptionOf(screen.getByTestId('act-ownerId'))).toBe('请选择责任人');
    expect(descriptionOf(screen.getByTestId('act-dueAt'))).toBe('请填写时间');
    await user.type(screen.getByTestId('act-problem'), '温控缺失');
    await user.type(screen.getByTestId('act-action'), '加装报警');
    await user.selectOptions(screen.getByTestId('act-ownerId'), 'u-zhangwei');
    await user.type(screen.getByTestId('act-dueAt'), siteTime(-1).local);
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-dueAt'))).toBe('须晚于当前时间');
    const due = siteTime(3);
    await user.clear(screen.getByTestId('act-dueAt'));
    await user.type(screen.getByTestId('act-dueAt'), due.local);
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-capa')).toBeNull());
    expect(sent(bridge, 'caseRecords.addCapa')).toEqual([{ complaintId: 'c-1', problem: '温控缺失', action: '加装报警', ownerId: 'u-zhangwei', dueAt: due.iso }]);
    expect(screen.getAllByTestId('capa-row')).toHaveLength(2);
  }, 20_000);

  it('verification: not effective needs a new due time; the core’s refusal is shown', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ capas: [{ ...capa, status: 'implemented', overdue: false, mayComplete: false, mayVerify: true, version: 2 }] }), wangjg, {
      'caseRecords.verifyCapa': () => {
        throw new ApiError('FORBIDDEN', '措施责任人不能验证自己的措施 / the owner cannot verify their own action');
      },
    });
    expect(screen.queryByTestId('capa-overdue')).toBeNull();
    await user.click(screen.getByTestId('capa-verify'));
    const form = screen.getByTestId('record-form-verify-capa');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-effective-yes'))).toBe('请选择验证结果');
    expect(descriptionOf(screen.getByTestId('act-note'))).toBe('请填写说明');
    await user.click(screen.getByTestId('act-effective-no'));
    await user.type(screen.getByTestId('act-note'), '仍有超温');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-newDueAt'))).toBe('请填写时间');
    const due = siteTime(5);
    await user.type(screen.getByTestId('act-newDueAt'), due.local);
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('措施责任人不能验证自己的措施'));
    expect(sent(bridge, 'caseRecords.verifyCapa')).toEqual([{ capaId: 'a-1', version: 2, effective: false, note: '仍有超温', newDueAt: due.iso }]);
  });
});

describe('奖惩记录', () => {
  const recorded: Sanction = {
    id: 's-1',
    personName: '张伟',
    kind: 'penalty',
    articleCode: 'p6.41',
    measure: 'fine',
    amount: 800,
    points: null,
    deductionRole: null,
    note: '态度生硬导致升级',
    byName: '王建国',
    at: '2026-03-01T03:00:00.000Z',
  };

  it('takes the article from the cited list and the measure the article allows; a fine shows its range', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf(), wangjg, { 'caseRecords.addSanction': () => recordsOf({ sanctions: [recorded] }) });
    await user.click(screen.getByTestId('sanction-add'));
    const form = screen.getByTestId('record-form-sanction');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-personId'))).toBe('请选择人员');
    expect(descriptionOf(screen.getByTestId('act-articleCode'))).toBe('请选择依据条款');
    // The article is a choice, never typed; each names its source.
    const options = within(screen.getByTestId('act-articleCode')).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options.some((o) => o.startsWith('《四川**实业集团有限公司客户投诉管理办法(试行)》第四十一条｜处罚｜违反第二章处理原则'))).toBe(true);
    expect(options.some((o) => o.startsWith('《事故等级划分及扣分标准》二.(一)⑶｜处罚｜'))).toBe(true);
    expect(options.some((o) => o.startsWith('《客户投诉界定及处理流程》三.3(1)｜处罚｜'))).toBe(true);

    await user.selectOptions(screen.getByTestId('act-personId'), 'u-zhangwei');
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'p6.41');
    expect(within(screen.getByTestId('act-measure')).getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择', '罚款', '降职', '减薪/降薪']);
    await user.selectOptions(screen.getByTestId('act-measure'), 'fine');
    expect(descriptionOf(screen.getByTestId('act-amount'))).toBe('该条款规定罚款 500–1000 元');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-amount'))).toContain('请填写金额');
    await user.type(screen.getByTestId('act-amount'), '800');
    await user.type(screen.getByTestId('act-note'), '态度生硬导致升级');
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-sanction')).toBeNull());
    expect(sent(bridge, 'caseRecords.addSanction')).toEqual([{ complaintId: 'c-1', personId: 'u-zhangwei', articleCode: 'p6.41', measure: 'fine', amount: 800, note: '态度生硬导致升级' }]);
    const row = screen.getByTestId('sanction-row');
    expect(row.textContent).toContain('罚款 800.00 元');
    expect(row.textContent).toContain('《四川**实业集团有限公司客户投诉管理办法(试行)》第四十一条');
  });

  it('seed004 §M points follow from the role; the core’s amount check is shown under the field', async () => {
    const user = userEvent.setup();
    let answer: 'points' | 'amount' = 'points';
    const { bridge } = await openRecords(recordsOf(), wangjg, {
      'caseRecords.addSanction': () => {
        if (answer === 'amount') throw new ApiError('VALIDATION', '输入有误', [{ path: 'amount', message: '「seed003 篇5 6.2」规定罚款1000元 / the article sets 1000元' }]);
        return recordsOf();
      },
    });
    await user.click(screen.getByTestId('sanction-add'));
    await user.selectOptions(screen.getByTestId('act-personId'), 'u-zhangwei');
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'seed004-m.quality.3');
    expect((screen.getByTestId('act-measure') as HTMLSelectElement).value).toBe('points');
    await user.click(screen.getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-deductionRole'))).toBe('请选择扣分对象');
    expect(within(screen.getByTestId('act-deductionRole')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '请选择',
      '直接责任人：扣 10 分',
      '部门负责人：扣 5 分',
      '直接上级：扣 2 分',
      '上上级：不连带扣分',
    ]);
    await user.selectOptions(screen.getByTestId('act-deductionRole'), '1');
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(sent(bridge, 'caseRecords.addSanction')).toHaveLength(1));
    expect(sent(bridge, 'caseRecords.addSanction')[0]).toEqual({ complaintId: 'c-1', personId: 'u-zhangwei', articleCode: 'seed004-m.quality.3', measure: 'points', deductionRole: 1, note: '' });

    answer = 'amount';
    await user.click(screen.getByTestId('sanction-add'));
    await user.selectOptions(screen.getByTestId('act-personId'), 'u-zhangwei');
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'p5.6.2');
    expect((screen.getByTestId('act-amount') as HTMLInputElement).value).toBe('1000');
    await user.clear(screen.getByTestId('act-amount'));
    await user.type(screen.getByTestId('act-amount'), '1200');
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('act-amount'))).toContain('「《客户投诉管理办法》6.2」规定罚款1000元'));
  });

  it('says when the store’s own count calls for a sanction nobody has recorded (篇5 6.2: the third valid complaint in a year → 诫勉)', async () => {
    await openRecords(
      recordsOf({ dueSanctions: [{ articleCode: 'p5.6.2.thrice', personId: 'u-liuqiang', personName: '刘强', count: 3, needed: 3, source: 'seed003 篇5 6.2' }] }),
      wangjg,
    );
    expect(screen.getByTestId('sanction-due').textContent).toBe(
      '依据《客户投诉管理办法》6.2：刘强 在规定期间内已累计 3 次（满 3 次即适用），应登记「每年发生三次有效投诉，给予责任机构或部门负责人诫勉处理」',
    );
  });

  it('offers the franchise centre’s fines per occurrence, read from its pack', async () => {
    const user = userEvent.setup();
    await openRecords(recordsOf(), wangjg);
    await user.click(screen.getByTestId('sanction-add'));
    await user.selectOptions(screen.getByTestId('act-articleCode'), 'doc14.5.4.1.2');
    await user.selectOptions(screen.getByTestId('act-measure'), 'fine');
    expect(descriptionOf(screen.getByTestId('act-amount'))).toBe('该条款规定罚款 30–100 元');
  });
});
