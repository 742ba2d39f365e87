import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StaffScreen } from '../../renderer/console/screens/StaffScreen';
import { useConsoleSession } from '../../renderer/console/stores/console-session-store';
import { useStaffStore } from '../../renderer/console/stores/staff-store';
import { CONSOLE_PATHS, type StaffAccount } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS } from '../../shared/sync/console-lists-api';
import { stubConsoleServer } from './console-server-stub';
import { descriptionOf } from './fixtures';

const server = stubConsoleServer();
afterEach(() => {
  useStaffStore.setState({ accounts: null, query: { offset: 0 }, total: 0, error: null });
  useConsoleSession.setState({ user: undefined });
});

const me: StaffAccount = { id: 'u1', login: 'zhang.hq', displayName: '张总部', admin: true, personalReadFull: false, createdAt: '2026-11-01T00:00:00.000Z', disabledAt: null };
const li: StaffAccount = { id: 'u2', login: 'li.hq', displayName: '李总部', admin: false, personalReadFull: false, createdAt: '2026-11-02T00:00:00.000Z', disabledAt: null };

describe('console staff accounts screen', () => {
  it('creates an account after checking the fields, disables another after confirming, and offers no disabling of oneself', async () => {
    let accounts = [me];
    server.routes = {
      [`GET ${CONSOLE_LIST_PATHS.staff}?offset=0&limit=50`]: () => ({ status: 200, json: { rows: accounts, total: accounts.length, offset: 0, limit: 50 } }),
      [`POST ${CONSOLE_PATHS.staff}`]: () => {
        accounts = [li, me];
        return { status: 201, json: { account: li } };
      },
      [`POST ${CONSOLE_PATHS.staffAccess('u2')}`]: () => {
        accounts = [{ ...li, disabledAt: '2026-11-23T08:00:00.000Z' }, me];
        return { status: 200, json: { account: accounts[0] } };
      },
    };
    useConsoleSession.setState({ user: { id: me.id, login: me.login, displayName: me.displayName, admin: true, personalReadFull: false } });
    const user = userEvent.setup();
    render(<StaffScreen />);
    const own = await screen.findByTestId('staff-zhang.hq');
    expect(own.textContent).toContain('（本人）');
    expect(within(own).queryByTestId('staff-disable')).toBeNull();

    await user.type(screen.getByLabelText(/^登录名/), 'Li HQ');
    await user.type(screen.getByLabelText(/^初始密码/), 'short');
    await user.click(screen.getByTestId('create-staff'));
    expect(descriptionOf(screen.getByLabelText(/^登录名/))).toContain('登录名为 2–32 位小写字母、数字或 . _ -');
    expect(descriptionOf(screen.getByLabelText(/^姓名/))).toContain('请填写姓名');
    expect(descriptionOf(screen.getByLabelText(/^初始密码/))).toContain('密码至少 10 位');
    expect(server.sent.filter((s) => s.method === 'POST')).toEqual([]);

    await user.clear(screen.getByLabelText(/^登录名/));
    await user.type(screen.getByLabelText(/^登录名/), 'li.hq');
    await user.type(screen.getByLabelText(/^姓名/), '李总部');
    await user.clear(screen.getByLabelText(/^初始密码/));
    await user.type(screen.getByLabelText(/^初始密码/), 'li-password-2026');
    await user.click(screen.getByTestId('create-staff'));
    expect((await screen.findByTestId('staff-created')).textContent).toBe('已创建账号 li.hq');
    expect(server.sent.find((s) => s.method === 'POST')!.body).toEqual({ login: 'li.hq', displayName: '李总部', password: 'li-password-2026', admin: false });

    const row = await screen.findByTestId('staff-li.hq');
    await user.click(within(row).getByTestId('staff-disable'));
    expect(screen.getByTestId('disable-staff-dialog').textContent).toContain('停用 李总部（li.hq）？');
    await user.click(screen.getByTestId('confirm-disable-staff'));
    await waitFor(() => expect(within(screen.getByTestId('staff-li.hq')).getByTestId('staff-state').textContent).toMatch(/^已停用/));
    expect(server.sent.filter((s) => s.path === CONSOLE_PATHS.staffAccess('u2'))).toEqual([{ method: 'POST', path: CONSOLE_PATHS.staffAccess('u2'), body: { active: false } }]);
  });

  it('an administrator grants another account the right to see personal data in full, never their own', async () => {
    let accounts = [li, me];
    server.routes = {
      [`GET ${CONSOLE_LIST_PATHS.staff}?offset=0&limit=50`]: () => ({ status: 200, json: { rows: accounts, total: accounts.length, offset: 0, limit: 50 } }),
      [`POST ${CONSOLE_PATHS.staffAccess('u2')}`]: () => {
        accounts = [{ ...li, personalReadFull: true }, me];
        return { status: 200, json: { account: accounts[0] } };
      },
    };
    useConsoleSession.setState({ user: { id: me.id, login: me.login, displayName: me.displayName, admin: true, personalReadFull: false } });
    const user = userEvent.setup();
    render(<StaffScreen />);
    expect(within(await screen.findByTestId('staff-zhang.hq')).queryByTestId('staff-toggle-personal')).toBeNull();
    const row = screen.getByTestId('staff-li.hq');
    expect(within(row).getByTestId('staff-role').textContent).not.toContain('可查看完整个人信息');
    await user.click(within(row).getByTestId('staff-toggle-personal'));
    await waitFor(() => expect(within(screen.getByTestId('staff-li.hq')).getByTestId('staff-role').textContent).toContain('可查看完整个人信息'));
    expect(within(screen.getByTestId('staff-li.hq')).getByTestId('staff-toggle-personal').textContent).toBe('取消查看完整个人信息');
    expect(server.sent.filter((s) => s.method === 'POST')).toEqual([{ method: 'POST', path: CONSOLE_PATHS.staffAccess('u2'), body: { personalReadFull: true } }]);
  });
});
