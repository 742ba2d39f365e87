import { describe, expect, it } from 'vitest';
import { startServer } from './support/browser-mode';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-pack-setup-');

describe('a site set up on another organisation’s rules, end to end', () => {
  it('picks the parts maker’s pack at setup; the form asks its facts; the third complaint of one problem this month is serious', async () => {
    const server = await startServer(e2e.dataDir, []); // an empty store: the welcome screen
    try {
      const page = await e2e.browser().newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(server.url);

      await page.getByTestId('start-initialise').click();
      // The organisation first (issue 17): the parts maker's profile chooses its pack.
      await page.waitForFunction(() => ((document.querySelector('[data-testid="setup-profile"]') as HTMLSelectElement | null)?.options.length ?? 0) >= 20);
      await page.getByTestId('setup-profile').selectOption('parts-maker');
      const packs = page.getByTestId('setup-rulePack');
      await page.waitForFunction(() => ((document.querySelector('[data-testid="setup-rulePack"]') as HTMLSelectElement | null)?.options.length ?? 0) >= 20);
      await expect.poll(() => packs.locator('option[value="seed004-i-parts-maker"]').innerText()).toContain('《客诉程度判定标准预案》');
      await expect.poll(() => packs.inputValue()).toBe('seed004-i-parts-maker');
      await page.locator('#site-code').fill('PM01');
      await page.locator('#site-name').fill('某零部件厂质量部');
      await page.locator('#site-organisation').fill('某零部件厂');
      await page.locator('#admin-displayName').fill('孙站长');
      await page.locator('#admin-secret').fill('correct horse');
      await page.locator('form button[type="submit"]').click();
      await page.getByTestId('status-bar').waitFor();

      const fileComplaint = async (defectivePercent: string, save: boolean) => {
        await page.getByTestId('nav-complaints').click();
        await page.getByTestId('new-complaint').click();
        await page.getByTestId('field-kind-complaint').check();
        await page.getByTestId('field-channel').selectOption('phone');
        await page.getByTestId('field-customerName').fill('某主机厂采购部');
        await page.getByTestId('field-content').fill('装配线反馈齿轮异响。');
        await page.getByTestId('field-defectiveShare').fill(defectivePercent);
        await page.getByTestId('field-problemCode').fill('GEAR-NOISE');
        if (save) {
          await page.getByTestId('save-complaint').click();
          await page.getByTestId('complaint-detail').waitFor();
        }
      };
      const classIs = (label: string) => page.waitForFunction((l) => document.querySelector('[data-testid="grade-class"]')?.textContent === l, label);

      await fileComplaint('12', false);
      await classIs('一般程度客诉');
      await page.getByTestId('field-defectiveShare').fill('30');
      await classIs('批量程度客诉'); // 30%以上: 30 itself counts
      await page.getByTestId('field-defectiveShare').fill('12');
      await classIs('一般程度客诉');
      await page.getByTestId('save-complaint').click();
      await page.getByTestId('complaint-detail').waitFor();

      await fileComplaint('5', true);
      await fileComplaint('5', false);
      await classIs('严重程度客诉'); // the third GEAR-NOISE this month
      const repeat = page.getByTestId('grade-criterion-serious.repeat-this-month');
      await expect.poll(() => repeat.getAttribute('data-fired')).toBe('true');
      await expect.poll(() => repeat.innerText()).toContain('本月同一问题次数 3 ≥ 3');
      await page.getByTestId('pack-facts').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: e2e.screenshotPath('pack-facts-form.png') });
      await page.getByTestId('save-complaint').click();
      const detail = page.getByTestId('complaint-detail');
      await detail.waitFor();
      await expect.poll(() => detail.getByTestId('grade-class').innerText()).toBe('严重程度客诉');
      expect(pageErrors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
