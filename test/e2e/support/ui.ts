import type { Page } from 'playwright-core';

/** Signs in a demo user through the sign-in screen (all demo users have PIN 123456). */
export async function signIn(page: Page, login = 'limei', secret = '123456'): Promise<void> {
  await page.getByTestId(`signin-user-${login}`).click();
  await page.getByTestId('signin-secret').fill(secret);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('status-bar').waitFor();
}
