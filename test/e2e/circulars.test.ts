import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { weekKey } from '../../shared/reports/period';
import { expectAccessible } from './support/axe';
import { pageCount, pageSize, pdfText } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

/**
 * 每次记录，每周通报，每月考核 (seed000 第一篇 五; issue 16 item 6) in Chromium:
 * the station lead fills two area checks on the fill screen, one with a
 * failed item and its corrective action, then opens this week's circular and
 * this month's assessment on the 报表 page and prints each alone on A4.
 * The demo's own area check (分离器区) is left out of the counts by area.
 */
const e2e = useBrowserMode('branchline-e2e-circulars-');

const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READ_XLSX = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({s.title: [[c.value for c in r] for r in s.iter_rows()] for s in book.worksheets}, ensure_ascii=False))
`;

const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

interface AreaCheck {
  area: string;
  owner: string;
  op: 'pass' | 'fail';
  risk: 'pass' | 'fail';
  /** A corrective action raised on the draft for this failed item, owned by this colleague. */
  actionOn?: { itemId: string; owner: string };
}

async function fillAreaCheck(page: Page, check: AreaCheck): Promise<void> {
  await page.getByTestId('nav-checklists').click();
  await page.getByTestId('start-well.area-check').click();
  await expect.poll(() => page.getByTestId('checklist-title').innerText()).toBe('责任区域检查记录');
  await page.getByTestId('answer-checked-on').fill(shanghaiToday());
  await page.getByTestId('answer-area').fill(check.area);
  await page.getByTestId('answer-area-owner').fill(check.owner);
  await page.getByTestId(`answer-operation-standard-${check.op}`).check();
  await page.getByTestId(`answer-risk-controls-${check.risk}`).check();
  await expect.poll(() => page.getByTestId(`answer-risk-controls-${check.risk}`).isChecked()).toBe(true);
  if (check.op === 'fail') await page.getByTestId('answer-findings').fill(`${check.area}操作不规范`);
  await page.getByTestId('answer-checker-signature').fill(check.owner);
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('idle');
  if (check.actionOn) await raiseAction(page, check.actionOn.itemId, check.actionOn.owner);
  await page.getByTestId('checklist-complete').click();
  await page.getByTestId('confirm-dialog-confirm').click();
  await expect.poll(() => page.getByTestId('checklist-record').getAttribute('data-status')).toBe('completed');
}

async function raiseAction(page: Page, itemId: string, owner: string): Promise<void> {
  await page.getByTestId(`raise-action-${itemId}`).click();
  const form = page.getByTestId(`raise-action-form-${itemId}`);
  await form.getByTestId('action-problem').fill('操作未按规程');
  await form.getByTestId('action-action').fill('重新培训并复查');
  await form.getByTestId('action-owner').selectOption({ label: owner });
  const due = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  await form.getByTestId('action-due').fill(`${due}T18:00`);
  await form.getByTestId('action-submit').click();
  await page.getByTestId('checklist-action').first().waitFor();
}

/** Saves the circular as paper gets it: the print button's body class and A4 page, print media. */
async function printCircular(page: Page, file: string): Promise<string> {
  await page.getByTestId('circular-print').click();
  const printedWith = await page.evaluate(() => document.body.dataset.printedWith ?? '');
  expect(printedWith).toContain('printing-circular');
  await page.evaluate((cls) => document.body.classList.add(cls), 'printing-circular');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate((cls) => document.body.classList.remove(cls), 'printing-circular');
  return file;
}

const rowsOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((table) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describe('每周通报与每月考核 in Chromium', () => {
  it('two area checks filled on screen show in this week’s circular and this month’s assessment, each printed alone on A4', async () => {
    const app = await e2e.server();
    const page = await pageOf(e2e.browser(), app.url, 'wangjg');
    await page.evaluate(() => {
      // Headless Chromium has no print dialog: note the class the button set while "printing", then the test saves the PDF.
      window.print = () => {
        document.body.dataset.printedWith = document.body.className;
      };
    });
    await fillAreaCheck(page, { area: '压缩机区', owner: '张伟', op: 'fail', risk: 'pass', actionOn: { itemId: 'operation-standard', owner: '张伟' } });
    await fillAreaCheck(page, { area: '计量区', owner: '李梅', op: 'pass', risk: 'pass' });

    await page.getByTestId('nav-reports').click();
    const panel = page.getByTestId('circular-panel');
    await expect.poll(() => panel.getByTestId('circular-key').inputValue()).toBe(weekKey(shanghaiToday()));
    await panel.getByTestId('circular-run').click();
    await panel.getByTestId('circular-findings').waitFor();
    const findings = await rowsOf(page, 'circular-findings');
    expect(findings.filter((r) => r[1] !== '分离器区')).toEqual([[shanghaiToday(), '压缩机区', '张伟', '本区域的操作是否规范', '压缩机区操作不规范']]);
    const actions = await rowsOf(page, 'circular-actions');
    expect(actions.filter((r) => r[0] === '压缩机区').map((r) => [r[1], r[2], r[3], r[5], r[6]])).toEqual([['操作未按规程', '重新培训并复查', '张伟', '未整改', '否']]);
    await page.screenshot({ path: e2e.screenshotPath('circular-week.png'), fullPage: true });
    await expectAccessible(page, 'site-circular-week');

    const weekPdf = await printCircular(page, e2e.screenshotPath('circular-week.pdf'));
    expect(pageCount(weekPdf)).toBe(1);
    const [width, height] = pageSize(weekPdf);
    expect(Math.abs(width! - 595.3) < 2 && Math.abs(height! - 841.9) < 2, `A4 portrait, not ${width} x ${height}`).toBe(true);
    const weekText = pdfText(weekPdf);
    for (const expected of ['每周通报', '本周发现的问题', '期末未关闭的整改措施', '压缩机区', '整改责任人']) expect(weekText).toContain(expected);
    expect(weekText, 'the circular prints alone').not.toContain('罚款与扣分汇总');

    await panel.getByTestId('circular-mode').selectOption('month');
    await expect.poll(() => panel.getByTestId('circular-key').inputValue()).toBe(shanghaiToday().slice(0, 7));
    await panel.getByTestId('circular-run').click();
    await panel.getByTestId('circular-assessment').waitFor();
    const rows = (await rowsOf(page, 'circular-assessment')).filter((r) => r[1] !== '分离器区');
    // 李梅/计量区: 2 items judged, both passed → 100, ×5% = 5.00; 张伟/压缩机区: 1 of 2 passed → 50, ×5% = 2.50, its action still open.
    expect(rows).toEqual([
      ['李梅', '计量区', '1', '2', '2', '0', '0', '0', '100', '5.00'],
      ['张伟', '压缩机区', '1', '2', '1', '1', '1', '1', '50', '2.50'],
    ]);
    await expect.poll(() => panel.getByTestId('circular-weight').innerText()).toContain('占作业区考核的 5%');

    // The xlsx, read by openpyxl, and the CSV, by csv-parse, hold the numbers on screen.
    const onScreen = await rowsOf(page, 'circular-assessment');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('circular-xlsx').click()]);
    const xlsxFile = e2e.screenshotPath('circular-month.xlsx');
    await xlsx.saveAs(xlsxFile);
    const book = JSON.parse(execFileSync(PYTHON, ['-c', READ_XLSX, xlsxFile], { encoding: 'utf8' })) as Record<string, unknown[][]>;
    const sheet = book['考核结果（按人员和区域）']!;
    expect(sheet[0]).toEqual(['区域责任人', '责任区域', '检查次数', '判定项', '合格项', '问题数', '整改措施', '月末未关闭', '得分', '加权得分']);
    expect(sheet.slice(1).map((r) => r.map((cell, i) => (i === 9 && typeof cell === 'number' ? cell.toFixed(2) : String(cell))))).toEqual(onScreen);
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('circular-csv').click()]);
    const csvFile = e2e.screenshotPath('circular-month.csv');
    await csv.saveAs(csvFile);
    const text = fs.readFileSync(csvFile, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csvRows = parse(text.slice(1), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(csvRows.slice(2, 2 + onScreen.length)).toEqual(onScreen);
    await expectAccessible(page, 'site-circular-month');
    const monthPdf = await printCircular(page, e2e.screenshotPath('circular-month.pdf'));
    expect(pageCount(monthPdf)).toBe(1);
    const monthText = pdfText(monthPdf);
    for (const expected of ['每月考核', '考核结果（按人员和区域）', '加权得分', '计量区', '2.50', '原文未给出评分公式']) expect(monthText).toContain(expected);
    expect(monthText, 'the weight form stays off paper').not.toContain('设置权重');
  });
});
