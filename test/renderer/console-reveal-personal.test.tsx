import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RevealPersonalButton } from '../../renderer/console/screens/RevealPersonalButton';
import { useConsoleSession } from '../../renderer/console/stores/console-session-store';
import { CONSOLE_PRIVACY_PATHS } from '../../shared/sync/console-privacy-api';
import { stubConsoleServer } from './console-server-stub';

const server = stubConsoleServer();
afterEach(() => useConsoleSession.setState({ user: undefined }));

const signedIn = (personalReadFull: boolean) =>
  useConsoleSession.setState({ user: { id: 'u2', login: 'li.hq', displayName: '李总部', admin: false, personalReadFull } });

describe('console 查看完整号码', () => {
  it('asks a holder of the right for the reason, sends it, and shows the number the server answered in full', async () => {
    server.routes = {
      [`POST ${CONSOLE_PRIVACY_PATHS.reveal}`]: () => ({
        status: 200,
        json: { siteId: 's1', entity: 'complaint', id: 'c1', payload: { customerName: '王女士', customerPhone: '13812345678', content: '包裹破损' } },
      }),
    };
    signedIn(true);
    const user = userEvent.setup();
    render(<RevealPersonalButton siteId="s1" entity="complaint" id="c1" />);
    await user.click(screen.getByTestId('reveal-personal'));
    // No reason, no view: the confirm stays disabled for blank text.
    await user.type(screen.getByTestId('reveal-reason'), '   ');
    expect(screen.getByTestId('reveal-confirm')).toHaveProperty('disabled', true);
    await user.type(screen.getByTestId('reveal-reason'), '客户来电核对');
    await user.click(screen.getByTestId('reveal-confirm'));
    const shown = await screen.findByTestId('revealed-personal');
    expect(shown.textContent).toContain('客户电话');
    expect(shown.textContent).toContain('13812345678');
    expect(server.sent.find((s) => s.method === 'POST')?.body).toEqual({ siteId: 's1', entity: 'complaint', id: 'c1', reason: '客户来电核对' });
  });

  it('shows the server refusing (a right withdrawn meanwhile)', async () => {
    server.routes = { [`POST ${CONSOLE_PRIVACY_PATHS.reveal}`]: () => ({ status: 403, json: { error: { code: 'forbidden', message: '没有查看完整个人信息的权限 / you may not see personal data in full' } } }) };
    signedIn(true);
    const user = userEvent.setup();
    render(<RevealPersonalButton siteId="s1" entity="complaint" id="c1" />);
    await user.click(screen.getByTestId('reveal-personal'));
    await user.type(screen.getByTestId('reveal-reason'), '回访');
    await user.click(screen.getByTestId('reveal-confirm'));
    expect(await screen.findByText(/没有查看完整个人信息的权限/)).toBeTruthy();
    expect(screen.queryByTestId('revealed-personal')).toBeNull();
  });

  it('offers nothing to a staff member without the right', () => {
    signedIn(false);
    render(<RevealPersonalButton siteId="s1" entity="complaint" id="c1" />);
    expect(screen.queryByTestId('reveal-personal')).toBeNull();
  });
});
