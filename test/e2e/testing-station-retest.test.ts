import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-retest-');

/** A moment in the site's zone, `hours` before now, as the date field takes it (yyyy-mm-dd hh:mm). */
function shanghaiAgo(hours: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

async function pickPerson(form: Locator, field: string, name: string): Promise<void> {
  await expect.poll(() => form.getByTestId(field).locator('option', { hasText: name }).count()).toBe(1);
  const value = await form.getByTestId(field).locator('option', { hasText: name }).getAttribute('value');
  await form.getByTestId(field).selectOption(value!);
}

describe('a testing station re-tests the original sample by two persons and withdraws the wrong report (seed002 客户管理制度6 2.2.2–2.2.5), in Chromium', () => {
  it('the station lead profiles the site; on a data appeal the same tester twice is refused, the re-test is recorded, and the report withdrawn with the signatory', async () => {
    const lead = await pageOf(e2e.browser(), (await e2e.server()).url, 'wangjg');
    await lead.getByTestId('nav-settings').click();
    await lead.getByTestId('profile-choose').selectOption('testing-station');
    await lead.getByTestId('profile-save').click();
    await lead.getByTestId('profile-saved').waitFor();

    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('new-complaint').click();
    await lead.getByTestId('record-field-reportNo').waitFor();
    await lead.getByTestId('field-kind-complaint').check();
    await lead.getByTestId('field-channel').selectOption('letter');
    await lead.getByTestId('field-customerName').fill('欧阳晓芸');
    await lead.getByTestId('field-content').fill('对检测报告中的COD数据有异议，申请复检。');
    await lead.getByTestId('criterion-monitoring-data.test-result').check();
    await lead.getByTestId('record-field-reportNo').fill('JC-2026-0412');
    await lead.getByTestId('record-field-appealGrounds').fill('同批样品复测结果不同');
    await lead.getByTestId('save-complaint').click();
    await lead.getByTestId('complaint-detail').waitFor();

    const panel = lead.getByTestId('retest-panel');
    await panel.getByTestId('retest-new').click();
    const form = panel.getByTestId('retest-form');
    await form.getByTestId('act-sampleCode').fill('MM-7731');
    await pickPerson(form, 'act-testerOne', '张伟');
    await pickPerson(form, 'act-testerTwo', '张伟');
    await form.getByTestId('act-testedAt').fill(shanghaiAgo(3));
    await form.getByTestId('act-result').fill('复检COD 48 mg/L，与原报告 62 mg/L 不符');
    await form.getByTestId('act-originalCorrect').uncheck();
    await form.getByTestId('retest-save').click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('请选择两名不同的测试人员');
    await pickPerson(form, 'act-testerTwo', '赵丽');
    await form.getByTestId('retest-save').click();
    await expect.poll(() => panel.getByTestId('retest').innerText()).toContain('复检报告 JC-2026-0412 的样品 MM-7731（原样）');
    await expect.poll(() => panel.getByTestId('retest').innerText()).toContain('张伟、赵丽');
    await expect.poll(() => panel.getByTestId('retest-withdrawal').innerText()).toBe('原报告尚未收回作废');

    await panel.getByTestId('retest-withdraw').click();
    const withdraw = panel.getByTestId('withdraw-form');
    await withdraw.getByTestId('act-reason').fill('原报告计算错误');
    await pickPerson(withdraw, 'act-approvedById', '王建国');
    await withdraw.getByTestId('act-withdrawnAt').fill(shanghaiAgo(1));
    await withdraw.getByTestId('act-correctedReportNumber').fill('JC-2026-0412-G');
    await withdraw.getByTestId('withdraw-save').click();
    await expect.poll(() => panel.getByTestId('retest-withdrawal').innerText()).toContain('原报告已收回并加盖作废章：原报告计算错误；批准：王建国（授权签字人）');
    await expectAccessible(lead, 'retest-panel');
    await lead.screenshot({ path: e2e.screenshotPath('testing-station-retest.png'), fullPage: true });
  }, 180_000);
});
