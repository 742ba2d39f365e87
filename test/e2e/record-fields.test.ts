import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-record-fields-');

describe('a car-dealer site records the complainant’s plate at intake (seed002 客户管理制度12 第四条 1), in Chromium', () => {
  it('the station lead profiles the site as a car dealer; the intake asks the plate, refuses a save without it at the field, and the detail shows it', async () => {
    const lead = await pageOf(e2e.browser(), (await e2e.server()).url, 'wangjg');
    await lead.getByTestId('nav-settings').click();
    await lead.getByTestId('profile-choose').selectOption('car-dealership');
    await lead.getByTestId('profile-save').click();
    await lead.getByTestId('profile-saved').waitFor();

    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('new-complaint').click();
    const plate = lead.getByTestId('record-field-licencePlate');
    await plate.waitFor();
    await lead.getByTestId('field-kind-complaint').check();
    await lead.getByTestId('field-channel').selectOption('phone');
    await lead.getByTestId('field-customerName').fill('欧阳晓芸');
    await lead.getByTestId('field-content').fill('保养后底盘异响未解决，要求免费复检。');
    await lead.getByTestId('save-complaint').click();
    await expect.poll(() => plate.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => lead.locator('#complaint-record-licencePlate-error').innerText()).toBe('请填写“投诉人车牌号”');
    await expect(lead.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('record-field-licencePlate');
    await expectAccessible(lead, 'record-fields-intake');
    await lead.screenshot({ path: e2e.screenshotPath('record-fields-intake.png'), fullPage: true });

    await plate.fill('川a 12345');
    await plate.press('Enter');
    await lead.getByTestId('complaint-detail').waitFor();
    await expect.poll(() => lead.getByTestId('detail-record-licencePlate').innerText()).toContain('川A12345');
    await expect.poll(() => lead.getByTestId('detail-record-groundsSufficient').innerText()).toContain('未填写');
    await lead.screenshot({ path: e2e.screenshotPath('record-fields-detail.png'), fullPage: true });
  }, 120_000);
});
