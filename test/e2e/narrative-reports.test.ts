import { describe, expect, it } from 'vitest';
import { pageCount, pageSize, pdfText, savePrintPdf } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-narrative-');

/** Last month in Asia/Shanghai: a period that has ended, so its report may be issued. */
function lastMonth(): string {
  const local = new Date(Date.now() + 8 * 3_600_000);
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

describe('分析报告 in Chromium', () => {
  it('the call centre drafts last month’s 客户投诉分析报告, issues it after confirmation, prints it on A4 with page numbers, and corrects it by a new version', async () => {
    const app = await e2e.server();
    const month = lastMonth();
    const page = await pageOf(e2e.browser(), app.url, 'zhaoli');
    await page.getByTestId('nav-reports').click();
    const panel = page.getByTestId('narrative-reports');
    await panel.getByTestId(`narrative-open-${month}`).first().click();
    const editor = panel.getByTestId('narrative-version');
    await editor.waitFor();
    await editor.getByTestId('narrative-measures').waitFor();
    await editor.getByTestId('narrative-section-overview').fill('本月共受理投诉，均已按期处理。');
    await editor.getByTestId('narrative-section-analysis').fill('主要原因：夜间噪声与设备老化。');
    await expect.poll(() => editor.getByTestId('narrative-saved').innerText(), { timeout: 5000 }).toContain('草稿已保存');

    // The draft is in the store: leaving and coming back finds the text.
    await editor.getByTestId('narrative-back').click();
    await panel.getByTestId(`narrative-open-${month}`).first().click();
    await expect.poll(() => panel.getByTestId('narrative-section-analysis').inputValue()).toBe('主要原因：夜间噪声与设备老化。');

    await panel.getByTestId('narrative-issue').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await panel.getByTestId('narrative-issued-text').waitFor();
    await expect.poll(() => panel.getByTestId('narrative-signed').innerText()).toContain('赵丽');
    expect(await panel.getByTestId('narrative-section-analysis').count()).toBe(0);
    await page.screenshot({ path: e2e.screenshotPath('narrative-issued.png'), fullPage: true });

    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDF below is what paper would get
    });
    await panel.getByTestId('narrative-print-button').click();
    await page.locator('[data-testid="narrative-print"][data-version="1"]').waitFor({ state: 'attached' });
    const pdf = await savePrintPdf(page, e2e.screenshotPath('narrative-report.pdf'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    const [width, height] = pageSize(pdf);
    expect(Math.round(width!)).toBe(595); // A4 portrait
    expect(Math.round(height!)).toBe(842);
    const text = pdfText(pdf);
    for (const expected of ['客户投诉分析报告', '投诉情况整理', '主要原因：夜间噪声与设备老化。', '签发人（签字）', '赵丽', '第三十八条(一)7']) expect(text, expected).toContain(expected);
    expect(text).not.toContain('开始更正'); // the screen's controls are not printed
    for (let n = 1; n <= pages; n++) expect(pdfText(pdf, n), `page ${n}`).toContain(`第${n}页共${pages}页`);

    // A correction: a new draft naming version 1, issued again; version 1 stays readable.
    await panel.getByTestId('narrative-reissue-reason').fill('原因分析遗漏了设备老化的处理进度');
    await panel.getByTestId('narrative-reissue').click();
    await expect.poll(() => panel.getByTestId('narrative-replaces').innerText()).toContain('更正第 1 版');
    await panel.getByTestId('narrative-section-analysis').fill('主要原因：夜间噪声与设备老化；风机已于月底更换。');
    await panel.getByTestId('narrative-issue').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await panel.getByTestId('narrative-issued-text').waitFor();
    await expect.poll(() => panel.getByTestId('narrative-version').getAttribute('data-version')).toBe('2');
    await panel.getByTestId('narrative-replaces').getByRole('button').click();
    await expect.poll(() => panel.getByTestId('narrative-version').getAttribute('data-version')).toBe('1');
    await expect.poll(() => panel.getByTestId('narrative-replaced-by').innerText()).toContain('已被第 2 版更正');
    await expect.poll(() => panel.getByTestId('narrative-issued-text').innerText()).toContain('主要原因：夜间噪声与设备老化。');
    await page.screenshot({ path: e2e.screenshotPath('narrative-corrected.png'), fullPage: true });
  });
});
