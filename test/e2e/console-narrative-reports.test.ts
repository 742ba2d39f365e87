import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';
import { expectAccessible } from './support/axe';
import { launchChromium } from './support/browser-mode';
import { CONSOLE_STAFF, openConsole, signInToConsole } from './support/console';
import { pdfText, savePrintPdf } from './support/pdf';

/**
 * Issue 16 item 7 at head office: a site issues last month's 客户投诉分析报告
 * and syncs; a second site syncs without one; the console lists the first as
 * received and the second as not received, and opens the received version
 * read-only with the site's text and A4 print; the site's 专项报告 on a major
 * complaint is listed among the case reports, opens with its frozen facts,
 * and the complaint's console detail links to it.
 */
const RESULTS = path.resolve('test-results');
const KIND = 'sichuan-p6-analysis-report';
const CASE_KIND = 'sichuan-p6-major-complaint-report';

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
    await server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, CONSOLE_STAFF);
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
    // A major complaint and its 专项报告 (第三十八条(一)7), issued now: this month's at head office.
    const limei = await issuing.core.signIn('limei');
    const major = await issuing.core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周女士', customerPhone: '13800001111', content: '燃气泄漏造成损失', tickedCriteria: ['major.1'] }, limei);
    const special = await issuing.core.call('narrativeReports.saveDraft', { kindId: CASE_KIND, complaintId: major.id, sections: { keyProblem: '巡检漏检阀门。', handling: '当日关阀抢修并赔付。' } }, zhaoli);
    await issuing.core.call('narrativeReports.issue', { id: special.id }, zhaoli);
    await issuing.core.call('sync.runNow', {}, issuing.lead);
    await silent.core.call('sync.runNow', {}, silent.lead);

    const page = await openConsole(browser, server.url);
    await signInToConsole(page);
    await page.getByTestId('console-nav-reports').click();

    const panel = page.getByTestId('console-narrative');
    await panel.getByTestId('console-narrative-key').fill(month);
    await panel.getByTestId('console-narrative-run').click();
    const counts = panel.getByTestId('console-narrative-counts');
    await expect.poll(() => counts.locator('li').allInnerTexts()).toEqual(['按时收到 1', '迟交 0', '逾期未收到 0', '未收到（未逾期） 1', '期间未结束 0']);
    const received = panel.locator('tr[data-site="YY42"]');
    const missing = panel.locator('tr[data-site="YY43"]');
    await expect.poll(() => received.getAttribute('data-state')).toBe('onTime');
    await expect.poll(() => received.innerText()).toMatch(/客户投诉分析报告\s+来源未规定\s+按时收到\s+第 1 版\s+呼叫中心\S* 赵丽，\d{4}年/);
    // The Sichuan analysis sets no day (第三十八条(一)7 定期编制): not received, but never overdue.
    await expect.poll(() => missing.getAttribute('data-state')).toBe('due');
    await expect.poll(() => missing.innerText()).toMatch(/来源未规定\s+未收到/);
    expect(await missing.getByRole('button').count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'console-narrative-list.png'), fullPage: true });
    await expectAccessible(page, 'console-narrative-list');

    // Open the received version: the site's text and frozen numbers, read-only.
    await received.getByRole('button', { name: '查看' }).click();
    const report = page.getByTestId('console-narrative-report');
    await report.getByTestId('console-narrative-version').waitFor();
    await expect.poll(() => report.getByTestId('console-narrative-version').innerText()).toBe('第 1 版');
    await expect.poll(() => report.getByTestId('console-narrative-sections').innerText()).toContain('主要原因：夜间噪声与设备老化。');
    await expect.poll(() => report.getByTestId('console-narrative-issued').innerText()).toContain('赵丽');
    await report.getByTestId('narrative-measures').first().waitFor();
    await expect.poll(() => report.locator('.narrative-view').innerText()).toContain('一般投诉');
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
    await expect.poll(() => page.getByTestId('console-narrative-key').inputValue()).toBe(month);
    await page.locator('tr[data-site="YY43"]').waitFor();

    // 专项报告收报情况: this month's case reports, the major complaint's listed; 查看 opens it read-only with its facts.
    const cases = page.getByTestId('console-case-reports');
    await cases.getByTestId('console-case-reports-run').click();
    await expect.poll(() => cases.getByTestId('console-case-reports-count').innerText()).toBe('共 1 份专项报告');
    const caseRow = cases.locator(`tr[data-serial="${major.serial}"]`);
    await expect.poll(() => caseRow.innerText()).toMatch(/YY42 阳42井站\s+\S+\s+重大投诉\s+第 1 版/);
    await cases.scrollIntoViewIfNeeded();
    await cases.screenshot({ path: path.join(RESULTS, 'console-case-reports.png') });
    await expectAccessible(page, 'console-case-reports');
    await caseRow.getByRole('button', { name: '查看' }).click();
    await report.getByTestId('case-facts').first().waitFor();
    await expect.poll(() => report.locator('.narrative-view').innerText()).toContain('巡检漏检阀门。');
    expect(await report.locator('textarea').count()).toBe(0);
    // From the report to the complaint, and the complaint's detail links back to its 专项报告.
    await report.getByTestId('console-narrative-complaint').click();
    await page.getByTestId('complaint-case-report-link').click();
    await expect.poll(() => page.getByTestId('console-narrative-version').innerText()).toBe('第 1 版');
    await page.getByRole('button', { name: /返回分析报告列表/ }).click();
    await page.locator('tr[data-site="YY43"]').waitFor();
    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('console-narrative-counts').locator('li').allInnerTexts()).toEqual(['Received on time 1', 'Received late 0', 'Missing, overdue 0', 'Missing, not yet overdue 1', 'Period running 0']);
    await expect.poll(() => page.locator('tr[data-site="YY43"]').innerText()).toContain('not received');
    await page.context().close();
  });
});
