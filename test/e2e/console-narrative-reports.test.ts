import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';
import { expectAccessible } from './support/axe';
import { launchChromium } from './support/browser-mode';
import { pdfText, savePrintPdf } from './support/pdf';

/**
 * Issue 16 item 7 at head office: a site issues last month's 客户投诉分析报告
 * and syncs; a second site syncs without one; the console lists the first as
 * received and the second as not received, and opens the received version
 * read-only with the site's text and A4 print.
 */
const RESULTS = path.resolve('test-results');
const STAFF = { login: 'zhang.hq', displayName: '张总部', password: 'head-office-2026' };
const KIND = 'sichuan-p6-analysis-report';

/** Last month in Asia/Shanghai: a period that has ended, as head office's real clock sees it. */
function lastMonth(): string {
  const local = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

let server: ServerProcess;
let browser: Browser;
const cores: TestCore[] = [];
beforeAll(async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  server = await startServerProcess();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const core of cores) core.close();
  await browser?.close();
  await server?.stop();
});

/** A demo site (the well station, Sichuan rule pack) enrolled at head office as `code`, its clock at the real time, synced. */
async function syncedSite(code: string, name: string): Promise<{ core: TestCore; lead: string }> {
  const { enrolCode } = await server.admin<{ enrolCode: string }>('POST', '/api/v1/admin/sites', { code, name });
  const core = await openTestCore({ demo: true });
  cores.push(core);
  core.clock.set(new Date());
  const lead = await core.signIn('wangjg');
  await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, lead);
  return { core, lead };
}

describe('narrative reports at head office in Chromium against the real server', () => {
  it('lists one site’s issued report as received and another’s as missing, and opens the received one read-only', async () => {
    await server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, STAFF);
    const month = lastMonth();
    const issuing = await syncedSite('YY42', '阳42井站');
    const silent = await syncedSite('YY43', '阳43井站');

    // The call centre of YY42 writes and issues last month's analysis (seed003 篇6 第三十八条(一)7), then the site syncs.
    const zhaoli = await issuing.core.signIn('zhaoli');
    const draft = await issuing.core.call(
      'narrativeReports.saveDraft',
      { kindId: KIND, period: { kind: 'month', key: month }, sections: { overview: '本月受理投诉均已闭环。', analysis: '主要原因：夜间噪声与设备老化。' } },
      zhaoli,
    );
    await issuing.core.call('narrativeReports.issue', { id: draft.id }, zhaoli);
    await issuing.core.call('sync.runNow', {}, issuing.lead);
    await silent.core.call('sync.runNow', {}, silent.lead);

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/console/`);
    await page.locator('#console-login').fill(STAFF.login);
    await page.locator('#console-password').fill(STAFF.password);
    await page.getByTestId('console-sign-in').click();
    await page.getByTestId('console-overview').waitFor();
    await page.getByTestId('console-nav-reports').click();

    const panel = page.getByTestId('console-narrative');
    await panel.getByTestId('console-narrative-key').fill(month);
    await panel.getByTestId('console-narrative-run').click();
    const counts = panel.getByTestId('console-narrative-counts');
    await expect.poll(() => counts.locator('li').allInnerTexts()).toEqual(['按时收到 1', '迟交 0', '逾期未收到 0', '未收到（未逾期） 1', '期间未结束 0']);
    const received = panel.locator('tr[data-site="YY42"]');
    const missing = panel.locator('tr[data-site="YY43"]');
    await expect(received.getAttribute('data-state')).resolves.toBe('onTime');
    await expect(received.innerText()).resolves.toMatch(/客户投诉分析报告\s+来源未规定\s+按时收到\s+第 1 版\s+呼叫中心\S* 赵丽，\d{4}年/);
    // The Sichuan analysis sets no day (第三十八条(一)7 定期编制): not received, but never overdue.
    await expect(missing.getAttribute('data-state')).resolves.toBe('due');
    await expect(missing.innerText()).resolves.toMatch(/来源未规定\s+未收到/);
    expect(await missing.getByRole('button').count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'console-narrative-list.png'), fullPage: true });
    await expectAccessible(page, 'console-narrative-list');

    // Open the received version: the site's text and frozen numbers, read-only.
    await received.getByRole('button', { name: '查看' }).click();
    const report = page.getByTestId('console-narrative-report');
    await report.getByTestId('console-narrative-version').waitFor();
    await expect(report.getByTestId('console-narrative-version').innerText()).resolves.toBe('第 1 版');
    await expect(report.getByTestId('console-narrative-sections').innerText()).resolves.toContain('主要原因：夜间噪声与设备老化。');
    await expect(report.getByTestId('console-narrative-issued').innerText()).resolves.toContain('赵丽');
    await report.getByTestId('narrative-measures').first().waitFor();
    await expect(report.locator('.narrative-view').innerText()).resolves.toContain('一般投诉');
    expect(await report.locator('textarea').count()).toBe(0);
    await page.screenshot({ path: path.join(RESULTS, 'console-narrative-report.png'), fullPage: true });
    await expectAccessible(page, 'console-narrative-report');

    // Its A4 print from the console: the site's sheet, with the site's name and the text.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await report.getByTestId('console-narrative-print').click();
    const pdf = await savePrintPdf(page, path.join(RESULTS, 'console-narrative-report.pdf'));
    const text = pdfText(pdf);
    for (const expected of ['客户投诉分析报告', '阳42井站', '主要原因：夜间噪声与设备老化。', '赵丽', '一般投诉']) expect(text, expected).toContain(expected);
    expect(text).not.toMatch(/\bordinary\b/); // the class by the Sichuan pack's name, as the site prints it
    expect(text).not.toContain('返回分析报告列表');

    // Back to the list: the period and rows chosen are still there.
    await report.getByRole('button', { name: /返回分析报告列表/ }).click();
    await expect(page.getByTestId('console-narrative-key').inputValue()).resolves.toBe(month);
    await page.locator('tr[data-site="YY43"]').waitFor();
    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('console-narrative-counts').locator('li').allInnerTexts()).toEqual(['Received on time 1', 'Received late 0', 'Missing, overdue 0', 'Missing, not yet overdue 1', 'Period running 0']);
    await expect(page.locator('tr[data-site="YY43"]').innerText()).resolves.toContain('not received');
    await context.close();
  });
});
