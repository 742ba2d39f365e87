import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RouteView } from '../../shared/api/procedure';
import { ApiError } from '../../shared/api/errors';
import { detailOf, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

const leader = { zh: '本单位分管领导', en: 'Unit’s leader in charge' };
const route = (given: RouteView['approvals'][number]['given'], mayGive: boolean): RouteView => ({
  classCode: 'general',
  steps: [
    { step: 'handle', roles: [{ zh: '相关部门（责任部门）', en: 'Department' }, { zh: '本部门负责人', en: 'Head of the department' }], source: 'seed001 S10 三.2', choice: null },
    { step: 'approve', roles: [leader], source: 'seed001 S10 三.3(2)', choice: null },
  ],
  approvals: [{ step: 'approve', before: 'reply', roles: [leader], source: 'seed001 S10 三.3(2)', given, mayGive, joint: null }],
});

describe('the case’s route (本案流程)', () => {
  it('shows who takes each step and the approval the reply waits for, and the holder gives it', async () => {
    const user = userEvent.setup();
    let detail = detailOf(sampleComplaint, { route: route(null, true) });
    const { bridge } = await openDetail(detail, wangjg, {
      'complaints.get': () => detail,
      'procedure.approveStep': () => {
        detail = detailOf(
          { ...sampleComplaint, version: sampleComplaint.version + 1 },
          {
            route: route({ byName: '王建国', at: '2026-11-23T02:30:00.000Z' }, false),
            events: [{ seq: 1, at: '2026-11-23T02:30:00.000Z', byName: '王建国', action: 'procedure.approve', fromStatus: 'in_progress', toStatus: 'in_progress', details: { step: 'approve', classCode: 'general', note: '同意退换' } }],
          },
        );
        return { complaintId: detail.id, version: detail.version };
      },
    });
    const panel = await screen.findByTestId('route-panel');
    expect(panel.textContent).toContain('处理并答复');
    expect(panel.textContent).toContain('相关部门（责任部门） 或 本部门负责人');
    expect(within(panel).getByTestId('route-approval-approve').textContent).toContain('待 本单位分管领导 审批（答复客户前）');
    await user.click(within(panel).getByTestId('route-give-approve'));
    await waitFor(() => expect(within(screen.getByTestId('route-panel')).getByTestId('route-approval-approve').textContent).toContain('王建国 已于'));
    expect(bridge.callsTo('procedure.approveStep')[0]?.input).toEqual({ complaintId: sampleComplaint.id, version: sampleComplaint.version, step: 'approve' });
    expect(within(screen.getByTestId('route-panel')).queryByTestId('route-give-approve')).toBeNull();
    // The handling log words the approval by its step, not by its code.
    const logged = within(screen.getByTestId('workflow-timeline')).getByTestId('timeline-event');
    expect(logged.textContent).toContain('审批（本案流程）');
    expect(logged.textContent).toContain('同意退换');
    expect(logged.textContent).not.toContain('procedure.approve');
  });

  it('says an approval is awaited before the hand-over to the handling department (seed003 篇1 4.4 经批准后…传递到责任部门)', async () => {
    const superior = { zh: '直属上级', en: 'Direct superior' };
    const routed: RouteView = {
      classCode: 'A',
      steps: [{ step: 'approve', roles: [superior], source: 'seed003 篇1 4.4, 7.1, 7.2', choice: null }],
      approvals: [{ step: 'approve', before: 'handOver', roles: [superior], source: 'seed003 篇1 4.4, 7.1, 7.2', given: null, mayGive: false, joint: null }],
    };
    await openDetail(detailOf(sampleComplaint, { route: routed }), wangjg, {});
    const panel = await screen.findByTestId('route-panel');
    expect(within(panel).getByTestId('route-approval-approve').textContent).toContain('待 直属上级 审批（移交处理部门前）');
  });

  it('shows a joint approval half given as 1/2 with who gave it, naming the posts with 和, and both names once the second gives it (seed002 客户管理制度8 具体内容7)', async () => {
    const user = userEvent.setup();
    const parties = [{ zh: '发展商客户服务部', en: 'Developer customer service' }, { zh: '客户中心前台', en: 'Customer centre front desk' }];
    const first = { byName: '赵丽', at: '2026-11-23T02:30:00.000Z' };
    const second = { byName: '李梅', at: '2026-11-23T03:00:00.000Z' };
    const verify = (givenBy: (typeof first)[], mayGive: boolean): RouteView => ({
      classCode: 'major',
      steps: [{ step: 'review', roles: parties, source: 'seed002 客户管理制度8 具体内容7', choice: null }],
      approvals: [{ step: 'review', before: 'close', roles: parties, source: 'seed002 客户管理制度8 具体内容7', given: givenBy.length === 2 ? second : null, mayGive, joint: { of: 2, givenBy } }],
    });
    let detail = detailOf(sampleComplaint, { route: verify([first], true) });
    await openDetail(detail, wangjg, {
      'complaints.get': () => detail,
      'procedure.approveStep': () => {
        detail = detailOf({ ...sampleComplaint, version: sampleComplaint.version + 1 }, { route: verify([first, second], false) });
        return { complaintId: detail.id, version: detail.version };
      },
    });
    const panel = await screen.findByTestId('route-panel');
    expect(panel.textContent).toContain('发展商客户服务部 和 客户中心前台');
    const line = within(panel).getByTestId('route-approval-review');
    expect(within(line).getByTestId('route-partly-review').textContent).toBe('已会签 1/2（赵丽），');
    expect(line.textContent).toContain('待 发展商客户服务部 和 客户中心前台 审核（结案前）');
    await user.click(within(line).getByTestId('route-give-review'));
    await waitFor(() => expect(within(screen.getByTestId('route-panel')).getByTestId('route-approval-review').textContent).toContain('赵丽、李梅 已于'));
    expect(within(screen.getByTestId('route-panel')).queryByTestId('route-partly-review')).toBeNull();
  });

  it('says who may when the core refuses', async () => {
    const user = userEvent.setup();
    await openDetail(detailOf(sampleComplaint, { route: route(null, true) }), wangjg, {
      'procedure.approveStep': () => {
        throw ApiError.because('FORBIDDEN', 'procedure.errors.wrongRole', { stepZh: '审批', stepEn: 'approve', rolesZh: '本单位分管领导', rolesEn: 'Unit’s leader in charge', source: 'seed001 S10 三.3(2)' });
      },
    });
    const panel = await screen.findByTestId('route-panel');
    await user.click(within(panel).getByTestId('route-give-approve'));
    await waitFor(() => expect(panel.textContent).toContain('此步骤（审批）须由 本单位分管领导 办理'));
  });

  it('is absent where the site runs no route', async () => {
    await openDetail(detailOf(sampleComplaint, { route: null }), wangjg);
    expect(screen.queryByTestId('route-panel')).toBeNull();
  });
});
