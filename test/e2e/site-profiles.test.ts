import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../shared/profiles';
import { tempDir } from '../support/temp-core';
import { startServer } from './support/browser-mode';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-profiles-');

/** The template cards of the checklist menu, in the order shown. */
async function menu(page: import('playwright-core').Page): Promise<string[]> {
  await page.getByTestId('nav-checklists').click();
  await page.getByTestId('checklist-templates').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('[data-testid="checklist-templates"] li[data-testid^="template-"]') || document.querySelector('[data-testid="checklists-none"]'));
  return page.getByTestId('checklist-templates').locator('li[data-testid^="template-"]').evaluateAll((items) => items.map((li) => (li.getAttribute('data-testid') ?? '').replace(/^template-/, '')));
}

describe('each demo site offers only its own organisation’s forms (issue 17 §1.3), in Chromium', () => {
  it('the well station lists its H2S measurement; the service centre its duty forms and no H2S; the bank outlet none, and says why', async () => {
    const station = await pageOf(e2e.browser(), (await e2e.server()).url, 'wangjg');
    const stationMenu = await menu(station);
    expect([...stationMenu].sort()).toEqual([...findShippedProfile('well-station')!.templates].sort());
    expect(stationMenu).toContain('well.h2s-measurement');

    const centreServer = await startServer(tempDir('branchline-e2e-service-centre-'), ['--demo', 'service-centre']);
    const bankServer = await startServer(tempDir('branchline-e2e-bank-outlet-'), ['--demo', 'bank-outlet']);
    try {
      const centre = await pageOf(e2e.browser(), centreServer.url, 'hanxue');
      const centreMenu = await menu(centre);
      expect([...centreMenu].sort()).toEqual(['service.csr-onsite-check', 'service.handover-log', 'service.shift-swap-register']);
      expect(centreMenu).not.toContain('well.h2s-measurement');
      await centre.getByTestId('start-service.csr-onsite-check').click();
      await expect.poll(() => centre.getByTestId('checklist-title').innerText()).toBe('客服部值班、交接班与现场纪律检查表');
      await centre.screenshot({ path: e2e.screenshotPath('profiles-service-centre.png'), fullPage: true });

      const bank = await pageOf(e2e.browser(), bankServer.url, 'zhoumin');
      expect(await menu(bank)).toEqual([]);
      await expect.poll(() => bank.getByTestId('checklists-none').innerText()).toContain('没有检查表或台帐');
      await bank.getByTestId('nav-settings').click();
      await expect.poll(() => bank.getByTestId('profile-current').getAttribute('data-profile')).toBe('bank-outlet');
      await expect.poll(() => bank.getByTestId('profile-current').innerText()).toContain('营业网点客户投诉处理规范');
      await bank.screenshot({ path: e2e.screenshotPath('profiles-bank-outlet-settings.png'), fullPage: true });
    } finally {
      await centreServer.stop();
      await bankServer.stop();
    }
  }, 120_000);
});
