import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from './support/browser-mode';
import { act, confirmIfAsked, openBySerial, pageOf, signIn } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-bank-route-');

function shanghaiLocal(days: number, time: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

/** Ticks one post for one user in 设置 › 岗位与流程 and waits until the core saved it. */
async function assign(panel: Locator, login: string, post: string): Promise<void> {
  await panel.getByTestId(`procedure-${login}-${post}`).click();
  await panel.locator(`[data-testid="procedure-${login}-${post}"]:checked:enabled`).waitFor();
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
      await head.getByTestId('nav-settings').click();
      const posts = head.getByTestId('procedure-roles');
      await posts.getByText('网点负责人').first().waitFor();
      await assign(posts, 'zhoumin', 'outlet_head');
      await assign(posts, 'wuxia', 'complaint_manager');
      await assign(posts, 'qianjun', 'first_employee');

      // 首问负责制 (第六条): the teller takes the complaint and, beyond their post, passes it to the complaint manager.
      const teller = await pageOf(browser, server.url, 'qianjun');
      await teller.getByTestId('nav-complaints').click();
      await teller.getByTestId('new-complaint').click();
      await teller.getByTestId('field-kind-complaint').check();
      await teller.getByTestId('field-channel').selectOption('in_person');
      await teller.getByTestId('field-customerName').fill('李秀英');
      await teller.getByTestId('field-customerPhone').fill('0379 6592 0002');
      await teller.getByTestId('field-content').fill('客户反映网点叫号后柜台长时间无人办理，等候一个多小时。');
      await teller.getByTestId('field-restatement').fill('叫号后柜台无人办理，等候一小时以上（已复述，客户确认）');
      await teller.getByTestId('save-complaint').click();
      await teller.getByTestId('complaint-detail').waitFor();
      const serial = await teller.getByTestId('detail-serial').innerText();
      await teller.getByTestId('route-panel').waitFor();
      await act(teller, 'accept', (form) => pickPerson(form, 'act-assigneeId', '吴霞'));

      const manager = await pageOf(browser, server.url, 'wuxia');
      await openBySerial(manager, serial);
      await act(manager, 'planSolution', async (form) => {
        await form.getByTestId('act-measures').fill('调取叫号记录，向客户致歉并说明原因');
        await form.getByTestId('act-dueAt').fill(shanghaiLocal(1, '12:00'));
      });
      await expect(manager.getByTestId('action-refer').count()).resolves.toBe(0); // only the outlet head confirms a referral
      await act(manager, 'resolve', async (form) => {
        await form.getByTestId('act-result').fill('已当面致歉，并调整午间柜台排班。');
        await form.getByTestId('act-replyMethod').selectOption('in_person');
      });

      // 第八条(三): the register entry is signed by the outlet head before the case closes.
      await head.reload();
      await signIn(head, 'zhoumin');
      await openBySerial(head, serial);
      await expect(head.getByTestId('route-approval-sign').innerText()).resolves.toContain('待 网点负责人 签字确认（结案前）');
      await callBack(head);
      await expect(head.getByRole('alert').filter({ hasText: '须先由 网点负责人 签字确认' }).first().innerText()).resolves.toContain('营业网点客户投诉处理规范');
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
});
