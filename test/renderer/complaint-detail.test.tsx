import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComplaintDetail, ComplaintRemark } from '../../shared/api/complaints';
import { ApiError } from '../../shared/api/errors';
import type { WorkflowDetail } from '../../shared/api/workflow';
import { setLanguage } from '../../renderer/i18n/i18n';
import { detailOf, fakeGrade, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

const at = (hhmm: string, day = '02') => `2026-03-${day}T${hhmm}:00.000Z`;

/** A complaint taken round the loop once: assigned, planned, extended, resolved, called back dissatisfied, escalated. */
const handled: ComplaintDetail = detailOf(
  {
    ...sampleComplaint,
    status: 'in_progress',
    version: 9,
    assigneeId: 'u-zhangwei',
    assigneeName: '张伟',
    unit: '维修班',
    subjectUserId: 'u-zhaoli',
    subjectUserName: '赵丽',
    proposedSolution: '建议罐车改走外环路',
    repeatOf: { id: 'c-0', serial: 'YY42-20260215-0007' },
    repeatCount: 1,
    escalationCount: 1,
  },
  {
    validity: 'valid',
    solution: { resolverId: 'u-zhangwei', resolverName: '张伟', measures: '罐车改走外环路', dueAt: at('09:30', '05') },
    result: '罐车已改走外环路',
    replyMethod: 'phone',
    customerInformedAt: at('08:00', '04'),
    events: [
      { seq: 1, at: at('01:32', '01'), byName: '李梅', action: 'create', fromStatus: null, toStatus: 'registered', details: {} },
      { seq: 2, at: at('02:00'), byName: '赵丽', action: 'accept', fromStatus: 'registered', toStatus: 'assigned', details: { assigneeId: 'u-zhangwei', assigneeName: '张伟', unit: '维修班' } },
      {
        seq: 3,
        at: at('03:00'),
        byName: '张伟',
        action: 'planSolution',
        fromStatus: 'assigned',
        toStatus: 'in_progress',
        details: { resolverId: 'u-zhangwei', resolverName: '张伟', measures: '罐车改走外环路', dueAt: at('09:30', '05') },
      },
      { seq: 4, at: at('04:00'), byName: '张伟', action: 'log', fromStatus: 'in_progress', toStatus: 'in_progress', details: { entryType: 'customer_contacted', text: '已电话告知客户' } },
      { seq: 5, at: at('05:00'), byName: '赵丽', action: 'callBack', fromStatus: 'resolved', toStatus: 'in_progress', details: { callBackId: 'b-1', method: 'phone', satisfied: false } },
    ],
    extensions: [
      {
        id: 'x-1',
        extensionType: 'special_circumstance',
        reason: '需厂家上门',
        newDueAt: at('09:30', '12'),
        customerConsentAt: null,
        consentMethod: null,
        callCentreToldAt: null,
        noticeDueAt: null,
        noticeLate: false,
        takesEffectBy: 'approval',
        limitDueAt: at('09:30', '04'),
        requestedAt: at('03:30'),
        requestedByName: '张伟',
        status: 'approved',
        decidedAt: at('04:30'),
        decidedByName: '陈志明',
        decisionNote: '同意',
      },
    ],
    callBacks: [
      {
        id: 'b-1',
        at: at('05:00'),
        byName: '赵丽',
        method: 'phone',
        resolutionAdequate: false,
        timeliness: 'satisfied',
        attitude: 'dissatisfied',
        result: 'basically_satisfied',
        otherOpinions: '夜间仍有罐车经过',
        satisfied: false,
      },
    ],
    escalations: [
      {
        id: 'e-1',
        at: at('05:00'),
        byName: null,
        reasonCode: 'callback_dissatisfied',
        note: '夜间仍有罐车经过',
        source: 'seed003 篇6 第三十条',
        notify: [{ party: { zh: '呼叫中心', en: 'Call centre' }, confirmByPhone: false, source: 'seed003 篇6 第三十八条(一)1、3、8' }],
      },
    ],
    escalationReasons: [{ code: 'callback_dissatisfied', label: { zh: '回访客户不满意', en: 'Dissatisfied at call-back' }, source: 'seed003 篇6 第三十条' }],
    actions: ['log'],
  } satisfies Partial<WorkflowDetail>,
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the detail page', () => {
  it('shows where the case stands, who has it, whom it is about, and the solution', async () => {
    await openDetail(handled, wangjg);
    expect(screen.getByTestId('detail-status').textContent).toBe('处理中');
    expect(screen.getByTestId('detail-assignee').textContent).toBe('张伟');
    expect(screen.getByTestId('detail-subject').textContent).toBe('赵丽');
    expect(screen.getByTestId('detail-escalations').textContent).toBe('1');
    expect(screen.getByTestId('detail-validity').textContent).toBe('有效');
    const facts = screen.getByTestId('complaint-detail');
    expect(facts.textContent).toContain('建议罐车改走外环路');
    expect(facts.textContent).toContain('维修班');
    const summary = screen.getByTestId('handling-summary');
    expect(summary.textContent).toContain('罐车改走外环路');
    expect(summary.textContent).toContain('2026-03-05 17:30'); // 解决时限 in site time
    expect(summary.textContent).toContain('电话');
    expect(summary.textContent).toContain('2026-03-04 16:00');
  });

  it('gives an inquiry no complaint class, only its time limits, on screen and on the printed register', async () => {
    const grade = fakeGrade({ receivedAt: sampleComplaint.receivedAt });
    await openDetail(detailOf({ ...sampleComplaint, kind: 'inquiry', grade }), wangjg);
    expect(screen.queryByTestId('grade-class')).toBeNull();
    expect(screen.getByTestId('grade-unclassed').textContent).toBe('咨询不分投诉等级，按下列时限办理。');
    expect(screen.getByTestId('deadline-resolution')).toBeTruthy();
    expect(screen.getByTestId('complaint-register-print').textContent).not.toContain('一般');
  });

  it('opens the original of a repeated complaint from its link', async () => {
    const user = userEvent.setup();
    const original = detailOf({ ...sampleComplaint, id: 'c-0', serial: 'YY42-20260215-0007' });
    const { bridge } = await openDetail(handled, wangjg, { 'complaints.get': (input: { id: string }) => (input.id === 'c-0' ? original : handled) });
    await user.click(screen.getByTestId('repeat-of-link'));
    await waitFor(() => expect(screen.getByTestId('detail-serial').textContent).toBe('YY42-20260215-0007'));
    expect(bridge.callsTo('complaints.get').at(-1)?.input).toEqual({ id: 'c-0' });
  });

  it('tells the handling log in Chinese: when, who, what, and what each step recorded', async () => {
    await openDetail(handled, wangjg);
    const events = within(screen.getByTestId('workflow-timeline')).getAllByTestId('timeline-event');
    expect(events).toHaveLength(5);
    expect(events[0]!.textContent).toContain('2026-03-01 09:32');
    expect(events[0]!.textContent).toContain('李梅');
    expect(events[0]!.textContent).toContain('登记');
    expect(events[1]!.textContent).toContain('受理并分派');
    expect(events[1]!.textContent).toContain('已登记 → 已分派');
    expect(events[1]!.textContent).toContain('张伟');
    expect(events[2]!.textContent).toContain('解决措施罐车改走外环路');
    expect(events[2]!.textContent).toContain('解决时限2026-03-05 17:30');
    expect(events[3]!.textContent).toContain('记录类型联系客户');
    expect(events[3]!.textContent).not.toContain('→'); // a log entry does not move the case
    expect(events[4]!.textContent).toContain('回访');
    expect(events[4]!.textContent).toContain('不满意，退回处理');
  });

  it('lists extensions, call-backs and escalations as tables; an escalation by the rules reads 系统', async () => {
    await openDetail(handled, wangjg);
    const extension = screen.getByTestId('extension-records');
    expect(extension.textContent).toContain('特殊情况');
    expect(extension.textContent).toContain('已批准');
    expect(extension.textContent).toContain('陈志明');
    const callBack = within(screen.getByTestId('call-back-records')).getAllByRole('row')[1]!;
    expect(within(callBack).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '2026-03-02 13:00',
      '赵丽',
      '电话',
      '否',
      '满意',
      '不满意',
      '基本满意',
      '夜间仍有罐车经过',
      '不满意，退回处理',
    ]);
    const escalation = screen.getByTestId('escalation-records');
    expect(escalation.textContent).toContain('系统');
    expect(escalation.textContent).toContain('回访客户不满意');
    // The rule that escalated it, and whom it must be told to (the pack's notification rules).
    expect(escalation.textContent).toContain('《四川**实业集团有限公司客户投诉管理办法(试行)》第三十条');
    expect(screen.getByTestId('escalation-notify').textContent).toBe('呼叫中心');
  });

  it('shows a case that ran late: the limit missed, the late plan, the delay told to the customer, and a consequence still open', async () => {
    const late = detailOf(handled, {
      ...handled.workflow,
      overdue: { limitMissedAt: at('09:30', '04'), latePlan: { at: at('02:00', '05'), byName: '张伟' }, delayExplained: { at: at('01:00', '05'), agreed: false } },
      consequences: [{ causeCode: 'attitude', articleCode: 'p5.6.3', label: { zh: '态度类和时效类投诉0容忍：罚款1000元', en: 'Zero tolerance' }, source: 'seed003 篇5 6.3', met: false }],
    });
    await openDetail(late, wangjg);
    expect(screen.getByTestId('detail-limit-missed').textContent).toContain('2026-03-04 17:30');
    expect(screen.getByTestId('detail-late-plan').textContent).toBe('张伟，2026-03-05 10:00');
    expect(screen.getByTestId('detail-delay-explained').textContent).toContain('客户未同意');
    expect(screen.getByTestId('detail-consequence').textContent).toContain('《客户投诉管理办法》6.3');
    expect(screen.getByTestId('detail-consequence').textContent).toContain('尚未登记奖惩');
  });

  it('prints an extension’s application form: the limit it replaced, the consent and the call, signature lines', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const consented = detailOf(handled, {
      ...handled.workflow,
      overdue: { limitMissedAt: at('09:30', '04'), latePlan: null, delayExplained: null },
      extensions: [
        {
          ...handled.workflow.extensions[0]!,
          extensionType: 'multi_department',
          customerConsentAt: at('03:20'),
          consentMethod: 'phone',
          callCentreToldAt: at('03:24'),
          noticeDueAt: at('03:23'),
          noticeLate: true,
          takesEffectBy: 'customer_consent',
          decidedByName: null,
          decisionNote: null,
        },
      ],
    });
    await openDetail(consented, wangjg);
    expect(screen.getByTestId('extension-notice').textContent).toContain('晚于 2026-03-02 11:23');
    await user.click(screen.getByTestId('print-extension-x-1'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body.classList.contains('printing-extension-form')).toBe(true);
    const form = screen.getByTestId('extension-form-print');
    expect(form.textContent).toContain('投诉处理延期申请表');
    expect(form.textContent).toContain('YY42-20260301-0001');
    expect(screen.getByTestId('extension-print-limit').textContent).toContain('2026-03-04 17:30');
    expect(form.textContent).toContain('涉及多部门');
    expect(form.textContent).toContain('2026-03-02 11:20　电话');
    expect(form.textContent).toContain('（应于 2026-03-02 11:23 前）');
    expect(form.textContent).toContain('客户同意');
    expect(form.textContent).toContain('分管副总裁确认签字');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-extension-form')).toBe(false);
    print.mockRestore();
  });

  it('shows the same records in English after switching language', async () => {
    await openDetail(handled, wangjg);
    await act(() => setLanguage('en'));
    expect(screen.getByTestId('detail-status').textContent).toBe('In progress');
    expect(screen.getByTestId('escalation-records').textContent).toContain('Dissatisfied at call-back');
    expect(screen.getByTestId('escalation-records').textContent).toContain('System');
    // A screen reader lists the page's parts by name: no two alike, in English too (issue 20 item 12).
    const names = screen.getAllByRole('region').map((region) => region.getAttribute('aria-label') ?? document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(names).toContain('Handling');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the printed register (客户投诉登记表)', () => {
  it('prints from the detail page with the browser’s print', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await openDetail(handled, wangjg);
    await user.click(screen.getByTestId('print-register'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('holds every part of the paper form, with signature boxes and a blank call-back row to fill in', async () => {
    await openDetail(handled, wangjg);
    const sheet = screen.getByTestId('complaint-register-print');
    const text = sheet.textContent!;
    for (const part of [
      '客户投诉登记表',
      'YY42-20260301-0001',
      '阳42井站（YY42）',
      '周桂芳',
      '138 0830 1122',
      '2026-03-01 09:30', // received
      '2026-03-01 09:32', // entered
      '井站拉运污水的罐车',
      '批评建议',
      '李梅',
      '有效',
      '维修班',
      '罐车改走外环路',
      '2026-03-05 17:30',
      '罐车已改走外环路',
      '2026-03-04 16:00',
      '夜间仍有罐车经过',
      '回访客户不满意',
      '已电话告知客户',
    ]) {
      expect(text, part).toContain(part);
    }
    const signatures = within(sheet).getByTestId('register-signatures').textContent!;
    for (const signer of ['受理人签字', '处理人签字', '审核人签字', '网点负责人签字确认', '日期']) expect(signatures).toContain(signer);
    // Paper only: hidden from screen readers, and the screen's action panel is not part of it.
    expect(sheet.getAttribute('aria-hidden')).toBe('true');
    expect(within(sheet).queryByTestId('workflow-actions')).toBeNull();
  });

  it('prints the same record as 《客户投诉记录表》 or 「客户抱怨、投诉记录单」, with that form’s boxes and signers', async () => {
    const user = userEvent.setup();
    await openDetail({ ...handled, directLoss: 1200, mediaInvolved: true }, wangjg);
    const sheet = () => screen.getByTestId('complaint-register-print');
    // The demo site follows 篇6, whose form is the 登记表.
    expect((screen.getByTestId('register-layout') as HTMLSelectElement).value).toBe('complaintRegister');

    await user.selectOptions(screen.getByTestId('register-layout'), 'complaintRecordTable');
    expect(sheet().querySelector('h1')?.textContent).toBe('客户投诉记录表');
    const table = sheet().textContent!;
    for (const part of ['重大情形', '媒体介入', '1200 元', '回访时间及客户意见', '不满意', '奖惩情况', '客服经理签字', '分管领导签字', '《客户投诉管理办法》']) {
      expect(table, part).toContain(part);
    }

    await user.selectOptions(screen.getByTestId('register-layout'), 'grievanceRecordSheet');
    expect(sheet().querySelector('h1')?.textContent).toBe('客户抱怨、投诉记录单');
    const grievance = sheet().textContent!;
    for (const part of ['批号', '是否提供实物', '审批意见', '补偿/赔偿', '纠正预防措施', '记录人签字', '品管跟踪签字', '周桂芳', '《客诉处理管理办法》']) {
      expect(grievance, part).toContain(part);
    }
    expect(grievance).not.toContain('客服经理签字');
  });

  it('leaves a blank call-back row when there is none yet', async () => {
    await openDetail(detailOf(sampleComplaint), wangjg);
    const rows = within(screen.getByTestId('register-call-backs')).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toBe('');
  });
});

describe('complaint detail: head-office remarks', () => {
  const remark = (overrides: Partial<ComplaintRemark> = {}): ComplaintRemark => ({
    remarkId: 'r1',
    version: 1,
    remark: '请三日内回访客户',
    note: '夜间排队问题多站出现',
    author: '总部客服部',
    mergedAt: at('06:00'),
    decisions: [],
    ...overrides,
  });

  it('shows 总部批注 above the facts: the text, who and when, why, and a decision the merge took', async () => {
    const taken = remark({ decisions: [{ field: 'classCode', value: 'major', outcome: 'taken', conflict: null }] });
    const { bridge } = await openDetail(handled, wangjg, { 'complaints.headOfficeRemarks': () => ({ items: [taken] }) });
    const panel = await screen.findByTestId('complaint-remarks');
    expect(bridge.callsTo('complaints.headOfficeRemarks')[0]!.input).toEqual({ id: handled.id });
    expect(within(panel).getByTestId('complaint-remark-text').textContent).toBe('请三日内回访客户');
    expect(within(panel).getByTestId('complaint-remark-meta').textContent).toBe('总部客服部 · 2026-03-02 14:00 收到');
    expect(within(panel).getByTestId('complaint-remark-note').textContent).toBe('说明：夜间排队问题多站出现');
    expect(within(panel).getByTestId('complaint-remark-decision').textContent).toBe('总部决定：投诉级别改为“重大投诉” — 已采用');
    // Prominent: before the site's own facts.
    expect(panel.compareDocumentPosition(screen.getByTestId('detail-serial')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says a decision waiting as a conflict, with a way to the sync page, and how a resolved one ended', async () => {
    const waiting = remark({ remarkId: 'r2', remark: null, author: null, note: '总部复核维持原级别', decisions: [{ field: 'classCode', value: 'ordinary', outcome: 'conflict', conflict: { id: 'k1', resolution: null, resolvedAt: null, resolvedByName: null } }] });
    const resolved = remark({ decisions: [{ field: 'classCode', value: 'major', outcome: 'conflict', conflict: { id: 'k0', resolution: 'site', resolvedAt: at('07:00'), resolvedByName: '王建国' } }] });
    const user = userEvent.setup();
    await openDetail(handled, wangjg, { 'complaints.headOfficeRemarks': () => ({ items: [waiting, resolved] }), 'sync.conflicts': () => ({ items: [] }), 'sync.remarks': () => ({ items: [] }) });
    const [open, done] = await screen.findAllByTestId('complaint-remark-decision');
    expect(open!.textContent).toBe('总部决定：投诉级别改为“一般投诉” — 与本站的修改冲突，等待站长在同步页处理 到同步页处理');
    expect(screen.getAllByTestId('complaint-remark-meta')[0]!.textContent).toBe('总部 · 2026-03-02 14:00 收到');
    expect(done!.textContent).toBe('总部决定：投诉级别改为“重大投诉” — 冲突已处理：保留本站点的值（王建国，2026-03-02 15:00）');
    expect(within(done!).queryByTestId('complaint-remark-resolve')).toBeNull();

    await user.click(within(open!).getByTestId('complaint-remark-resolve'));
    expect(await screen.findByTestId('sync-page')).toBeTruthy();
  });

  it('shows nothing for a complaint head office has not remarked on', async () => {
    const { bridge } = await openDetail(handled, wangjg);
    await waitFor(() => expect(bridge.callsTo('complaints.headOfficeRemarks')).toHaveLength(1));
    expect(screen.queryByTestId('complaint-remarks')).toBeNull();
    expect(screen.queryByText(/总部批注/)).toBeNull();
  });

  it('says so when the remarks cannot be read, and still shows the complaint', async () => {
    await openDetail(handled, wangjg, {
      'complaints.headOfficeRemarks': () => {
        throw new ApiError('CONFLICT', '总部批注暂时无法读取 / head-office remarks cannot be read now');
      },
    });
    expect((await screen.findByText('总部批注暂时无法读取')).closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByTestId('detail-serial')).toBeTruthy();
  });
});
