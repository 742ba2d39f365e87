import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from './support/pdf';
import { useBrowserMode } from './support/use-browser-mode';
import { act, openBySerial, pageOf, signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-overdue-');

/** A wall-clock time in Shanghai, `days` from now at `hh:mm`, as a datetime-local value. */
function shanghaiLocal(days: number, time: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

/** Now in Shanghai, minus `minutes`, as a datetime-local value. */
function shanghaiMinutesAgo(minutes: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - minutes * 60_000).toISOString().slice(0, 16);
}

async function reopen(page: Page, login: string, serial: string): Promise<void> {
  await page.reload();
  await signIn(page, login);
  await openBySerial(page, serial);
}

describe('issue 17 §1.1: a complaint left past its limit moves forward, counts as overdue, escalates by 篇6 第三十一条, and closes', () => {
  it('late plan and a consented extension by the lead, 第三十一条 escalation, the extension application printed, closed', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    // 受理: entered three weeks after the customer complained — past both the 3 and the 7 working days of 第十八条.
    const clerk = await pageOf(browser, server.url, 'limei');
    await clerk.getByTestId('nav-complaints').click();
    await clerk.getByTestId('new-complaint').click();
    await clerk.getByTestId('field-kind-complaint').check();
    await clerk.getByTestId('field-channel').selectOption('phone');
    await clerk.getByTestId('field-customerName').fill('黄德明');
    await clerk.getByTestId('field-customerPhone').fill('139 2222 7788');
    await clerk.getByTestId('field-content').fill('三周前反映加气站排队收费混乱，至今无人回复。');
    await clerk.getByTestId('field-problemCode').fill('排队收费');
    await clerk.getByTestId('field-receivedAt').fill(shanghaiLocal(-21, '09:30'));
    await clerk.getByTestId('save-complaint').click();
    await clerk.getByTestId('complaint-detail').waitFor();
    const serial = (await clerk.getByTestId('detail-serial').innerText()).trim();

    // Escalated at entry by 第三十一条 (past the limit, nothing said to the customer): 重大, the rule cited, the call centre to be told.
    await expect.poll(() => clerk.getByTestId('grade-class').innerText()).toContain('重大投诉');
    const escalations = clerk.getByTestId('escalation-records');
    await expect.poll(() => escalations.innerText()).toContain('《四川**实业集团有限公司客户投诉管理办法(试行)》第三十一条');
    await expect.poll(() => escalations.innerText()).toContain('系统');
    // The rules' own note in words: the limit in the site's time, the customer not told; no ISO moment, no code.
    await expect.poll(() => escalations.innerText()).toContain('未向客户说明');
    await expect(escalations.innerText()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}T|overdue_without|\(ordinary\)/);
    await expect.poll(() => clerk.getByTestId('escalation-notify').first().innerText()).toContain('呼叫中心');
    await expect.poll(() => clerk.getByTestId('detail-limit-missed').innerText()).toContain('计为超时');

    // 分派.
    const callCentre = await pageOf(browser, server.url, 'zhaoli');
    await openBySerial(callCentre, serial);
    await act(callCentre, 'accept', async (form) => {
      const zhangwei = await form.getByTestId('act-assigneeId').locator('option', { hasText: '张伟' }).getAttribute('value');
      await form.getByTestId('act-assigneeId').selectOption(zhangwei!);
    });

    // The station lead records a late plan: accepted, and the case still counts as overdue.
    const lead = await pageOf(browser, server.url, 'wangjg');
    await openBySerial(lead, serial);
    await lead.getByTestId('action-planSolution').click();
    await expect.poll(() => lead.getByTestId('late-plan-hint').innerText()).toContain('本案仍计为超时');
    await lead.getByTestId('act-measures').fill('增开收费窗口，专人维持排队秩序');
    await lead.getByTestId('act-dueAt').fill(shanghaiLocal(1, '17:00'));
    await lead.getByTestId('action-form-planSolution').getByTestId('action-submit').click();
    await lead.getByTestId('action-done').waitFor();
    await expect.poll(() => lead.getByTestId('detail-status').innerText()).toContain('处理中');
    await expect.poll(() => lead.getByTestId('detail-late-plan').innerText()).toContain('王建国');
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('work-list-tab-overdue').click();
    await lead.getByTestId('complaint-row').filter({ hasText: serial }).waitFor();
    await lead.getByTestId('complaint-row').filter({ hasText: serial }).click();

    // 第二十七条: several departments, the customer agreed by phone, the call centre phoned within 3 minutes — effective at once, no approver.
    await act(lead, 'requestExtension', async (form) => {
      await form.getByTestId('act-extensionType-multi_department').check();
      await form.getByTestId('act-reason').fill('需收费系统厂家与运营部共同改造');
      await form.getByTestId('act-newDueAt').fill(shanghaiLocal(6, '17:00'));
      await form.getByTestId('act-customerConsentAt').fill(shanghaiMinutesAgo(4));
      await form.getByTestId('act-consentMethod').selectOption('phone');
      await form.getByTestId('act-callCentreToldAt').fill(shanghaiMinutesAgo(2));
    });
    const extensions = lead.getByTestId('extension-records');
    await expect.poll(() => extensions.innerText()).toContain('客户同意');
    await expect.poll(() => extensions.innerText()).toContain('已批准');
    await expect.poll(() => lead.getByTestId('detail-limit-missed').innerText()).toContain('计为超时');
    await lead.screenshot({ path: e2e.screenshotPath('overdue-case-extended.png'), fullPage: true });

    // 打印延期申请表 (the browser's dialog is skipped in the test), as PDF and as a PNG to look at.
    await lead.evaluate(() => {
      window.print = () => {};
    });
    await lead.locator('[data-testid^="print-extension-"]').first().click();
    await lead.emulateMedia({ media: 'print' });
    const pdf = e2e.screenshotPath('overdue-extension-form.pdf');
    await lead.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await lead.emulateMedia({ media: 'screen' });
    const text = pdfText(pdf);
    for (const expected of [
      '投诉处理延期申请表',
      serial,
      '黄德明',
      '规定处理时限',
      '已超过规定时限',
      '涉及多部门',
      '需收费系统厂家与运营部共同改造',
      '王建国',
      '电话',
      '客户同意',
      '经客户同意即生效，无须审批（《四川**实业集团有限公司客户投诉管理办法(试行)》第二十七条）',
      '分管副总裁确认签字',
      '《四川**实业集团有限公司客户投诉管理办法(试行)》第十八条、第二十七条',
    ]) {
      expect(text, `extension form should contain ${expected}`).toContain(expected);
    }
    expect(text).not.toContain('客户投诉登记表'); // the register is not printed with it
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, e2e.screenshotPath('overdue-extension-form')]);
    expect(fs.existsSync(e2e.screenshotPath('overdue-extension-form.png'))).toBe(true);

    // 处理完毕并答复, then a satisfied call-back closes it; having run late stays on the record.
    await act(lead, 'resolve', async (form) => {
      await form.getByTestId('act-result').fill('已增开收费窗口并致歉');
      await form.getByTestId('act-replyMethod').selectOption('phone');
    });
    await reopen(callCentre, 'zhaoli', serial);
    await act(callCentre, 'callBack', async (form) => {
      await form.getByTestId('act-method-phone').check();
      await form.getByTestId('act-resolutionAdequate-yes').check();
      await form.getByTestId('act-timeliness-basically_satisfied').check();
      await form.getByTestId('act-attitude-satisfied').check();
      await form.getByTestId('act-result-satisfied').check();
    });
    await expect.poll(() => callCentre.getByTestId('detail-status').innerText()).toContain('已结案');
    await expect.poll(() => callCentre.getByTestId('detail-limit-missed').innerText()).toContain('计为超时');
    await expect.poll(() => callCentre.getByTestId('detail-late-plan').innerText()).toContain('王建国');
    await callCentre.screenshot({ path: e2e.screenshotPath('overdue-case-closed.png'), fullPage: true });
    await callCentre.getByTestId('handling-summary').screenshot({ path: e2e.screenshotPath('overdue-case-handling.png') });
    await callCentre.getByTestId('escalation-records').screenshot({ path: e2e.screenshotPath('overdue-case-escalations.png') });
  });
});
