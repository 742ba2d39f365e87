import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** The head-office staff account the console specs create (`server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, CONSOLE_STAFF)`). */
export const CONSOLE_STAFF = { login: 'zhang.hq', displayName: '张总部', password: 'head-office-2026' };

/** The console's sign-in page in a browser context of its own (1366 px, Chinese unless told otherwise); a page error fails the test. */
export async function openConsole(browser: Browser, serverUrl: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${serverUrl}/console/`);
  return page;
}

/** Fills the sign-in form and sends it; what head office answers is the caller's to check. */
export async function submitConsoleSignIn(page: Page, login: string, password: string): Promise<void> {
  await page.locator('#console-login').fill(login);
  await page.locator('#console-password').fill(password);
  await page.getByTestId('console-sign-in').click();
}

/** Signs in and waits for the overview the console opens on (issue 20 item 13). */
export async function signInToConsole(page: Page, staff: { login: string; password: string } = CONSOLE_STAFF): Promise<void> {
  await submitConsoleSignIn(page, staff.login, staff.password);
  await page.getByTestId('console-overview').waitFor();
}
