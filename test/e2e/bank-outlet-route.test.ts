import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assignPosts, receiveAtCounter } from './support/bank-outlet';
import { startServer } from './support/browser-mode';
import { act, confirmIfAsked, openBySerial, pageOf, signIn } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-bank-route-');

function shanghaiLocal(days: number, time: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

async function pickPerson(form: Locator, field: string, name: string): Promise<void> {
  const value = await form.getByTestId(field).locator('option', { hasText: name }).getAttribute('value');
  await form.getByTestId(field).selectOption(value!);
}

async function callBack(page: Page): Promise<void> {
  await page.getByTestId('action-callBack').click();
  const form = page.getByTestId('action-form-callBack');
  await form.getByTestId('act-method-phone').check();
  await form.getByTestId('act-resolutionAdequate-yes').check();
  await form.getByTestId('act-timeliness-satisfied').check();
  await form.getByTestId('act-attitude-satisfied').check();
  await form.getByTestId('act-result-satisfied').check();
  await form.getByTestId('action-submit').click();
  await confirmIfAsked(page, 'callBack');
}

describe('the bank outlet demo runs its own posts (seed002 客户管理制度4 第四条, 第六条, 第八条(三))', () => {
  it('the head assigns the posts; the teller receives, the complaint manager handles, and the case closes only after the head signs', async () => {
    const server = await startServer(e2e.dataDir, ['--demo', 'bank-outlet']);
    const browser = e2e.browser();
    try {
      const head = await pageOf(browser, server.url, 'zhoumin');
      await assignPosts(head, { zhoumin: 'outlet_head', wuxia: 'complaint_manager', qianjun: 'first_employee' });

      // 首问负责制 (第六条): the teller takes the complaint and, beyond their post, passes it to the complaint manager.
      const teller = await pageOf(browser, server.url, 'qianjun');
      const serial = await receiveAtCounter(teller, {
        customerName: '李秀英',
        customerPhone: '0379 6592 0002',
        content: '客户反映网点叫号后柜台长时间无人办理，等候一个多小时。',
        restatement: '叫号后柜台无人办理，等候一小时以上（已复述，客户确认）',
      });
      await teller.getByTestId('route-panel').waitFor();
      await act(teller, 'accept', (form) => pickPerson(form, 'act-assigneeId', '吴霞'));

      const manager = await pageOf(browser, server.url, 'wuxia');
      await openBySerial(manager, serial);
      await act(manager, 'planSolution', async (form) => {
        await form.getByTestId('act-measures').fill('调取叫号记录，向客户致歉并说明原因');
        await form.getByTestId('act-dueAt').fill(shanghaiLocal(1, '12:00'));
      });
      await expect.poll(() => manager.getByTestId('action-refer').count()).toBe(0); // only the outlet head confirms a referral
      await act(manager, 'resolve', async (form) => {
        await form.getByTestId('act-result').fill('已当面致歉，并调整午间柜台排班。');
        await form.getByTestId('act-replyMethod').selectOption('in_person');
      });

      // 第八条(三): the register entry is signed by the outlet head before the case closes.
      await head.reload();
      await signIn(head, 'zhoumin');
      await openBySerial(head, serial);
      await expect.poll(() => head.getByTestId('route-approval-sign').innerText()).toContain('待 网点负责人 签字确认（结案前）');
      await callBack(head);
      await expect.poll(() => head.getByRole('alert').filter({ hasText: '须先由 网点负责人 签字确认' }).first().innerText()).toContain('营业网点客户投诉处理规范');
      await head.keyboard.press('Escape');
      await head.getByTestId('route-give-sign').click();
      await head.getByTestId('route-approval-sign').filter({ hasText: '周敏 已于' }).waitFor();
      await head.reload();
      await signIn(head, 'zhoumin');
      await openBySerial(head, serial);
      await callBack(head);
      await head.getByTestId('detail-status').filter({ hasText: '已结案' }).waitFor();
      await head.screenshot({ path: e2e.screenshotPath('bank-outlet-route-closed.png'), fullPage: true });
    } finally {
      await server.stop();
    }
  });

  it('a teller records a complaint answered on the spot: it closes at once with the answer as its reply, shown on the detail and the reply clock (第七条(二), 第八条(一))', async () => {
    const server = await startServer(e2e.dataDir, ['--demo', 'bank-outlet']);
    const browser = e2e.browser();
    try {
      const head = await pageOf(browser, server.url, 'zhoumin');
      await assignPosts(head, { zhoumin: 'outlet_head', qianjun: 'first_employee' });

      const teller = await pageOf(browser, server.url, 'qianjun');
      await receiveAtCounter(teller, {
        customerName: '王淑芬',
        customerPhone: '0379 6592 0003',
        content: '客户质疑跨行转账为何收取手续费。',
        restatement: '跨行转账收费疑问（已复述，客户确认）',
      });
      await act(teller, 'answerOnSpot', async (form) => {
        await form.getByTestId('act-explanation').fill('当场向客户出示收费标准公示，解释跨行转账手续费，客户表示理解。');
      });
      await teller.getByTestId('detail-status').filter({ hasText: '已结案' }).waitFor();
      await expect.poll(() => teller.getByTestId('on-the-spot-record').innerText()).toContain('当场向客户出示收费标准公示');
      await expect.poll(() => teller.getByTestId('side-path-reply').innerText()).toContain('已当场答复，本时限在答复时按时完成');
      await expect.poll(() => teller.getByTestId('deadline-reply').getAttribute('class')).toBe('done');
      await expect.poll(() => teller.getByTestId('route-approval-sign').count()).toBe(0); // no signature awaited after an on-the-spot answer
      await teller.screenshot({ path: e2e.screenshotPath('bank-outlet-on-the-spot.png'), fullPage: true });
    } finally {
      await server.stop();
    }
  });
});
