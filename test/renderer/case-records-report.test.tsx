import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InvestigationReport } from '../../shared/api/case-records';
import { ApiError } from '../../shared/api/errors';
import { descriptionOf, wangjg } from './fixtures';
import { openRecords, recordsOf, sent } from './case-records-helpers';

afterEach(() => {
  document.body.classList.remove('printing-investigation-report');
  vi.restoreAllMocks();
});

const submitted: InvestigationReport = {
  id: 'r-1',
  status: 'manager_review',
  cause: '冷链车制冷故障',
  course: '配送途中停机三小时',
  responsiblePerson: '配送司机 王小军',
  conclusion: '运输储存过程不良',
  countermeasures: '加装温度报警',
  originalAttached: true,
  createdByName: '张伟',
  submittedByName: '张伟',
  submittedAt: '2026-03-01T02:00:00.000Z',
  returnReason: null,
  round: 1,
  steps: [{ step: 'submit', decision: 'submit', opinion: null, byName: '张伟', at: '2026-03-01T02:00:00.000Z', round: 1 }],
  version: 2,
  updatedAt: '2026-03-01T02:00:00.000Z',
};

const FIELDS = [
  ['act-cause', '请填写发生原因', '冷链车制冷故障'],
  ['act-course', '请填写具体经过', '配送途中停机三小时'],
  ['act-responsiblePerson', '请填写具体责任者', '配送司机 王小军'],
  ['act-conclusion', '请填写结论', '运输储存过程不良'],
  ['act-countermeasures', '请填写对策和防范措施', '加装温度报警'],
] as const;

describe('投诉调查报告: the form', () => {
  it('asks for all five sections in Chinese before submitting, then sends them with the original complaint attached', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf(), wangjg, { 'caseRecords.saveReport': () => recordsOf({ report: submitted, may: { ...recordsOf().may, editReport: false } }) });
    expect(screen.getByTestId('report-section').textContent).toContain('尚未填写调查报告。');
    await user.click(screen.getByTestId('report-edit'));
    const form = screen.getByTestId('record-form-report');
    expect(document.activeElement).toBe(screen.getByTestId('act-cause'));
    await user.click(within(form).getByTestId('record-submit'));
    for (const [testId, message] of FIELDS) expect(descriptionOf(screen.getByTestId(testId))).toBe(message);
    expect(within(form).getByRole('alert').textContent).toBe('请先改正标出的内容。');
    expect(sent(bridge, 'caseRecords.saveReport')).toHaveLength(0);

    for (const [testId, , value] of FIELDS) await user.type(screen.getByTestId(testId), value);
    await user.click(screen.getByTestId('act-originalAttached'));
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-report')).toBeNull());
    expect(sent(bridge, 'caseRecords.saveReport')).toEqual([
      {
        complaintId: 'c-1',
        version: 0,
        cause: '冷链车制冷故障',
        course: '配送途中停机三小时',
        responsiblePerson: '配送司机 王小军',
        conclusion: '运输储存过程不良',
        countermeasures: '加装温度报警',
        originalAttached: true,
        submit: true,
      },
    ]);
    expect(screen.getByTestId('report-status').textContent).toBe('待主管审核');
    expect(within(screen.getByTestId('report-steps')).getByText('受理部门提交')).toBeTruthy();
    // The complaint is re-read too: its handling log has the new event.
    expect(bridge.callsTo('complaints.get').length).toBeGreaterThan(1);
  }, 20_000);

  it('saves an incomplete draft without asking, and shows the core’s field errors and refusals', async () => {
    const user = userEvent.setup();
    let answer: 'ok' | 'field' | 'conflict' = 'ok';
    const { bridge } = await openRecords(recordsOf(), wangjg, {
      'caseRecords.saveReport': () => {
        if (answer === 'field') throw new ApiError('VALIDATION', '输入有误', [{ path: 'cause', message: '不能超过2000个字' }]);
        if (answer === 'conflict') throw new ApiError('CONFLICT', '该记录已被他人更新，请刷新后再操作 / the record changed');
        return recordsOf({ report: { ...submitted, status: 'draft', conclusion: '', steps: [] } });
      },
    });
    await user.click(screen.getByTestId('report-edit'));
    await user.type(screen.getByTestId('act-cause'), '冷链车制冷故障');
    answer = 'field';
    await user.click(screen.getByTestId('record-save-draft'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('act-cause'))).toBe('不能超过2000个字'));
    expect((sent(bridge, 'caseRecords.saveReport')[0] as { submit: boolean }).submit).toBe(false);

    answer = 'conflict';
    const reads = bridge.callsTo('caseRecords.get').length;
    await user.click(screen.getByTestId('record-save-draft'));
    await waitFor(() => expect(within(screen.getByTestId('record-form-report')).getByRole('alert').textContent).toBe('该记录已被他人更新，请刷新后再操作'));
    expect((screen.getByTestId('act-cause') as HTMLTextAreaElement).value).toBe('冷链车制冷故障');
    await waitFor(() => expect(bridge.callsTo('caseRecords.get').length).toBeGreaterThan(reads));
  });

  it('shows a returned report’s reason, and the 篇4 rule that the customer waits for the GM', async () => {
    await openRecords(recordsOf({ report: { ...submitted, status: 'draft', returnReason: '责任者写到具体人员' }, reportRequiredToResolve: 'seed003 篇4 第十一条–第十四条' }));
    expect(screen.getByTestId('report-returned').textContent).toBe('已退回：责任者写到具体人员');
    expect(screen.getByTestId('report-required').textContent).toBe('本站规则（《客户投诉处理管理办法》第十一条–第十四条）：调查报告经总经理批阅后才能答复客户。');
  });
});

