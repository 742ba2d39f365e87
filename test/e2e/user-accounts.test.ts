import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-accounts-');

/** Tries a sign-in through the screen; true when it reached the app. */
async function signsIn(page: Page, login: string, secret: string): Promise<boolean> {
  await page.reload();
  // The list of people comes from the core after the page is drawn: wait for it before asking who is on it
  // (on a busy machine a bare count ran before the list and read 0).
  await page.locator('[data-testid^="signin-user-"]').first().waitFor();
  if (!(await page.getByTestId(`signin-user-${login}`).count())) return false; // a disabled account is not offered
  await page.getByTestId(`signin-user-${login}`).click();
  await page.getByTestId('signin-secret').fill(secret);
  await page.getByTestId('signin-submit').click();
  await page.locator('[data-testid="status-bar"], [role="alert"]').first().waitFor();
  return (await page.getByTestId('status-bar').count()) > 0;
}

describe('设置 → 用户 (issue 18 §1.4)', () => {
  it('a station lead disables and enables a receiver, resets her PIN with his own, and can do nothing to the head-office administrator', async () => {
    const server = await e2e.server();
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await lead.getByTestId('nav-settings').click();
    await expect.poll(() => lead.getByTestId('user-above-admin').innerText()).toBe('该账号拥有您没有的权限，您不能更改');
    await expect(lead.getByTestId('user-role-general_manager').isDisabled()).resolves.toBe(true);

    await lead.getByTestId('user-disable-limei').click();
    await lead.getByTestId('user-confirm-disable-limei').click();
    await expect.poll(() => lead.getByTestId('user-change-done').innerText()).toBe('已停用 李梅');
    const counter = await e2e.browser().newPage();
    await counter.goto(server.url);
    expect(await signsIn(counter, 'limei', '123456')).toBe(false);

    await lead.getByTestId('user-enable-limei').click();
    await expect.poll(() => lead.getByTestId('user-change-done').innerText()).toBe('已启用 李梅');
    await lead.getByTestId('user-reset-limei').click();
    const form = lead.getByTestId('reset-secret-form');
    await form.locator('#reset-secret').fill('246810');
    await form.locator('#reset-ownSecret').fill('000000');
    await form.getByTestId('reset-secret-submit').click();
    await form.getByText('您自己的 PIN 或密码不正确（计入登录失败次数）').waitFor();
    await form.locator('#reset-ownSecret').fill('123456');
    await form.getByTestId('reset-secret-submit').click();
    await expect.poll(() => lead.getByTestId('reset-secret-done').innerText()).toBe('已为 李梅 重设 PIN 或密码');

    expect(await signsIn(counter, 'limei', '123456')).toBe(false);
    expect(await signsIn(counter, 'limei', '246810')).toBe(true);
  });
});
