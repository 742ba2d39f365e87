import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Signs in a demo user through the sign-in screen (all demo users have PIN 123456). */
export async function signIn(page: Page, login = 'limei', secret = '123456'): Promise<void> {
  await page.getByTestId(`signin-user-${login}`).click();
  await page.getByTestId('signin-secret').fill(secret);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('status-bar').waitFor();
}

/** A signed-in page of one person, each in its own browser context (as on separate counter PCs); a page error fails the test. */
export async function pageOf(browser: Browser, url: string, login: string, secret = '123456'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await signIn(page, login, secret);
  return page;
}

/** Opens a record through the register's search, as a person would with the serial read out on the phone. */
export async function openBySerial(page: Page, serial: string): Promise<void> {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('complaint-search').fill(serial);
  const row = page.getByTestId('complaint-row').filter({ hasText: serial });
  await row.waitFor();
  await row.click();
  await expect.poll(() => page.getByTestId('detail-serial').innerText()).toBe(serial);
}

/** The steps that cannot be taken back, which ask once before they are sent (issue 20 item 2). */
const ASKED_FIRST = new Set(['markInvalid', 'callBack', 'close']);

/** Answers the question a step that cannot be taken back asks, as a person would: reads it, then confirms. */
export async function confirmIfAsked(page: Page, action: string): Promise<void> {
  if (!ASKED_FIRST.has(action)) return;
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('confirm-dialog-cancel');
  await dialog.getByTestId('confirm-dialog-confirm').click();
}

/** Takes one workflow step through its form: open it, fill it, submit (confirming a step that asks); with `confirm`, wait for 已完成. */
export async function act(page: Page, action: string, fill: (form: Locator) => Promise<void>, options: { confirm?: boolean } = { confirm: true }): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`action-form-${action}`);
  await form.waitFor();
  await fill(form);
  await form.getByTestId('action-submit').click();
  await confirmIfAsked(page, action);
  if (options.confirm) await page.getByTestId('action-done').waitFor();
}
