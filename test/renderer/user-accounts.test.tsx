import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { User } from '../../shared/api/users';
import { admin, descriptionOf, limei, renderSignedIn, wangjg } from './fixtures';

/** 设置 → 用户 as a station lead (issue 18 §1.4): the lead's rights decide what is offered; the core decides again. */
async function openUsers(user: User = wangjg, overrides = {}) {
  const ui = userEvent.setup();
  const rendered = await renderSignedIn(user, overrides);
  await ui.click(screen.getByTestId('nav-settings'));
  await screen.findByTestId('user-row-limei');
  return { ui, ...rendered };
}

describe('managing accounts (设置 → 用户)', () => {
  it('offers disabling and a PIN reset for a receiver, nothing for the head-office administrator, no disabling of oneself', async () => {
    await openUsers();
    const own = screen.getByTestId('user-row-wangjg');
    expect(own.textContent).toContain('（本人）');
    expect(within(own).queryByTestId('user-disable-wangjg')).toBeNull();
    expect(within(own).getByTestId('user-reset-wangjg')).toBeTruthy();
    expect(within(screen.getByTestId('user-row-limei')).getByTestId('user-disable-limei')).toBeTruthy();
    const above = screen.getByTestId('user-row-admin');
    expect(within(above).queryByRole('button')).toBeNull();
    expect(within(above).getByTestId('user-above-admin').textContent).toBe('该账号拥有您没有的权限，您不能更改');
  });

  it('disables a receiver after a confirmation, and enables her again', async () => {
    const { ui, bridge } = await openUsers(wangjg, {
      'users.setActive': (input: { userId: string; active: boolean }) => ({ ...limei, active: input.active }),
    });
    await ui.click(screen.getByTestId('user-disable-limei'));
    expect(bridge.callsTo('users.setActive')).toEqual([]);
    expect(screen.getByTestId('user-row-limei').textContent).toContain('确定停用 李梅？');
    await ui.click(screen.getByTestId('user-confirm-disable-limei'));
    expect((await screen.findByTestId('user-change-done')).textContent).toBe('已停用 李梅');
    expect(bridge.callsTo('users.setActive')[0]?.input).toEqual({ userId: limei.id, active: false });
    expect(screen.getByTestId('user-row-limei').textContent).toContain('已停用');
    await ui.click(screen.getByTestId('user-enable-limei'));
    expect((await screen.findByTestId('user-change-done')).textContent).toBe('已启用 李梅');
  });

  it('shows the core’s refusal in the user’s language', async () => {
    const { ui } = await openUsers(wangjg, {
      'users.setActive': () => {
        throw ApiError.because('FORBIDDEN', 'accounts.errors.accountAboveOwn', { name: '李梅' });
      },
    });
    await ui.click(screen.getByTestId('user-disable-limei'));
    await ui.click(screen.getByTestId('user-confirm-disable-limei'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('李梅 的账号拥有您没有的权限，您不能停用、启用或重设其 PIN'));
  });

  it('resets a PIN with the lead’s own PIN re-entered; a wrong own PIN is shown under its field', async () => {
    let attempts = 0;
    const { ui, bridge } = await openUsers(wangjg, {
      'users.resetSecret': () => {
        attempts += 1;
        if (attempts === 1) throw ApiError.because('VALIDATION', 'accounts.errors.ownSecretWrong', undefined, 'ownSecret');
        return limei;
      },
    });
    await ui.click(screen.getByTestId('user-reset-limei'));
    const form = screen.getByTestId('reset-secret-form');
    expect(form.textContent).toContain('为 李梅（limei）重设 PIN 或密码');
    await ui.click(within(form).getByTestId('reset-secret-submit'));
    expect(descriptionOf(within(form).getByLabelText(/^新的 PIN 或密码/))).toContain('请设置 PIN 或密码');
    expect(descriptionOf(within(form).getByLabelText(/^您自己的 PIN 或密码/))).toContain('请输入您自己的 PIN 或密码');
    expect(bridge.callsTo('users.resetSecret')).toEqual([]);

    await ui.type(within(form).getByLabelText(/^新的 PIN 或密码/), '246810');
    await ui.type(within(form).getByLabelText(/^您自己的 PIN 或密码/), '000000');
    await ui.click(within(form).getByTestId('reset-secret-submit'));
    await waitFor(() => expect(descriptionOf(within(form).getByLabelText(/^您自己的 PIN 或密码/))).toContain('您自己的 PIN 或密码不正确（计入登录失败次数）'));
    expect((within(form).getByLabelText(/^您自己的 PIN 或密码/) as HTMLInputElement).value).toBe('');

    await ui.type(within(form).getByLabelText(/^您自己的 PIN 或密码/), '123456');
    await ui.click(within(form).getByTestId('reset-secret-submit'));
    expect((await screen.findByTestId('reset-secret-done')).textContent).toBe('已为 李梅 重设 PIN 或密码');
    expect(bridge.callsTo('users.resetSecret')[1]?.input).toEqual({ userId: limei.id, secretKind: 'pin', secret: '246810', ownSecret: '123456' });
  });

  it('offers only the roles within the lead’s rights when adding a user; the others are shown greyed with why', async () => {
    await openUsers();
    const generalManager = screen.getByTestId('user-role-general_manager') as HTMLInputElement;
    expect(generalManager.disabled).toBe(true);
    expect(descriptionOf(generalManager)).toContain('只能由总部或拥有这些权限的人授予');
    expect((screen.getByTestId('user-role-head_office_admin') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('user-role-unit_head') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByTestId('user-role-station_lead') as HTMLInputElement).disabled).toBe(false);
  });

  it('offers no account actions to someone who may only read the list', async () => {
    await renderSignedIn({ ...admin, roles: ['call_centre'], secretKind: 'pin' });
    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    await screen.findByTestId('user-row-limei');
    expect(screen.queryByTestId('user-disable-limei')).toBeNull();
    expect(screen.queryByTestId('user-reset-limei')).toBeNull();
  });
});
