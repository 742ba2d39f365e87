import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccessEntry } from '../../shared/api/privacy';
import { limei, renderSignedIn, wangjg } from './fixtures';

/* Issue 19 §4: 设置 → 个人信息访问登记, for the station lead, with filters. */

const entries: AccessEntry[] = [
  { id: 'a-3', at: '2026-11-23T04:00:00.000Z', userId: wangjg.id, userName: '王建国', action: 'delete', subject: 'customer: phone, address', recordId: 'k-zhou', rowCount: null, reason: null, place: '阳42井站（YY42） pc-1' },
  { id: 'a-2', at: '2026-11-23T03:00:00.000Z', userId: wangjg.id, userName: '王建国', action: 'reveal', subject: 'customer', recordId: 'k-zhou', rowCount: null, reason: '回访客户核实扣款', place: '阳42井站（YY42） pc-1' },
  { id: 'a-1', at: '2026-11-23T02:00:00.000Z', userId: limei.id, userName: '李梅', action: 'export', subject: '投诉统计-2026-11.xlsx', recordId: null, rowCount: 37, reason: '月度通报', place: '阳42井站（YY42） pc-2' },
];

describe('个人信息访问登记', () => {
  it('lists views and exports with who, what, rows, why and where, and asks the core again with the filters', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, { 'users.list': () => [wangjg, limei], 'privacy.accessLog': () => entries });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('access-log');
    const rows = await within(panel).findAllByTestId('access-log-entry');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('王建国删除个人信息客户档案：电话、地址'),
      expect.stringContaining('王建国查看完整信息客户档案回访客户核实扣款阳42井站（YY42） pc-1'),
      expect.stringContaining('李梅批量导出投诉统计-2026-11.xlsx37月度通报'),
    ]);
    expect(bridge.callsTo('privacy.accessLog')[0]?.input).toEqual({});

    await user.selectOptions(within(panel).getByTestId('access-log-action'), 'export');
    await waitFor(() => expect(within(panel).getByTestId('access-log-user').querySelectorAll('option')).toHaveLength(3));
    await user.selectOptions(within(panel).getByTestId('access-log-user'), limei.id);
    await user.type(within(panel).getByTestId('access-log-from'), '2026-11-01');
    await user.click(within(panel).getByTestId('access-log-apply'));
    await waitFor(() => expect(bridge.callsTo('privacy.accessLog')).toHaveLength(2));
    expect(bridge.callsTo('privacy.accessLog')[1]?.input).toEqual({ action: 'export', userId: limei.id, from: '2026-11-01' });
  });

  it('names a destruction batch and a subject-access export in words', async () => {
    const more: AccessEntry[] = [
      { id: 'a-5', at: '2026-11-23T06:00:00.000Z', userId: wangjg.id, userName: '王建国', action: 'delete', subject: 'destruction', recordId: 'b-1', rowCount: 3, reason: '保存期满', place: 'pc-1' },
      { id: 'a-4', at: '2026-11-23T05:00:00.000Z', userId: wangjg.id, userName: '王建国', action: 'export', subject: 'subjectAccess', recordId: 'k-zhou', rowCount: 6, reason: '客户本人申请', place: 'pc-1' },
    ];
    await renderSignedIn(wangjg, { 'users.list': () => [wangjg], 'privacy.accessLog': () => more });
    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    const rows = await within(await screen.findByTestId('access-log')).findAllByTestId('access-log-entry');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('删除个人信息保存期满集中销毁（批次）3保存期满'), expect.stringContaining('批量导出客户本人信息查阅导出6客户本人申请')]);
  });

  it('is not shown to a receiver', async () => {
    const { bridge } = await renderSignedIn(limei);
    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    await screen.findByRole('heading', { name: '设置' });
    expect(screen.queryByTestId('access-log')).toBeNull();
    expect(bridge.callsTo('privacy.accessLog')).toHaveLength(0);
  });
});
