import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageOf } from './support/ui';
import { RESULTS_DIR, useBrowserMode } from './support/use-browser-mode';

/*
 * Issue 19 §3: a demo customer reclassified through seed000 第二篇 二、认定程序 on three counter PCs: the station
 * lead proposes (二(一)), the unit head reviews (二(二)), the leader in charge decides (二(三)); the history
 * and the per-class list show the change.
 */

const e2e = useBrowserMode('branchline-e2e-risk-classes-');
const CUSTOMER = '四川某建材有限公司';

async function openCustomer(page: Page): Promise<void> {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('open-customers').click();
  await page.getByTestId('customer-search').fill('建材');
  await page.getByTestId('customer-matches').getByText(CUSTOMER).click();
  await page.getByTestId('risk-class').waitFor();
}

describe('风险分类: reclassify a demo customer, approve, see the history', () => {
  it('proposed by the lead, reviewed by the unit head, decided by the leader in charge', async () => {
    const server = await e2e.server();
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await openCustomer(lead);
    const section = lead.getByTestId('risk-class');
    expect(await section.getByTestId('risk-current').innerText()).toContain('尚未分类');

    await section.getByTestId('risk-propose').click();
    const form = section.getByTestId('risk-propose-form');
    await form.getByTestId('risk-overdueDays').fill('3');
    await form.getByTestId('risk-judgement-litigation').check();
    await form.getByTestId('risk-judgement-reason-litigation').fill('法院传票已送达');
    expect(await form.getByTestId('risk-indicated').innerText()).toContain('第二类（预警管理）');
    await form.getByTestId('risk-to-class').selectOption('class2');
    await form.getByTestId('risk-reason').fill('贷款逾期三天，企业涉及诉讼');
    await lead.screenshot({ path: path.join(RESULTS_DIR, 'risk-class-1-propose.png'), fullPage: true });
    await form.getByTestId('risk-propose-submit').click();
    await section.getByTestId('risk-pending').getByText('待审核').waitFor();
    await expectAccessible(lead, 'risk-class-proposed');

    const unitHead = await pageOf(e2e.browser(), server.url, 'liuqiang');
    await openCustomer(unitHead);
    const toReview = unitHead.getByTestId('risk-pending');
    await toReview.getByTestId('risk-step-note').fill('信贷管理部会同风险管理部：同意');
    await toReview.getByTestId('risk-review').click();
    await toReview.getByText('已审核，待审议').waitFor();

    const leader = await pageOf(e2e.browser(), server.url, 'chenzm');
    await openCustomer(leader);
    const toDecide = leader.getByTestId('risk-pending');
    await toDecide.getByTestId('risk-step-note').fill('信审会审议通过');
    await toDecide.getByTestId('risk-approve').click();
    const history = leader.getByTestId('risk-history');
    await history.getByTestId('risk-history-entry').waitFor();
    const entry = await history.innerText();
    expect(entry).toContain('正常类（未分入三类） → 第二类（预警管理）');
    expect(entry).toContain('提出 王建国 · 审核 刘强 · 审议 陈志明');
    expect(entry).toContain('贷款逾期三天，企业涉及诉讼');
    expect(entry).toContain('信审会审议通过');
    expect(await leader.getByTestId('risk-current').innerText()).toContain('第二类（预警管理）');
    expect(await leader.getByTestId('risk-measures').innerText()).toContain('解除预警后才能调整类别');
    await leader.screenshot({ path: path.join(RESULTS_DIR, 'risk-class-2-decided.png'), fullPage: true });

    // The lead's customer files page lists the customer under class 2, and nothing awaits a step.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    const overview = lead.getByTestId('risk-overview');
    await overview.getByTestId('risk-overview-class2').getByText(CUSTOMER).waitFor();
    expect(await overview.innerText()).toContain('没有待处理的调整');
    await expectAccessible(lead, 'risk-class-overview');
  });
});
