import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { pageCount, pdfText } from './support/pdf';
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
    await expect.poll(() => section.getByTestId('risk-current').innerText()).toContain('尚未分类');

    await section.getByTestId('risk-propose').click();
    const form = section.getByTestId('risk-propose-form');
    await form.getByTestId('risk-overdueDays').fill('3');
    await form.getByTestId('risk-judgement-litigation').check();
    await form.getByTestId('risk-judgement-reason-litigation').fill('法院传票已送达');
    await expect.poll(() => form.getByTestId('risk-indicated').innerText()).toContain('第二类（预警管理）');
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
    await expect.poll(() => leader.getByTestId('risk-current').innerText()).toContain('第二类（预警管理）');
    await expect.poll(() => leader.getByTestId('risk-measures').innerText()).toContain('解除预警后才能调整类别');
    await leader.screenshot({ path: path.join(RESULTS_DIR, 'risk-class-2-decided.png'), fullPage: true });

    // The lead's customer files page lists the customer under class 2, and nothing awaits a step.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    const overview = lead.getByTestId('risk-overview');
    await overview.getByTestId('risk-overview-class2').getByText(CUSTOMER).waitFor();
    await expect.poll(() => overview.innerText()).toContain('没有待处理的调整');
    await expectAccessible(lead, 'risk-class-overview');

    // 三(二)1(4): a class 2 customer is due an inspection a month after its class day; nothing recorded yet.
    await lead.getByTestId('risk-cadence-due-link').click();
    const due = lead.getByTestId('risk-cadence-table');
    await due.getByText(CUSTOMER).waitFor();
    expect(await due.locator('tbody tr').first().getAttribute('data-state')).toBe('planned');
    await expect.poll(() => due.innerText()).toContain('未到期');
    await lead.screenshot({ path: path.join(RESULTS_DIR, 'risk-class-3-cadence-due.png'), fullPage: true });
    await expectAccessible(lead, 'risk-cadence-due');

    // A visit recorded on the file counts as done.
    await openCustomer(lead);
    const cadence = lead.getByTestId('risk-cadence');
    await expect.poll(() => cadence.innerText()).toContain('按月开展贷后检查');
    await expect.poll(() => cadence.innerText()).toContain('分类以来尚无计入的跟进');
    await cadence.getByTestId('cadence-method').selectOption('visit');
    await cadence.getByTestId('cadence-note').fill('实地走访企业，了解资金链情况');
    await cadence.getByTestId('cadence-submit').click();
    await cadence.getByText('已跟进 1 次', { exact: false }).waitFor();
    await cadence.scrollIntoViewIfNeeded();
    await lead.screenshot({ path: path.join(RESULTS_DIR, 'risk-class-4-cadence.png') });
    await expectAccessible(lead, 'risk-cadence-file');

    // 《客户风险排查表》 on A4 (the browser's dialog is skipped in the test), as PDF: filled from the records.
    await lead.evaluate(() => {
      window.print = () => {};
    });
    await lead.getByTestId('risk-print-screening-filled').click();
    await lead.getByTestId('risk-print-screening').waitFor({ state: 'attached' });
    await lead.emulateMedia({ media: 'print' });
    const pdf = path.join(RESULTS_DIR, 'risk-screening-form.pdf');
    await lead.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    await lead.emulateMedia({ media: 'screen' });
    const text = pdfText(pdf, 1);
    for (const expected of ['客户风险排查表', CUSTOMER, '第二类（预警管理）', '实地走访企业，了解资金链情况', '担保链', '主办客户经理（填报）']) expect(text, expected).toContain(expected);
    expect(text).not.toContain('客户档案'); // the screen is not printed with the sheet
    expect(pageCount(pdf)).toBe(1);

    // 三(二): the institution's meeting about its warning customers, recorded from 客户档案 → 风险分析会议 and printed.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    await lead.getByTestId('risk-meetings-link').click();
    const plan = lead.getByTestId('meeting-plan');
    // Put in class 2 today: the month is not owed (from the month after the class day).
    expect(await plan.getByTestId('meeting-plan-dynamicAnalysis').getAttribute('data-state')).toBe('planNotOwed');
    await lead.getByTestId('meeting-new').click();
    const meeting = lead.getByTestId('meeting-form');
    await meeting.getByTestId('meeting-kind-dynamicAnalysis').check();
    await meeting.getByTestId('meeting-attendees').fill('王建国\n刘强\n主办客户经理张伟');
    await meeting.locator('[data-testid^="meeting-customer-"]').first().check();
    await meeting.getByTestId('meeting-conclusions').fill('压缩授信敞口，追加房产抵押，每周走访一次');
    await expectAccessible(lead, 'risk-meeting-form');
    await meeting.getByTestId('meeting-save').click();
    const recorded = lead.getByTestId('meeting-list').locator('li').first();
    await recorded.getByText('压缩授信敞口', { exact: false }).waitFor();
    await expect.poll(() => recorded.innerText()).toContain(CUSTOMER);
    await lead.screenshot({ path: path.join(RESULTS_DIR, 'risk-meeting-recorded.png'), fullPage: true });
    await recorded.locator('[data-testid^="meeting-print-"]').click();
    await lead.getByTestId('meeting-print-sheet').waitFor({ state: 'attached' });
    await lead.emulateMedia({ media: 'print' });
    const minutes = path.join(RESULTS_DIR, 'risk-meeting-record.pdf');
    await lead.pdf({ path: minutes, printBackground: true, preferCSSPageSize: true });
    await lead.emulateMedia({ media: 'screen' });
    const record = pdfText(minutes, 1);
    for (const expected of ['风险分析会议记录', '动态分析会', CUSTOMER, '王建国、刘强、主办客户经理张伟', '压缩授信敞口', '主持人（机构负责人）']) expect(record, expected).toContain(expected);
    expect(pageCount(minutes)).toBe(1);
  });
});
