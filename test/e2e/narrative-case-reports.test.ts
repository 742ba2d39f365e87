import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageCount, pageSize, pdfText, savePrintPdf } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-special-report-');

describe('客户重大投诉专项报告 in Chromium', () => {
  it('the call centre registers a major complaint, drafts and issues its special report from the complaint’s page, and prints it on A4 with page numbers', async () => {
    const app = await e2e.server();
    const page = await pageOf(e2e.browser(), app.url, 'zhaoli');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('new-complaint').click();
    await page.getByTestId('field-kind-complaint').check();
    await page.getByTestId('field-channel').selectOption('phone');
    await page.getByTestId('field-customerName').fill('专项报告测试客户');
    await page.getByTestId('field-content').fill('端到端测试：燃气管道泄漏，造成客户家中财产损失。');
    await page.getByTestId('criterion-major.1').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="grade-class"]')?.textContent === '重大投诉');
    await page.getByTestId('save-complaint').click();
    const detail = page.getByTestId('complaint-detail');
    await detail.waitFor();
    const serial = (await detail.getByTestId('detail-serial').innerText()).trim();

    const box = detail.getByTestId('special-report');
    await box.waitFor();
    await expect.poll(() => box.innerText()).toContain('客户重大投诉专项报告');
    await expect.poll(() => box.getByTestId('special-report-state').getAttribute('data-state')).toBe('due');
    await box.screenshot({ path: e2e.screenshotPath('special-offered.png') });
    await expectAccessible(page, 'special-report-offered');
    await box.getByTestId('special-report-open').click();

    const panel = page.getByTestId('narrative-reports');
    const editor = panel.getByTestId('narrative-version');
    await editor.waitFor();
    await expect.poll(() => editor.getByTestId('narrative-title').innerText()).toContain(`投诉 ${serial}`);
    await expect.poll(() => editor.getByTestId('case-facts-serial').innerText()).toBe(serial);
    await expect.poll(() => editor.getByTestId('case-facts-class').innerText()).toContain('重大投诉');
    await editor.getByTestId('narrative-section-keyProblem').fill('燃气管道老化泄漏，客户家中财产受损。');
    await editor.getByTestId('narrative-section-handling').fill('当日派员抢修，更换管道，按损失赔偿。');
    await expect.poll(() => editor.getByTestId('narrative-saved').innerText(), { timeout: 5000 }).toContain('草稿已保存');

    await panel.getByTestId('narrative-issue').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await panel.getByTestId('narrative-issued-text').waitFor();
    await expect.poll(() => panel.getByTestId('narrative-signed').innerText()).toContain('赵丽');
    await expect.poll(() => panel.getByTestId('narrative-version').innerText()).toContain('签发时（');
    await page.screenshot({ path: e2e.screenshotPath('special-issued.png'), fullPage: true });
    await expectAccessible(page, 'special-report-issued');

    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDF below is what paper would get
    });
    await panel.getByTestId('narrative-print-button').click();
    await page.locator('[data-testid="narrative-print"][data-version="1"]').waitFor({ state: 'attached' });
    const pdf = await savePrintPdf(page, e2e.screenshotPath('special-report.pdf'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    const [width, height] = pageSize(pdf);
    expect(Math.round(width!)).toBe(595); // A4 portrait
    expect(Math.round(height!)).toBe(842);
    const text = pdfText(pdf);
    for (const expected of ['客户重大投诉专项报告', serial, '案件事实', '重大投诉', '第十三条第二类(一)', '处理过程', '时限执行情况', '投诉问题的关键', '当日派员抢修', '签发人（签字）', '赵丽', '第三十八条(一)7']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('开始更正');
    for (let n = 1; n <= pages; n++) expect(pdfText(pdf, n), `page ${n}`).toContain(`第${n}页共${pages}页`);

    // Back on the list: the case shows as issued beside the periods' reports.
    await panel.getByTestId('narrative-back').click();
    const row = panel.getByTestId(`narrative-case-${serial}`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('issued');
    await expect.poll(() => row.innerText()).toContain('赵丽');
    await panel.getByTestId('narrative-cases').screenshot({ path: e2e.screenshotPath('special-list.png') });
  });
});
