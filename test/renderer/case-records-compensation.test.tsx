import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseRecords, Compensation } from '../../shared/api/case-records';
import { ApiError } from '../../shared/api/errors';
import { foodMakerCompensation } from '../../shared/rules/packs/food-maker-p1';
import { descriptionOf, wangjg } from './fixtures';
import { caseDetail, openRecords, recordsOf, sent, siteTime } from './case-records-helpers';
import { openDetail } from './workflow-helpers';

/** 篇1 9.2 for class A, as the core lists it. */
const classA: CaseRecords['compensationStandard'] = {
  classCode: 'A',
  rows: foodMakerCompensation
    .filter((r) => r.classCode === 'A')
    .map((r) => ({ harm: r.harm, remedy: r.remedy, ratio: r.ratio ? Number(r.ratio.split(':')[1]) : null, approvalRequired: r.approvalRequired, flexible: r.flexible, source: r.source })),
};

const pending: Compensation = {
  id: 'k-1',
  type: 'medical_costs',
  harm: 'serious',
  giftRatio: null,
  defectiveQty: null,
  giftQty: null,
  amount: 386.5,
  description: '医院检查费',
  specialCaseNote: null,
  approvalRequired: true,
  approvalBasis: 'seed003 篇1 9.2.1 a)',
  status: 'pending_approval',
  requestedByName: '张伟',
  requestedAt: '2026-03-01T02:00:00.000Z',
  decidedByName: null,
  decidedAt: null,
  decisionNote: null,
  deliverBy: '2026-03-02T10:00:00.000Z',
  deliveredAt: null,
  deliveryOverdue: true,
  deliveredLate: false,
  mayDecide: true,
  mayDeliver: false,
  version: 1,
};

describe('补偿: the form', () => {
  it('shows the class’s standard, computes the gift quantity, and wants a special case for another ratio', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ compensationStandard: classA }), wangjg, { 'caseRecords.addCompensation': () => recordsOf({ compensationStandard: classA }) });
    await user.click(screen.getByTestId('compensation-add'));
    const form = screen.getByTestId('record-form-compensation');
    expect(within(form).getByTestId('compensation-standard').textContent).toContain('赔付标准（A类');
    expect(within(form).getByTestId('compensation-standard').textContent).toContain('致电致函道歉，原则上可1:10赠送礼品豆制品');

    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-type'))).toBe('请选择补偿方式');
    expect(sent(bridge, 'caseRecords.addCompensation')).toHaveLength(0);

    await user.selectOptions(screen.getByTestId('act-type'), 'gift_products');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-harm-serious'))).toBe('请选择对消费者健康的影响');
    expect(descriptionOf(screen.getByTestId('act-defectiveQty'))).toBe('不良品数量须为大于0的整数');

    await user.click(screen.getByTestId('act-harm-none'));
    expect((screen.getByTestId('act-giftRatio-10') as HTMLInputElement).checked).toBe(true);
    await user.type(screen.getByTestId('act-defectiveQty'), '7');
    expect(screen.getByTestId('gift-qty').textContent).toBe('赠送数量：70（= 不良品数量 × 10）');
    await user.click(screen.getByTestId('act-giftRatio-2'));
    expect(screen.getByTestId('gift-qty').textContent).toBe('赠送数量：14（= 不良品数量 × 2）');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-specialCaseNote'))).toBe('比例与赔付标准不同，请写明特例理由');
    await user.type(screen.getByTestId('act-specialCaseNote'), '库存不足');
    const deliver = siteTime(1);
    await user.type(screen.getByTestId('act-deliverBy'), deliver.local);
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-compensation')).toBeNull());
    expect(sent(bridge, 'caseRecords.addCompensation')).toEqual([
      { complaintId: 'c-1', type: 'gift_products', harm: 'none', defectiveQty: 7, giftRatio: 2, description: '', specialCaseNote: '库存不足', requestApproval: false, deliverBy: deliver.iso },
    ]);
  }, 20_000);

  it('says when the rules require the company’s approval, asks for the amount, and shows the core’s field errors', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ compensationStandard: classA }), wangjg, {
      'caseRecords.addCompensation': () => {
        throw new ApiError('VALIDATION', '输入有误', [{ path: 'amount', message: '金额最多保留两位小数' }]);
      },
    });
    await user.click(screen.getByTestId('compensation-add'));
    await user.selectOptions(screen.getByTestId('act-type'), 'medical_costs');
    await user.click(screen.getByTestId('act-harm-serious'));
    expect(screen.getByTestId('approval-by-rule').textContent).toBe('按规则须经公司同意后方可执行（《客诉处理管理办法》9.2.1 a)）');
    expect(screen.queryByTestId('act-requestApproval')).toBeNull();
    await user.click(screen.getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-amount'))).toBe('请填写金额');
    await user.type(screen.getByTestId('act-amount'), '38.655');
    await user.click(screen.getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-amount'))).toBe('金额须为不小于0的数字，最多两位小数');
    await user.clear(screen.getByTestId('act-amount'));
    await user.type(screen.getByTestId('act-amount'), '386.5');
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('act-amount'))).toBe('金额最多保留两位小数'));
    expect(sent(bridge, 'caseRecords.addCompensation')).toEqual([{ complaintId: 'c-1', type: 'medical_costs', harm: 'serious', amount: 386.5, description: '', specialCaseNote: '' }]);
  });

  it('elsewhere offers to ask for approval (篇4 第十八条)', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf(), wangjg, { 'caseRecords.addCompensation': () => recordsOf() });
    await user.click(screen.getByTestId('compensation-add'));
    expect(screen.queryByTestId('compensation-standard')).toBeNull();
    await user.selectOptions(screen.getByTestId('act-type'), 'damages');
    await user.type(screen.getByTestId('act-amount'), '2000');
    await user.click(screen.getByTestId('act-requestApproval'));
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(sent(bridge, 'caseRecords.addCompensation')).toHaveLength(1));
    expect(sent(bridge, 'caseRecords.addCompensation')[0]).toMatchObject({ type: 'damages', amount: 2000, requestApproval: true });
  });
});

