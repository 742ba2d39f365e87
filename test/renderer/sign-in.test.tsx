import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { App } from '../../renderer/App';
import { fakeCore, statusFor, TOKEN } from './fixtures';

describe('first run and sign-in', () => {
  it('offers demo data on first run and then shows the sign-in screen with the demo hint', async () => {
    let loaded = false;
    const bridge = fakeCore(undefined, {
      'session.status': () => (loaded ? statusFor(null) : statusFor(null, { initialised: false, site: null, signInChoices: [] })),
      'setup.loadDemo': () => {
        loaded = true;
        return { loaded: true };
      },
    });
    render(<App />);
    await userEvent.click(await screen.findByTestId('load-demo'));
    expect(bridge.callsTo('setup.loadDemo')).toHaveLength(1);
    expect(await screen.findByText('演示账号 PIN：123456，管理员 admin / branchline-demo')).toBeTruthy();
    expect(screen.getByTestId('signin-user-wangjg').textContent).toContain('站长/网点负责人');
  });

  it('holds the sign-in screen in the page’s main landmark, so “go to main” reaches it (issue 20 item 12)', async () => {
    fakeCore();
    render(<App />);
    const choice = await screen.findByTestId('signin-user-limei');
    const main = screen.getByRole('main');
    expect(main.contains(choice)).toBe(true);
    expect(within(main).getByRole('heading', { name: '登录' })).toBeTruthy();
  });

  it('signs in with a PIN, explaining mistakes in Chinese on the way', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore();
    render(<App />);

    const choice = await screen.findByTestId('signin-user-limei');
    expect(choice.textContent).toContain('李梅');
    expect(choice.textContent).toContain('受理人/坐席');
    await user.click(choice);

    // Too short: refused here, never sent (it would count as a failed sign-in).
    await user.type(screen.getByTestId('signin-secret'), '12');
    await user.click(screen.getByTestId('signin-submit'));
    expect(screen.getByText('PIN 须为 6 位数字')).toBeTruthy();
    expect(bridge.callsTo('session.signIn')).toHaveLength(0);

    await user.clear(screen.getByTestId('signin-secret'));
    await user.type(screen.getByTestId('signin-secret'), '000000');
    await user.click(screen.getByTestId('signin-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('登录名或 PIN/密码不正确，请重试。');
    // A failed sign-in is a public call: it must not look like an expired session.
    expect(screen.queryByText('登录已失效，请重新登录。')).toBeNull();

    await user.type(screen.getByTestId('signin-secret'), '123456');
    await user.click(screen.getByTestId('signin-submit'));
    expect(bridge.callsTo('session.signIn').at(-1)?.input).toEqual({ login: 'limei', secret: '123456' });
    expect((await screen.findByTestId('status-bar')).textContent).toContain('李梅');
    // From now on every call carries the session token.
    await waitFor(() => expect(bridge.callsTo('complaints.list').length).toBeGreaterThan(0));
    expect(bridge.callsTo('complaints.list')[0]?.session).toBe(TOKEN);
  });

  it('shows the rate-limit message when the core refuses further attempts', async () => {
    const user = userEvent.setup();
    fakeCore(undefined, {
      'session.signIn': () => {
        throw new ApiError('RATE_LIMITED', '登录失败次数过多 / too many failed sign-ins');
      },
    });
    render(<App />);
    await user.click(await screen.findByTestId('signin-user-limei'));
    await user.type(screen.getByTestId('signin-secret'), '123456');
    await user.click(screen.getByTestId('signin-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('登录失败次数过多，请稍后再试。');
  });

  it('says until when the login is locked, as a moment for the reader, never a raw timestamp', async () => {
    const user = userEvent.setup();
    fakeCore(undefined, {
      'session.signIn': () => {
        throw ApiError.because('RATE_LIMITED', 'signIn.errors.lockedUntil', { until: { at: '2026-11-23T06:35:00.000Z' } });
      },
    });
    render(<App />);
    await user.click(await screen.findByTestId('signin-user-limei'));
    await user.type(screen.getByTestId('signin-secret'), '123456');
    await user.click(screen.getByTestId('signin-submit'));
    const text = (await screen.findByRole('alert')).textContent!;
    expect(text).toBe('登录失败次数过多，该账号已锁定，请于 2026年11月23日 14:35 后再试。');
    expect(text).not.toContain('T06:35');
  });

  it('returns to the sign-in screen when the core says the session has expired', async () => {
    const user = userEvent.setup();
    let expired = false;
    fakeCore(undefined, {
      'complaints.list': () => {
        if (expired) throw new ApiError('UNAUTHENTICATED', '请先登录 / please sign in');
        return { items: [], total: 0, nextCursor: null };
      },
    });
    render(<App />);
    await user.click(await screen.findByTestId('signin-user-limei'));
    await user.type(screen.getByTestId('signin-secret'), '123456');
    await user.click(screen.getByTestId('signin-submit'));
    await screen.findByTestId('status-bar');

    expired = true;
    await user.click(screen.getByTestId('nav-sync'));
    await act(async () => {});
    await user.click(screen.getByTestId('nav-complaints'));
    expect(await screen.findByText('登录已失效，请重新登录。')).toBeTruthy();
    expect(screen.queryByTestId('status-bar')).toBeNull();
  });

  it('signs out from the header', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore();
    render(<App />);
    await user.click(await screen.findByTestId('signin-user-limei'));
    await user.type(screen.getByTestId('signin-secret'), '123456');
    await user.click(screen.getByTestId('signin-submit'));
    await user.click(await screen.findByTestId('sign-out'));
    expect(await screen.findByTestId('signin-user-limei')).toBeTruthy();
    expect(bridge.callsTo('session.signOut')[0]?.session).toBe(TOKEN);
  });
});
