import { describe, expect, it } from 'vitest';
import { openTestCore } from '../support/temp-core';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

/*
 * Issue 19 §4 in Chromium: at a postal outlet the station lead starts 寄递用户信息安全自查表 and reads, under
 * the checks, what this computer's store says (demo accounts on the demo PIN fail 第三十一条; an export
 * without a purpose; who never signed in); a colleague signs in on another PC and 重新统计本机数据 shows it.
 */

const e2e = useBrowserMode('branchline-e2e-privacy-self-check-');
const TEMPLATE = 'privacy.personal-info-self-check';

describe('the personal-information self-check, filled partly by the app', () => {
  it('shows the store’s evidence under its checks, computes 第三十一条, and counts again on request', async () => {
    const core = await openTestCore({ dataDir: e2e.dataDir });
    const session = await core.signIn('wangjg');
    await core.call('profiles.setSiteProfile', { profileId: 'postal-outlet' }, session);
    await core.call('privacy.recordExport', { subject: '投诉台帐', rowCount: 3 }, session);
    core.close();

    const server = await e2e.server();
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await lead.getByTestId('nav-checklists').click();
    await lead.getByTestId(`start-${TEMPLATE}`).click();
    await lead.getByTestId('checklist-record').waitFor();
    await lead.getByTestId('store-evidence').waitFor();

    expect(Number(await lead.getByTestId('evidence-a31-default-count').innerText().then((t) => t.replace(/\D/g, '')))).toBeGreaterThan(0);
    expect(await lead.getByTestId('field-a31-default').getAttribute('class')).toContain('failed');
    await expect.poll(() => lead.getByTestId('field-a31-default').innerText()).toContain('自动计算：仍使用软件演示密码的启用账户数');
    await expect.poll(() => lead.getByTestId('evidence-a34-readers-names').innerText()).toContain('王建国');
    await expect.poll(() => lead.getByTestId('evidence-a37-register').innerText()).toContain('导出 1 次（未写用途 1 次）');
    await expect.poll(() => lead.getByTestId('evidence-a38-never-signed-in').innerText()).toContain('李梅');
    await lead.getByTestId('field-a38').scrollIntoViewIfNeeded();
    await lead.screenshot({ path: e2e.screenshotPath('privacy-self-check-evidence.png'), fullPage: false });
    await expectAccessible(lead, 'privacy-self-check');

    // 李梅 signs in at another counter; counting again moves her from "never signed in" to the sign-ins.
    const receiver = await pageOf(e2e.browser(), server.url, 'limei');
    await receiver.getByTestId('status-bar').waitFor();
    await lead.getByTestId('refresh-evidence').click();
    await expect.poll(() => lead.getByTestId('evidence-a38-never-signed-in').innerText()).not.toContain('李梅');
    await expect.poll(() => lead.getByTestId('evidence-a38-last-sign-ins').innerText()).toContain('李梅');
    await receiver.context().close();
    await lead.context().close();
  }, 180_000);
});
