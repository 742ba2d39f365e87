import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserMode } from './support/use-browser-mode';
import { act, openBySerial, pageOf, signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-loop-');

/** A wall-clock time in Shanghai, `days` from now at `hh:mm`, as a datetime-local value. */
function shanghaiLocal(days: number, time: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

async function statusOf(page: Page): Promise<string> {
  return page.getByTestId('detail-status').innerText();
}

describe('篇6: the full loop in Chromium', () => {
  it('logs, assigns, plans, extends with approval, resolves, escalates on a dissatisfied call-back, closes and prints the register', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    // 受理: the first receiver types the complaint.
    const clerk = await pageOf(browser, server.url, 'limei');
    await clerk.getByTestId('nav-complaints').click();
    await clerk.getByTestId('new-complaint').click();
    await clerk.getByTestId('field-kind-complaint').check();
    await clerk.getByTestId('field-channel').selectOption('phone');
    await clerk.getByTestId('field-customerName').fill('欧阳晓芸');
    await clerk.getByTestId('field-customerPhone').fill('137 0000 4321');
    await clerk.getByTestId('field-content').fill('加气站夜间排队超过一小时，工作人员态度冷淡，要求改进并道歉。');
    await clerk.getByTestId('save-complaint').click();
    await clerk.getByTestId('complaint-detail').waitFor();
    const serial = (await clerk.getByTestId('detail-serial').innerText()).trim();
    await expect.poll(() => clerk.getByTestId('grade-class').innerText()).toContain('一般投诉');

    // 分派: the call centre checks validity and assigns the handler.
    const callCentre = await pageOf(browser, server.url, 'zhaoli');
    await openBySerial(callCentre, serial);
    await act(callCentre, 'accept', async (form) => {
      const zhangwei = await form.getByTestId('act-assigneeId').locator('option', { hasText: '张伟' }).getAttribute('value');
      await form.getByTestId('act-assigneeId').selectOption(zhangwei!);
    });
    await expect.poll(() => callCentre.getByTestId('detail-assignee').innerText()).toContain('张伟');
    await expect.poll(() => statusOf(callCentre)).toContain('已分派');

    // 登记解决方案 and 申请延期: the handler plans, then needs more time.
    const handler = await pageOf(browser, server.url, 'zhangwei');
    await handler.getByTestId('nav-complaints').click();
    await handler.getByTestId('work-list-tab-mine').click();
    await handler.getByTestId('complaint-row').filter({ hasText: serial }).click();
    await act(handler, 'planSolution', async (form) => {
      await form.getByTestId('act-measures').fill('增开夜间收银台，当班人员向客户道歉');
      await form.getByTestId('act-dueAt').fill(shanghaiLocal(1, '12:00'));
    });
    await act(handler, 'requestExtension', async (form) => {
      await form.getByTestId('act-extensionType-special_circumstance').check();
      await form.getByTestId('act-reason').fill('收银设备需厂家上门改造');
      await form.getByTestId('act-newDueAt').fill(shanghaiLocal(12, '17:00'));
    });

    // 审批延期: the 分管副总裁 approves.
    const leader = await pageOf(browser, server.url, 'chenzm');
    await openBySerial(leader, serial);
    await act(leader, 'decideExtension', (form) => form.getByTestId('act-decision-approve').check());
    await expect.poll(() => leader.getByTestId('complaint-detail').innerText()).toContain('已批准');

    // 登记处理过程, 处理完毕并答复.
    await handler.reload();
    await signIn(handler, 'zhangwei');
    await openBySerial(handler, serial);
    await act(handler, 'log', async (form) => {
      await form.getByTestId('act-entryType').selectOption('customer_contacted');
      await form.getByTestId('act-text').fill('已电话告知客户改造进度');
    });
    await act(handler, 'resolve', async (form) => {
      await form.getByTestId('act-result').fill('已增开夜间收银台，当班人员当面致歉');
      await form.getByTestId('act-replyMethod').selectOption('phone');
    });

    // 回访: dissatisfied → escalated by itself and back to handling.
    await callCentre.reload();
    await signIn(callCentre, 'zhaoli');
    await callCentre.getByTestId('nav-complaints').click();
    await callCentre.getByTestId('work-list-tab-awaitingCallBack').click();
    await callCentre.getByTestId('complaint-row').filter({ hasText: serial }).click();
    const dissatisfied = async (form: ReturnType<Page['getByTestId']>) => {
      await form.getByTestId('act-method-phone').check();
      await form.getByTestId('act-resolutionAdequate-no').check();
      await form.getByTestId('act-timeliness-satisfied').check();
      await form.getByTestId('act-attitude-dissatisfied').check();
      await form.getByTestId('act-result-basically_satisfied').check();
      await form.getByTestId('act-otherOpinions').fill('夜间仍只有一个收银台');
    };
    await act(callCentre, 'callBack', dissatisfied);
    const afterDissatisfied = await callCentre.getByTestId('complaint-detail').innerText();
    expect(afterDissatisfied).toContain('回访客户不满意');
    expect(await statusOf(callCentre)).toContain('处理中');
    await expect.poll(() => callCentre.getByTestId('detail-escalations').innerText()).toContain('1');

    // Handled again, called back again, satisfied → closed.
    await handler.reload();
    await signIn(handler, 'zhangwei');
    await openBySerial(handler, serial);
    await act(handler, 'resolve', async (form) => {
      await form.getByTestId('act-result').fill('已增开第二个夜间收银台');
      await form.getByTestId('act-replyMethod').selectOption('in_person');
    });
    await callCentre.reload();
    await signIn(callCentre, 'zhaoli');
    await openBySerial(callCentre, serial);
    await act(callCentre, 'callBack', async (form) => {
      await form.getByTestId('act-method-on_site').check();
      await form.getByTestId('act-resolutionAdequate-yes').check();
      await form.getByTestId('act-timeliness-satisfied').check();
      await form.getByTestId('act-attitude-satisfied').check();
      await form.getByTestId('act-result-satisfied').check();
    });
    expect(await statusOf(callCentre)).toContain('已结案');
    await expect.poll(() => callCentre.getByTestId('no-actions').count()).toBe(1);
    await callCentre.screenshot({ path: e2e.screenshotPath('complaint-closed.png'), fullPage: true });

    // 打印登记表: the register page as PDF, turned into text and a PNG.
    await callCentre.emulateMedia({ media: 'print' });
    const pdfPath = e2e.screenshotPath('complaint-register.pdf');
    await callCentre.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const expected of ['客户投诉登记表', serial, '欧阳晓芸', '张伟', '增开夜间收银台', '回访客户不满意', '已增开第二个夜间收银台', '网点负责人']) {
      expect(text, `printed register should contain ${expected}`).toContain(expected);
    }
    expect(text).not.toContain('办理'); // the screen's action panel is not printed
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, e2e.screenshotPath('complaint-register')]);
    const png = fs.readdirSync(e2e.screenshotPath('.')).find((f) => f.startsWith('complaint-register') && f.endsWith('.png'));
    expect(png).toBeDefined();
  });
});
