import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserMode } from './support/use-browser-mode';
import { act, openBySerial, pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-notifications-');

/** Registers a complaint through the form (ticking 篇6 第十三条 第二类(一) when `major`) and returns its serial. */
async function register(page: Page, content: string, major: boolean): Promise<string> {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('new-complaint').click();
  await page.getByTestId('field-kind-complaint').check();
  await page.getByTestId('field-channel').selectOption('phone');
  await page.getByTestId('field-customerName').fill('通知测试客户');
  await page.getByTestId('field-content').fill(content);
  if (major) {
    await page.getByTestId('criterion-major.1').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="grade-class"]')?.textContent === '重大投诉');
  }
  await page.getByTestId('save-complaint').click();
  await page.getByTestId('complaint-detail').waitFor();
  return (await page.getByTestId('detail-serial').innerText()).trim();
}

async function assignTo张伟(page: Page, serial: string): Promise<void> {
  await openBySerial(page, serial);
  await act(page, 'accept', async (form) => {
    const zhangwei = await form.getByTestId('act-assigneeId').locator('option', { hasText: '张伟' }).getAttribute('value');
    await form.getByTestId('act-assigneeId').selectOption(zhangwei!);
  });
}

/** The inbox card of one complaint's notification, after opening 通知 (reloading the page until it is there). */
async function inboxCard(page: Page, serial: string, obligation: string, timeoutMs = 10_000) {
  const card = page.locator(`[data-testid="notification"][data-obligation="${obligation}"]`).filter({ hasText: serial });
  const until = Date.now() + timeoutMs;
  for (;;) {
    await page.getByTestId('nav-notifications').click();
    // The page first shows the list of the last visit; count only once this visit's load has answered.
    await page.locator('[data-testid="notification-list"][aria-busy="false"]').waitFor();
    if ((await card.count()) > 0) return card.first();
    if (Date.now() > until) throw new Error(`no ${obligation} notification for ${serial} within ${timeoutMs} ms`);
    await page.getByTestId('nav-complaints').click();
    await page.waitForTimeout(2000);
  }
}

/** The complaint's notifications as the store holds them (read-only, beside the running server). */
function notificationsInStore(serial: string): string {
  const db = new Database(path.join(e2e.dataDir, 'branchline.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare('SELECT n.obligation, n.level, n.created_at, n.due_at, n.escalate_at, n.escalated_at FROM notifications n JOIN complaints c ON c.id = n.complaint_id WHERE c.serial = ? ORDER BY n.created_at')
      .all(serial);
    const settings = db.prepare("SELECT * FROM notifications WHERE escalate_at IS NOT NULL ORDER BY escalate_at LIMIT 3").all();
    return JSON.stringify({ rows, firstDueForEscalation: settings }, null, 1);
  } finally {
    db.close();
  }
}

describe('notifications that reach people, in Chromium', () => {
  it('a major complaint copies the unit head, the assignee acknowledges, and an unacknowledged one escalates after its limit', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    // The station lead gives "no time in the source" one minute at this site (篇6 第二十一条 names none).
    const lead = await pageOf(browser, server.url, 'wangjg');
    await lead.getByTestId('nav-settings').click();
    await lead.getByTestId('notify-unstatedMinutes').fill('1');
    await lead.getByTestId('notify-settings-save').click();
    await lead.getByTestId('notification-settings').getByRole('status').waitFor();

    // 受理: a major complaint.
    const clerk = await pageOf(browser, server.url, 'limei');
    const major = await register(clerk, '罐车撞坏客户围墙，造成重大财产损失。', true);

    // 第十九条: the unit head is copied; his badge counts it and his inbox shows it with its source.
    const head = await pageOf(browser, server.url, 'liuqiang');
    await head.getByTestId('notification-badge').waitFor();
    const copy = await inboxCard(head, major, 'major.copy-unit-heads');
    await expect.poll(() => copy.innerText()).toContain('《四川**实业集团有限公司客户投诉管理办法(试行)》第十九条');
    await expect.poll(() => copy.innerText()).toContain('抄送');
    await copy.getByTestId('notification-mark-read').click();
    await head.locator('[data-obligation="major.copy-unit-heads"]').filter({ hasText: major }).waitFor({ state: 'detached' });

    // 第二十一条: dispatching tells the assignee, who acknowledges in his inbox.
    const callCentre = await pageOf(browser, server.url, 'zhaoli');
    await assignTo张伟(callCentre, major);
    const handler = await pageOf(browser, server.url, 'zhangwei');
    const dispatched = await inboxCard(handler, major, 'dispatch.handler');
    await expect.poll(() => dispatched.getByTestId('notification-to').innerText()).toBe('本案处理人');
    await dispatched.getByTestId('notification-acknowledge').click();
    await handler.getByTestId('notifications-show-all').click();
    // The acknowledgement's reload and the click's load may answer in either order; read once both have.
    await handler.locator('[data-testid="notification-list"][aria-busy="false"]').waitFor();
    const done = handler.locator('[data-obligation="dispatch.handler"]').filter({ hasText: major }).first();
    await expect.poll(() => done.getByTestId('notification-ack').innerText(), { timeout: 10_000 }).toMatch(/^张伟 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 确认收到$/);
    await handler.screenshot({ path: e2e.screenshotPath('notifications-inbox.png') });

    // A second case is dispatched and left unacknowledged: after its minute the core's timer escalates it to the station lead.
    const ordinary = await register(clerk, '加气站排队时间过长。', false);
    await assignTo张伟(callCentre, ordinary);
    const escalated = await inboxCard(lead, ordinary, 'dispatch.handler', 180_000).catch((error: Error) => {
      // It failed twice in CI out of many runs, for no cause found: say what the store held, so that the next failure tells why.
      throw new Error(`${error.message}\nits notifications in the store at ${new Date().toISOString()}:\n${notificationsInStore(ordinary)}`);
    });
    await expect.poll(() => escalated.getAttribute('data-level')).toBe('1');
    await expect.poll(() => escalated.innerText()).toContain('升级第 1 级');
    await expect.poll(() => escalated.getByTestId('notification-to').innerText()).toBe('站长/网点负责人');
    const original = await inboxCard(handler, ordinary, 'dispatch.handler');
    await expect.poll(() => original.innerText()).toContain('已超时');
    expect(notificationsInStore(ordinary)).toContain('"level": 1');
    await lead.screenshot({ path: e2e.screenshotPath('notifications-escalated.png') });
    // It waits out a real minute (the limit the lead set) and the core's 15 s timer: a busy CI machine once took over 2 minutes, so up to 3.
  }, 330_000);
});
