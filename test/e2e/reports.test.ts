import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { PATHS } from '../../shared/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';
import { launchChromium } from './support/browser-mode';
import { CONSOLE_STAFF, openConsole, signInToConsole } from './support/console';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';
import { expectAccessible } from './support/axe';

const e2e = useBrowserMode('branchline-e2e-reports-');
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READ_XLSX = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({s.title: [[c.value for c in r] for r in s.iter_rows()] for s in book.worksheets}, ensure_ascii=False))
`;

let server: ServerProcess | undefined;
let core: TestCore | undefined;
afterAll(async () => {
  core?.close();
  await server?.stop();
});

describe('报表 in Chromium', () => {
  it('the station lead runs the Sichuan analysis for this month, drills into a cell, exports xlsx (read by openpyxl) and CSV; bad input is refused; a receiver has no reports', async () => {
    const app = await e2e.server();
    const page = await pageOf(e2e.browser(), app.url, 'wangjg');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-controls').waitFor();
    await page.getByTestId('report-definition').selectOption('sichuan-p6-analysis');

    // A period that does not exist, then one that has not begun: the core's reason, nothing shown.
    await page.getByTestId('report-period-key').fill('2026-13');
    await page.getByTestId('report-run').click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('没有这个统计期');
    await page.getByTestId('report-period-key').fill('2099-01');
    await page.getByTestId('report-run').click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('尚未开始');
    expect(await page.getByTestId('report-result').count()).toBe(0);

    const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    await page.getByTestId('report-period-key').fill(thisMonth);
    await page.getByTestId('report-run').click();
    await page.getByTestId('report-result').waitFor();
    await page.getByTestId('chart-trend').locator('canvas').waitFor();
    await expect.poll(() => page.getByTestId('report-title').innerText()).toContain('客户投诉分析报告');
    const complaints = Number(await page.getByTestId('total-complaints').innerText());
    expect(complaints).toBeGreaterThan(0); // the demo's complaints were received today
    await page.getByTestId('report-overdue').waitFor();
    await page.getByTestId('report-cadence').waitFor();
    await page.screenshot({ path: e2e.screenshotPath('reports-page.png'), fullPage: true });
    await expectAccessible(page, 'site-reports-filled');

    // The count of complaints in the 类型 table opens exactly that many cases.
    const kindTable = page.getByTestId('dimension-kind');
    const complaintRow = kindTable.locator('tr', { hasText: '投诉' }).first();
    await complaintRow.locator('td.total button').click();
    const cases = page.getByTestId('report-cases');
    await cases.and(page.locator('[aria-busy="false"]')).waitFor();
    await expect.poll(() => cases.locator('h3').innerText()).toContain(`共 ${complaints} 件`);
    await expect.poll(() => cases.locator('tbody tr').count()).toBe(complaints);
    await cases.screenshot({ path: e2e.screenshotPath('reports-cases.png') });

    // xlsx: the measures sheet holds the on-screen total; the cases sheet every case of the period.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    const xlsxFile = e2e.screenshotPath('reports-export.xlsx');
    await xlsx.saveAs(xlsxFile);
    const book = JSON.parse(execFileSync(PYTHON, ['-c', READ_XLSX, xlsxFile], { encoding: 'utf8' })) as Record<string, unknown[][]>;
    const measureRow = book['指标']!.find((r) => r[0] === '投诉件数')!;
    expect(measureRow.at(-2)).toBe(complaints);
    expect(book['案件明细']!.length - 1).toBeGreaterThanOrEqual(complaints);
    // Every sheet speaks the reader's language: the site by its name, classes by the pack's names.
    expect(book['网点']![1]![0]).toBe('阳42井站');
    expect(book['案件明细']!.slice(1).map((row) => row[4])).not.toContain('ordinary');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csvFile = e2e.screenshotPath('reports-export.csv');
    await csv.saveAs(csvFile);
    const text = fs.readFileSync(csvFile, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows.find((r) => r[0] === '投诉件数')?.at(-2)).toBe(String(complaints));

    // A receiver may not see reports: the reason, no numbers.
    const clerk = await pageOf(e2e.browser(), app.url, 'limei');
    await clerk.getByTestId('nav-reports').click();
    await expect.poll(() => clerk.getByRole('alert').innerText()).toContain('无权查看报表');
  });

  it('the console overview shows every site: attention, trend and comparison, computed from the rows the site pushed', async () => {
    server = await startServerProcess();
    await server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, CONSOLE_STAFF);
    const created = (await server.admin('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' })) as { enrolCode: string };
    core = await openTestCore({ demo: true });
    const lead = await core.signIn('wangjg');
    await core.call('sync.enrol', { serverUrl: server.url, code: created.enrolCode, deviceName: '站长电脑' }, lead);
    await core.call('sync.runNow', {}, lead);
    const atSite = await core.call('reports.run', { definitionId: 'general-statistics', period: { kind: 'month', key: '2026-11' } }, lead);

    const browser = await launchChromium();
    try {
      const page = await openConsole(browser, server.url, { viewport: { width: 1366, height: 1000 } });
      await signInToConsole(page);
      await page.getByTestId('console-nav-overview').click();
      await page.getByTestId('overview-kind').selectOption('month');
      await page.getByTestId('overview-key').fill('2026-11');
      await page.getByTestId('overview-run').click();
      const attention = page.getByTestId('overview-attention');
      await attention.locator('tr[data-site="YY42"]').waitFor();
      await page.getByTestId('overview-trend').locator('canvas').waitFor();
      await page.getByTestId('overview-comparison').waitFor();
      await page.screenshot({ path: path.join('test-results', 'console-overview.png'), fullPage: true });
      await expectAccessible(page, 'console-overview-filled');

      // The console's report for the site equals the site's own.
      await page.getByTestId('console-nav-reports').click();
      await page.getByTestId('console-report-definition').selectOption('general-statistics');
      await page.getByTestId('console-report-key').fill('2026-11');
      await page.getByTestId('console-report-run').click();
      await page.getByTestId('console-report-result').waitFor();
      await expect.poll(() => page.getByTestId('total-complaints').innerText()).toBe(String(atSite.total.complaints!.value));
      await expect.poll(() => page.getByTestId('total-received').innerText()).toBe(String(atSite.total.received!.value));
      await page.screenshot({ path: path.join('test-results', 'console-reports.png'), fullPage: true });
      await expectAccessible(page, 'console-reports-filled');
    } finally {
      await browser.close();
    }
  });
});
