import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-heat-stoppage-');

/** A moment in the site's zone, `hours` before now, as the date field takes it (yyyy-mm-dd hh:mm). */
function shanghaiAgo(hours: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

describe('a heat-supply site records a stoppage, its notice and a room temperature (seed002 客户管理制度11 九(三), 七(一)), in Chromium', () => {
  it('the station lead profiles the site; on a complaint the app computes that 9 hours off needs a notice, records it, and judges a reading by its hour', async () => {
    const lead = await pageOf(e2e.browser(), (await e2e.server()).url, 'wangjg');
    await lead.getByTestId('nav-settings').click();
    await lead.getByTestId('profile-choose').selectOption('heat-supply');
    await lead.getByTestId('profile-save').click();
    await lead.getByTestId('profile-saved').waitFor();

    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('new-complaint').click();
    await lead.getByTestId('field-kind-complaint').check();
    await lead.getByTestId('field-channel').selectOption('phone');
    await lead.getByTestId('field-customerName').fill('欧阳晓芸');
    await lead.getByTestId('field-content').fill('小区昨夜起停热，家里冰凉，无人通知。');
    await lead.getByTestId('save-complaint').click();
    await lead.getByTestId('complaint-detail').waitFor();

    const panel = lead.getByTestId('heat-supply-panel');
    await panel.getByTestId('heat-stoppage-new').click();
    await panel.getByTestId('act-stoppedAt').fill(shanghaiAgo(10));
    await panel.getByTestId('act-restoredAt').fill(shanghaiAgo(1));
    await panel.getByTestId('heat-stoppage-save').click();
    await expect.poll(() => panel.getByTestId('heat-stoppage').innerText()).toContain('共 9 小时 0 分');
    await expect.poll(() => panel.getByTestId('heat-stoppage-judgement').innerText()).toContain('应通知用户或进行公告');
    await expect.poll(() => panel.getByTestId('heat-stoppage-notice').innerText()).toBe('尚未记录通知');

    await panel.getByTestId('heat-stoppage-edit').click();
    await panel.getByTestId('heat-notice-given').check();
    await panel.getByTestId('act-noticeAt').fill(shanghaiAgo(2));
    await panel.getByTestId('act-noticeWay').selectOption('announcement');
    await panel.getByTestId('act-noticeTo').fill('3号楼全体住户');
    await panel.getByTestId('heat-stoppage-save').click();
    await expect.poll(() => panel.getByTestId('heat-stoppage-notice').innerText()).toContain('已通知：公告，对象：3号楼全体住户');

    await panel.getByTestId('heat-measurement-new').click();
    await panel.getByTestId('act-measuredAt').fill(`${shanghaiAgo(24).slice(0, 10)} 21:01`);
    await panel.getByTestId('heat-temperature').fill('15.5');
    await panel.getByTestId('heat-measurement-save').click();
    await expect.poll(() => panel.getByTestId('heat-measurement').innerText()).toContain('其它时间（测温时间 21:01） 不低于 16 ℃ · 未达标');
    await expectAccessible(lead, 'heat-supply-panel');
    await lead.screenshot({ path: e2e.screenshotPath('heat-supply-stoppage.png'), fullPage: true });
  }, 180_000);
});
