import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-credit-adjustment-');

/*
 * Issue 19 in Chromium: a credit-limit adjustment (seed002 客户管理制度3 第四十条、第四十一条) from the monthly
 * 《客户授信额度执行评价表》 to the customer's file. The demo's 四川某建材有限公司 is graded A (80,000 元) first;
 * the station lead enters the month's figures and may not check them (核对 disabled for the figure enterer);
 * the unit head checks them and proposes 60,000 元 and may not decide; the general manager approves; the
 * limit in force becomes 60,000 元 and the customer's history (往来记录) tells the proposal and the approval.
 */

const FIRM = '四川某建材有限公司';

async function openFirm(page: Page) {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('open-customers').click();
  await page.getByTestId('customer-search').fill('建材');
  await page.locator('[data-testid^="open-customer-"]').filter({ hasText: FIRM }).first().click();
  await page.getByTestId('credit-section').waitFor();
}

async function openMonth(page: Page) {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('open-customers').click();
  await page.getByTestId('credit-review-due-link').click();
  await page.getByTestId('credit-monthly-link').click();
  return page.locator('[data-testid^="evaluation-row-"]').filter({ hasText: FIRM });
}

/** 第十五条–第十九条 through the screens: proposed by the station lead, reviewed, approved. */
async function gradeA(browser: import('playwright-core').Browser, url: string, lead: Page) {
  await openFirm(lead);
  await lead.getByTestId('credit-new').click();
  const form = lead.getByTestId('credit-form');
  await form.getByTestId('credit-cooperationSince').fill('2020-03-01');
  await form.getByTestId('credit-goodOperatingYears').fill('3');
  for (const item of [1, 2, 3, 4, 5, 6, 7]) await form.getByTestId(`credit-item-${item}`).check();
  for (const id of ['A3', 'A5', 'A6']) await form.getByTestId(`credit-tick-${id}`).check();
  await form.getByTestId('credit-paymentsTotal').fill('1200000');
  await form.getByTestId('credit-shipmentsTotal').fill('960000');
  await form.getByTestId('credit-hadCreditSales').check();
  await expect.poll(() => form.getByTestId('credit-outcome').getAttribute('data-grade')).toBe('A');
  await form.getByTestId('credit-reason').fill('会同经办业务员评定');
  await form.getByTestId('credit-submit').click();
  await lead.locator('[data-testid^="credit-grading-"][data-status="proposed"]').waitFor();
  const leader = await pageOf(browser, url, 'chenzm');
  await openFirm(leader);
  await leader.getByTestId('credit-review-approve').click();
  await leader.locator('[data-testid^="credit-grading-"][data-status="reviewed"]').waitFor();
  const gm = await pageOf(browser, url, 'zhouht');
  await openFirm(gm);
  await gm.getByTestId('credit-approve-approve').click();
  await gm.locator('[data-testid^="credit-grading-"][data-status="approved"]').waitFor();
  return gm;
}

describe('a credit-limit adjustment in Chromium (第四十条、第四十一条)', () => {
  it('is proposed by a second person, approved by the general manager, changes the limit in force and shows in the history', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();
    const lead = await pageOf(browser, server.url, 'wangjg');
    const gm = await gradeA(browser, server.url, lead);

    // The station lead (for finance) enters this month's figures; 核对 is offered to him disabled, with the reason.
    let row = await openMonth(lead);
    await row.getByTestId('evaluation-fill').click();
    const figures = lead.getByTestId('evaluation-form');
    for (const [field, value] of [['balance', '70000'], ['shipments', '60000'], ['payments', '50000']] as const) await figures.getByTestId(`evaluation-${field}`).fill(value);
    await figures.getByTestId('evaluation-save').click();
    row = lead.locator('[data-testid^="evaluation-row-"]').filter({ hasText: FIRM });
    await expect.poll(() => row.getByTestId('evaluation-check').isDisabled()).toBe(true);
    await expect.poll(() => row.getByTestId('evaluation-check-own').innerText()).not.toBe('');

    // The unit head checks the figures and proposes 60,000 元; he may not decide on it.
    const head = await pageOf(browser, server.url, 'liuqiang');
    row = await openMonth(head);
    await row.getByTestId('evaluation-check').click();
    const check = head.getByTestId('evaluation-check-form');
    await check.getByTestId('evaluation-agree').check();
    await check.getByTestId('evaluation-opinion').fill('回款放缓，压降额度');
    await check.getByTestId('evaluation-proposedLimit').fill('60000');
    await check.getByTestId('evaluation-check-save').click();
    await expect.poll(() => row.getByTestId('evaluation-checked').innerText()).toContain('60,000');
    expect(await row.getByTestId('evaluation-decide').count()).toBe(0);

    // The general manager approves: the limit in force is 60,000 元.
    row = await openMonth(gm);
    await row.getByTestId('evaluation-decide').click();
    await gm.getByTestId('evaluation-approve').click();
    await expect.poll(() => row.getByTestId('evaluation-checked').innerText()).toContain('周海涛');
    await openFirm(gm);
    await expect.poll(() => gm.getByTestId('credit-limit-now').innerText()).toContain('60,000');

    // The customer's history tells the proposal and the approval, before → after and who.
    const history = gm.getByTestId('customer-history');
    const approved = history.locator('[data-type="limitAdjustmentDecided"]');
    await expect.poll(() => approved.innerText()).toContain('周海涛 批准调整授信额度');
    expect(await approved.innerText()).toContain('80,000 元 → 60,000 元，自');
    await expect.poll(() => history.locator('[data-type="limitAdjustmentProposed"]').innerText()).toContain('刘强 核对评价表时提出调整授信额度');
    await expectAccessible(gm, 'customer-history-adjustment');
    await gm.screenshot({ path: e2e.screenshotPath('credit-adjustment-history.png'), fullPage: true });
  });
});