describe('投诉调查报告: the review', () => {
  it('asks for a decision, and for the reason when returning; sends the step on the version seen', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRecords(recordsOf({ report: submitted, may: { ...recordsOf().may, editReport: false, reviewStep: 'managerReview' } }), wangjg, {
      'caseRecords.reviewReport': () => recordsOf({ report: { ...submitted, status: 'draft', returnReason: '补充经过' } }),
    });
    expect(screen.queryByTestId('report-edit')).toBeNull();
    expect(screen.getByTestId('report-review').textContent).toBe('主管审核');
    await user.click(screen.getByTestId('report-review'));
    const form = screen.getByTestId('record-form-review');
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-decision-approve'))).toBe('请选择审核结论');
    await user.click(screen.getByTestId('act-decision-return'));
    await user.click(within(form).getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-opinion'))).toContain('退回时请写明理由');
    expect(sent(bridge, 'caseRecords.reviewReport')).toHaveLength(0);
    await user.type(screen.getByTestId('act-opinion'), '补充经过');
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(screen.queryByTestId('record-form-review')).toBeNull());
    expect(sent(bridge, 'caseRecords.reviewReport')).toEqual([{ complaintId: 'c-1', version: 2, step: 'managerReview', decision: 'return', opinion: '补充经过' }]);
    expect(screen.getByTestId('report-returned').textContent).toBe('已退回：补充经过');
  });

  it('行政人事部 must attach an opinion even to pass it on; the core’s refusal (recusal) is shown as it says', async () => {
    const user = userEvent.setup();
    await openRecords(recordsOf({ report: { ...submitted, status: 'admin_hr_review' }, may: { ...recordsOf().may, editReport: false, reviewStep: 'adminHrOpinion' } }), wangjg, {
      'caseRecords.reviewReport': () => {
        throw new ApiError('FORBIDDEN', '被投诉人须回避，不能填写、审核或审批本案的记录 / the person complained about may not');
      },
    });
    await user.click(screen.getByTestId('report-review'));
    await user.click(screen.getByTestId('act-decision-approve'));
    await user.click(screen.getByTestId('record-submit'));
    expect(descriptionOf(screen.getByTestId('act-opinion'))).toContain('请填写意见');
    await user.type(screen.getByTestId('act-opinion'), '同意');
    await user.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(within(screen.getByTestId('record-form-review')).getByRole('alert').textContent).toBe('被投诉人须回避，不能填写、审核或审批本案的记录'));
  });

  it('prints the investigation report on its own: the body is marked for the print style sheet during printing', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-investigation-report')).toBe(true);
    });
    await openRecords(recordsOf({ report: { ...submitted, status: 'approved', steps: [...submitted.steps, { step: 'gmApproval', decision: 'approve', opinion: '同意', byName: '周振华', at: '2026-03-02T02:00:00.000Z', round: 1 }] } }));
    const paper = screen.getByTestId('investigation-report-print');
    expect(paper.parentElement).toBe(document.body);
    expect(paper.textContent).toContain('投诉调查报告');
    for (const text of ['发生原因', '冷链车制冷故障', '对策和防范措施', '加装温度报警', '主管审核', '行政人事部意见', '总经理批阅', '同意：同意', '周振华']) expect(paper.textContent).toContain(text);
    await user.click(screen.getByTestId('print-report'));
    expect(print).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-investigation-report')).toBe(false);
  });
});