describe('补偿: approval and delivery', () => {
  it('lists the pending approval that keeps the case open and the overdue delivery; the approver decides with a note', async () => {
    const user = userEvent.setup();
    const decided = recordsOf({ compensations: [{ ...pending, status: 'approved', mayDecide: false, decidedByName: '陈志明', decidedAt: '2026-03-01T03:00:00.000Z', decisionNote: '同意', version: 2 }] });
    const { bridge } = await openRecords(recordsOf({ compensations: [pending] }), wangjg, { 'caseRecords.decideCompensation': () => decided });
    expect(screen.getByTestId('compensation-blocks-close').textContent).toBe('有补偿待公司审批：审批前不能结案（篇1 9.2.1）。');
    const row = screen.getByTestId('compensation-row');
    expect(within(row).getByTestId('compensation-status').textContent).toContain('待公司审批');
    expect(within(row).getByTestId('compensation-status').textContent).toContain('《客诉处理管理办法》9.2.1 a)');
    expect(within(row).getByTestId('compensation-late').textContent).toBe('逾期未送达');
    expect(row.textContent).toContain('CB-c');
    // The section and the table's scrolling box inside it are landmarks of different names (issue 20 item 12).
    const section = screen.getByTestId('compensation-section');
    const sectionName = document.getElementById(section.getAttribute('aria-labelledby')!)!.textContent!;
    const box = within(section).getByRole('region', { name: `${sectionName}表` });
    expect(box.tabIndex).toBe(0);
    expect(box.contains(row)).toBe(true);

    await user.click(within(row).getByTestId('compensation-decide'));
    const form = screen.getByTestId('record-form-decide-compensation');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-approve-yes'))).toBe('请选择同意或不同意');
    await user.click(screen.getByTestId('act-approve-yes'));
    await user.type(screen.getByTestId('act-note'), '同意');
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-decide-compensation')).toBeNull());
    expect(sent(bridge, 'caseRecords.decideCompensation')).toEqual([{ compensationId: 'k-1', version: 1, approve: true, note: '同意' }]);
    expect(screen.queryByTestId('compensation-blocks-close')).toBeNull();
    expect(within(screen.getByTestId('compensation-row')).getByTestId('compensation-status').textContent).toContain('陈志明');
  });

  it('records delivery, refusing a time in the future, and shows the core’s refusal', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ compensations: [{ ...pending, status: 'approved', mayDecide: false, mayDeliver: true, version: 2 }] }), wangjg, {
      'caseRecords.deliverCompensation': () => {
        throw new ApiError('CONFLICT', '已登记送达 / already delivered');
      },
    });
    await user.click(screen.getByTestId('compensation-deliver'));
    await user.clear(screen.getByTestId('act-deliveredAt'));
    await user.type(screen.getByTestId('act-deliveredAt'), siteTime(2).local);
    await user.click(screen.getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-deliveredAt'))).toBe('不能晚于当前时间');
    const at = siteTime(-0.1);
    await user.clear(screen.getByTestId('act-deliveredAt'));
    await user.type(screen.getByTestId('act-deliveredAt'), at.local);
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(within(screen.getByTestId('record-form-deliver-compensation')).getByRole('alert').textContent).toBe('已登记送达'));
    expect(sent(bridge, 'caseRecords.deliverCompensation')).toEqual([{ compensationId: 'k-1', version: 2, deliveredAt: at.iso }]);
  });
});

describe('补偿 on the handling log', () => {
  it('words the case-record events in Chinese, without a state change', async () => {
    const detail = {
      ...caseDetail,
      workflow: {
        ...caseDetail.workflow,
        events: [
          ...caseDetail.workflow.events,
          { seq: 2, at: '2026-03-01T03:00:00.000Z', byName: '张伟', action: 'compensation.add', fromStatus: 'in_progress' as const, toStatus: 'in_progress' as const, details: { type: 'medical_costs', amount: 386.5, giftQty: null, approvalRequired: true } },
          { seq: 3, at: '2026-03-01T04:00:00.000Z', byName: '陈志明', action: 'compensation.decide', fromStatus: 'in_progress' as const, toStatus: 'in_progress' as const, details: { type: 'medical_costs', approve: true, note: '同意' } },
        ],
      },
    };
    await openDetail(detail, wangjg, { 'caseRecords.get': () => recordsOf() });
    const events = screen.getAllByTestId('timeline-event');
    expect(events[1]!.textContent).toContain('登记补偿');
    expect(events[1]!.textContent).toContain('支付实际医疗检查费用');
    expect(events[1]!.textContent).toContain('386.50');
    expect(events[1]!.textContent).toContain('待公司审批');
    expect(events[2]!.textContent).toContain('审批补偿');
    expect(events[2]!.textContent).toContain('同意');
    expect(events[2]!.textContent).not.toContain('→');
  });
});
