import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageCount, pdfText } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-credit-');

/*
 * Issue 19 §2 in Chromium: the station lead grades the demo's 四川某建材有限公司 by
 * seed002 客户管理制度3 (第十五条 computed and ticked), the leader in charge
 * reviews, the general manager approves (第十九条), and the 客户信用调查评定表
 * and 客户信用等级分类汇总表 print on A4.
 */

async function openFirm(page: import('playwright-core').Page) {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('open-customers').click();
  await page.getByTestId('customer-search').fill('建材');
  await page.locator('[data-testid^="open-customer-"]').filter({ hasText: '四川某建材有限公司' }).first().click();
  await page.getByTestId('credit-section').waitFor();
}

describe('credit grading in Chromium (seed002 客户管理制度3 第十五条–第十九条)', () => {
  it('grades a demo customer A, has it reviewed and approved, lists its review and prints the forms', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    const lead = await pageOf(browser, server.url, 'wangjg');
    await openFirm(lead);
    await expect.poll(() => lead.getByTestId('credit-current').innerText()).toContain('尚未评定');
    await lead.getByTestId('credit-new').click();
    const form = lead.getByTestId('credit-form');
    await form.getByTestId('credit-cooperationSince').fill('2020-03-01');
    await form.getByTestId('credit-goodOperatingYears').fill('3');
    for (const item of [1, 2, 3, 4, 5, 6, 7]) await form.getByTestId(`credit-item-${item}`).check();
    for (const id of ['A3', 'A5', 'A6']) await form.getByTestId(`credit-tick-${id}`).check();
    await form.getByTestId('credit-paymentsTotal').fill('1200000');
    await form.getByTestId('credit-shipmentsTotal').fill('960000');
    await form.getByTestId('credit-hadCreditSales').check();
    await expect.poll(() => form.getByTestId('credit-criterion-A1').getAttribute('data-holds')).toBe('true');
    await expect.poll(() => form.getByTestId('credit-outcome').getAttribute('data-grade')).toBe('A');
    await form.getByTestId('credit-reason').fill('会同经办业务员张伟、财务部信用控制主管评定');
    await expectAccessible(lead, 'credit-grading-form');
    await lead.screenshot({ path: e2e.screenshotPath('credit-grading-form.png'), fullPage: true });
    await form.getByTestId('credit-submit').click();
    const proposed = lead.locator('[data-testid^="credit-grading-"][data-status="proposed"]');
    await proposed.waitFor();
    // The station lead may not review (第十九条: 主管副总、财务总监).
    expect(await proposed.getByTestId('credit-decision-review').count()).toBe(0);

    const leader = await pageOf(browser, server.url, 'chenzm');
    await openFirm(leader);
    await leader.getByTestId('credit-review-approve').click();
    await leader.locator('[data-testid^="credit-grading-"][data-status="reviewed"]').waitFor();

    const gm = await pageOf(browser, server.url, 'zhouht');
    await openFirm(gm);
    await gm.getByTestId('credit-approve-approve').click();
    const approved = gm.locator('[data-testid^="credit-grading-"][data-status="approved"]');
    await approved.waitFor();
    const current = await gm.getByTestId('credit-current').innerText();
    expect(current).toContain('A级（信用高）');
    expect(current).toContain('80,000 元，长期授信');
    await expectAccessible(gm, 'credit-section-approved');

    // The review falls due a month after approval (a limit: 第三十八条), listed from the customer files.
    await gm.getByTestId('nav-complaints').click();
    await gm.getByTestId('open-customers').click();
    await gm.getByTestId('credit-review-due-link').click();
    const due = gm.getByTestId('credit-due-table');
    await due.waitFor();
    await expect.poll(() => due.innerText()).toContain('四川某建材有限公司');
    await expectAccessible(gm, 'credit-review-due');

    // Print the two forms (the browser's dialog is skipped in the test), as PDF and the pages as PNG.
    await openFirm(gm);
    await gm.evaluate(() => {
      window.print = () => {};
    });
    await gm.locator('[data-testid^="credit-grading-"][data-status="approved"] summary').click();
    await gm.locator('[data-testid^="credit-grading-"][data-status="approved"]').getByTestId('credit-print').click();
    await gm.getByTestId('credit-print-sheet').waitFor({ state: 'attached' });
    await gm.emulateMedia({ media: 'print' });
    const pdf = e2e.screenshotPath('credit-grading-forms.pdf');
    await gm.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    await gm.emulateMedia({ media: 'screen' });
    const first = pdfText(pdf, 1);
    for (const expected of ['客户信用调查评定表', '四川某建材有限公司', '主要往来结算银行账户', '填表人对本表内容的真实性负全部责任']) expect(first, expected).toContain(expected);
    // One sheet per page: the investigation form, then the summary with its signature lines.
    expect(pageCount(pdf)).toBe(2);
    const second = pdfText(pdf, 2);
    for (const expected of ['客户信用等级分类汇总表', '双方业务合作一年或以上', '《客户信用管理制度》第十五条(1)', 'A级（信用高）', '王建国', '陈志明同意', '周海涛同意', '财务总监（审核）', '总经理（审批）']) {
      expect(second, expected).toContain(expected);
    }
    expect(first).not.toContain('客户档案'); // the screen is not printed with the sheet
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, e2e.screenshotPath('credit-grading-forms')]);
    expect(fs.existsSync(e2e.screenshotPath('credit-grading-forms-1.png'))).toBe(true);
    expect(fs.existsSync(e2e.screenshotPath('credit-grading-forms-2.png'))).toBe(true);

    // 第二十四条2①: the station lead enters the total-credit cap on the review-due page.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    await lead.getByTestId('credit-review-due-link').click();
    const cap = lead.getByTestId('credit-cap');
    await expect.poll(() => cap.getByTestId('credit-cap-total').innerText()).toBe('80,000');
    await cap.getByTestId('credit-cap-amount').fill('500000');
    await cap.getByTestId('credit-cap-year').fill('2026');
    await cap.getByTestId('credit-cap-save').click();
    await cap.getByText('已保存。').waitFor();
    await expect.poll(() => cap.getByTestId('credit-cap-limit').innerText()).toContain('500,000');
    await expectAccessible(lead, 'credit-cap');
    await lead.screenshot({ path: e2e.screenshotPath('credit-review-due-cap.png'), fullPage: true });

    // 第二十九条: 《预付、赊销客户汇总表》 prints from 台帐 with the approved customer.
    await lead.evaluate(() => {
      window.print = () => {};
    });
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    await lead.getByTestId('nav-ledgers').click();
    await lead.getByTestId('ledger-credit.prepayment-credit-customers').click();
    await lead.getByTestId('ledger-period').fill(month);
    await lead.getByTestId('ledger-print-rows').click();
    await lead.locator('[data-testid="ledger-print"][data-ledger="credit.prepayment-credit-customers"]').waitFor({ state: 'attached' });
    await lead.emulateMedia({ media: 'print' });
    const summary = e2e.screenshotPath('credit-customer-summary.pdf');
    await lead.pdf({ path: summary, printBackground: true, preferCSSPageSize: true });
    await lead.emulateMedia({ media: 'screen' });
    const text = pdfText(summary, 1);
    for (const expected of ['预付、赊销客户汇总表', '四川某建材有限公司', 'A级', '长期预付、', '80000元', '董事长', '第1页共1页']) expect(text, expected).toContain(expected);

    // 第四十条: the station lead (for finance) fills in this month's 《客户授信额度执行评价表》, one yuan over the limit, and prints it.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    await lead.getByTestId('credit-review-due-link').click();
    await lead.getByTestId('credit-monthly-link').click();
    const row = lead.locator('[data-testid^="evaluation-row-"]').filter({ hasText: '四川某建材有限公司' });
    await row.getByTestId('evaluation-fill').click();
    const figures = lead.getByTestId('evaluation-form');
    for (const [field, value] of [['balance', '80001'], ['shipments', '60000'], ['payments', '50000']] as const) await figures.getByTestId(`evaluation-${field}`).fill(value);
    await figures.getByTestId('evaluation-save').click();
    await lead.locator('[data-testid^="evaluation-row-"][data-over-limit="true"]').waitFor();
    await expectAccessible(lead, 'credit-month');
    await lead.screenshot({ path: e2e.screenshotPath('credit-month.png'), fullPage: true });
    await lead.getByTestId('evaluation-print-filled').click();
    await lead.getByTestId('evaluation-print-sheet').waitFor({ state: 'attached' });
    await lead.emulateMedia({ media: 'print' });
    const evaluation = e2e.screenshotPath('credit-execution-evaluation.pdf');
    await lead.pdf({ path: evaluation, printBackground: true, preferCSSPageSize: true });
    await lead.emulateMedia({ media: 'screen' });
    const sheet = pdfText(evaluation, 1);
    for (const expected of ['客户授信额度执行评价表', '四川某建材有限公司', '80,001', '超限', '王建国', '董事长审批']) expect(sheet, expected).toContain(expected);
    expect(pageCount(evaluation)).toBe(1);
  });
});
