import { describe, expect, it } from 'vitest';
import { useBrowserMode } from './support/use-browser-mode';
import { pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-layout-');

/** The register's columns, as wide as they are drawn, against the box that holds them. */
const tableFit = () =>
  document.querySelector('.table-wrap') ? { box: document.querySelector('.table-wrap')!.clientWidth, table: document.querySelector('.table-wrap')!.scrollWidth } : null;

describe('the work list at 1366 px (issue 20 item 11)', () => {
  it('fits without scrolling sideways in Chinese and in English, every column in view, the nav on one line each', async () => {
    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');
    await page.getByTestId('complaint-row').first().waitFor();
    for (const language of ['zh-CN', 'en']) {
      if (language === 'en') {
        await page.getByTestId('lang-toggle').click();
        await expect.poll(() => page.locator('thead th').first().innerText()).toBe('Serial / received');
      }
      const fit = await page.evaluate(tableFit);
      expect(fit, language).not.toBeNull();
      expect(fit!.table, language).toBeLessThanOrEqual(fit!.box);
      const due = await page.locator('thead th').last().boundingBox();
      expect(due!.x + due!.width, language).toBeLessThanOrEqual(1366);
      // The unread count stays on its label's line: the 通知 / Notifications entry is as tall as the others.
      const notifications = await page.getByTestId('nav-notifications').boundingBox();
      const complaints = await page.getByTestId('nav-complaints').boundingBox();
      expect(notifications!.height, language).toBe(complaints!.height);
    }
    await page.screenshot({ path: e2e.screenshotPath('work-list-en-1366.png') });
  });

  it('opens a case at its top and brings the register back at the row the person was reading', async () => {
    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');
    await page.setViewportSize({ width: 1366, height: 600 });
    await page.getByTestId('complaint-row').nth(5).waitFor();
    const content = page.locator('main.content');
    await content.evaluate((element) => element.scrollTo(0, 320));
    await expect.poll(() => content.evaluate((element) => element.scrollTop)).toBe(320);
    await page.getByTestId('complaint-row').nth(5).locator('button.serial').click();
    await page.getByTestId('complaint-detail').waitFor();
    expect(await content.evaluate((element) => element.scrollTop)).toBe(0);
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('complaint-row').nth(5).waitFor();
    await expect.poll(() => content.evaluate((element) => element.scrollTop)).toBe(320);
  });
});
