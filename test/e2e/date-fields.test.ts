import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { tempDir } from '../support/temp-core';
import { startServer, type RunningServer } from './support/browser-mode';
import { failOnInternalIds } from './support/internal-ids';
import { signIn } from './support/ui';

/**
 * Issue 20 item 8: date inputs show 年/月/日 in Chinese whatever the
 * operating system's locale. Chromium runs in English (`--lang=en-US`, an
 * en-US context), where a native `<input type="date">` would show mm/dd/yyyy.
 */
describe('date fields on an English system', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found: apt-get install chromium fonts-noto-cjk (or set BRANCHLINE_CHROMIUM)');
    browser = failOnInternalIds(await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--lang=en-US'], headless: true }));
    server = await startServer(tempDir('branchline-e2e-dates-'));
  });
  afterAll(async () => {
    await server?.stop();
    await browser?.close();
  });

  it('shows 年/月/日 in the Chinese UI and year/month/day in the English UI, and takes a typed time', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    await expect(page.evaluate(() => navigator.language)).resolves.toBe('en-US');
    await signIn(page, 'limei');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('new-complaint').click();
    const receivedAt = page.getByTestId('field-receivedAt');
    await receivedAt.waitFor();

    // No native date control left anywhere on the form: each would follow the system's locale.
    await expect.poll(() => page.locator('input[type="date"], input[type="datetime-local"]').count()).toBe(0);
    await expect.poll(() => receivedAt.getAttribute('placeholder')).toBe('年/月/日 时:分');
    await expect.poll(() => page.getByTestId('field-receivedAt-format').innerText()).toContain('格式：年/月/日 时:分');
    // The form starts at "received now", shown as year/month/day.
    await expect.poll(() => receivedAt.inputValue()).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);

    await receivedAt.fill('');
    await receivedAt.pressSequentially('2026年3月5日 14:30');
    await receivedAt.press('Tab');
    await expect.poll(() => receivedAt.inputValue()).toBe('2026/03/05 14:30');
    await expect.poll(() => receivedAt.getAttribute('aria-invalid')).toBeNull();

    await receivedAt.fill('3/5/2026');
    await receivedAt.press('Tab');
    await expect.poll(() => receivedAt.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByTestId('field-receivedAt-format').innerText()).toContain('请按 年/月/日 填写');

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => receivedAt.getAttribute('placeholder')).toBe('yyyy/mm/dd hh:mm');
    await receivedAt.fill('2026/03/05 14:30');
    await receivedAt.press('Tab');
    await expect.poll(() => page.getByTestId('field-receivedAt-format').innerText()).toContain('Format: year/month/day hour:minute');
    await context.close();
  });
});
