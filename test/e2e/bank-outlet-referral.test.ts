import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { receiveAtCounter } from './support/bank-outlet';
import { startServer } from './support/browser-mode';
import { act, openBySerial, pageOf, signIn } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-bank-outlet-');

async function addUser(page: Page, user: { login: string; name: string; role: string; pin: string }): Promise<void> {
  await page.locator('#user-login').fill(user.login);
  await page.locator('#user-displayName').fill(user.name);
  await page.getByTestId(`user-role-${user.role}`).check();
  await page.locator('#user-secret').fill(user.pin);
  await page.getByTestId('add-user').click();
  await page.getByText(`已添加用户：${user.name}`).waitFor();
}

describe('bank outlet (seed002 银行营业网点投诉管理): a verbal complaint beyond the outlet’s authority', () => {
  it('is taken at the counter, repeated back, passed to the complaint manager, reported to head office by the outlet head, answered and printed', async () => {
    const server = await startServer(e2e.dataDir, []); // an empty store: the outlet sets itself up
    const browser = e2e.browser();
    try {
      // 网点负责人 sets up the outlet on the bank's rules and adds the teller and the complaint manager.
      const head = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
      await head.goto(server.url);
      await head.getByTestId('start-initialise').click();
      // The organisation first (issue 17): its profile chooses its forms and its pack.
      await head.waitForFunction(() => ((document.querySelector('[data-testid="setup-profile"]') as HTMLSelectElement | null)?.options.length ?? 0) >= 20);
      await head.getByTestId('setup-profile').selectOption('bank-outlet');
      await head.waitForFunction(() => ((document.querySelector('[data-testid="setup-rulePack"]') as HTMLSelectElement | null)?.options.length ?? 0) >= 20);
      await head.getByTestId('setup-rulePack').selectOption('bank-outlet');
      await head.locator('#site-code').fill('LY01');
      await head.locator('#site-name').fill('洛阳涧西支行营业网点');
      await head.locator('#site-organisation').fill('某商业银行洛阳分行');
      await head.locator('#admin-login').fill('head');
      await head.locator('#admin-displayName').fill('孙行长');
      await head.locator('#admin-secret').fill('correct horse');
      await head.locator('form button[type="submit"]').click();
      await head.getByTestId('status-bar').waitFor();
      await head.getByTestId('nav-settings').click();
      await addUser(head, { login: 'teller', name: '王芳', role: 'receiver', pin: '246810' });
      await addUser(head, { login: 'manager', name: '刘敏', role: 'handler', pin: '135790' });

      // Art. 8 (一): the teller records the verbal complaint and repeats the main problem back.
      const teller = await pageOf(browser, server.url, 'teller', '246810');
      const serial = await receiveAtCounter(teller, {
        customerName: '张建华',
        customerPhone: '0379 6592 0001',
        content: '客户在网点ATM取款时被吞卡，三天仍未退卡，误了出差，要求赔偿误工损失。',
        restatement: 'ATM吞卡三天未退，要求赔偿误工损失（已复述，客户确认无误）',
        remedy: 'compensation',
      });
      expect(serial).toMatch(/^LY01-\d{8}-\d{4}$/);
      await act(teller, 'log', async (form) => {
        await form.getByTestId('act-entryType').selectOption('customer_contacted');
        await form.getByTestId('act-text').fill('已向客户复述主要问题（吞卡三天未退、要求赔偿误工损失），客户确认无误；超出柜员权限，已转投诉管理员刘敏。');
      });

      // Art. 6: the outlet head takes it up at once and gives it to the complaint manager.
      await head.getByTestId('nav-complaints').click();
      await openBySerial(head, serial);
      await act(head, 'accept', async (form) => {
        const manager = await form.getByTestId('act-assigneeId').locator('option', { hasText: '刘敏' }).getAttribute('value');
        await form.getByTestId('act-assigneeId').selectOption(manager!);
      });

      // Art. 8 (三)(四): the manager proposes a solution and agrees a reply deadline with the customer.
      const manager = await pageOf(browser, server.url, 'manager', '135790');
      await openBySerial(manager, serial);
      await act(manager, 'log', async (form) => {
        await form.getByTestId('act-entryType').selectOption('customer_contacted');
        await form.getByTestId('act-text').fill('已请客户到贵宾室，安抚情绪；当场无法答复赔偿，与客户约定三日内回复。');
      });
      await expect.poll(() => manager.getByTestId('action-refer').count()).toBe(0); // only the outlet head reports to head office

      // Art. 8 (六): the outlet head confirms it is beyond the outlet's authority and reports it to head office.
      await head.reload();
      await signIn(head, 'head', 'correct horse');
      await openBySerial(head, serial);
      await act(head, 'refer', async (form) => {
        await form.getByTestId('act-reason').fill('赔偿误工损失超出本网点处理权限，报总行规范服务管理部门。');
      });
      await expect.poll(() => head.getByTestId('detail-status').innerText()).toContain('已上报总行');

      // Art. 7 (三): the outlet follows head office's handling and makes sure the customer gets the reply.
      await manager.reload();
      await signIn(manager, 'manager', '135790');
      await openBySerial(manager, serial);
      await act(manager, 'log', async (form) => {
        await form.getByTestId('act-entryType').selectOption('feedback');
        await form.getByTestId('act-text').fill('总行规范服务管理部门答复：卡已由维护商取出，按规定补偿误工费200元并致歉。');
      });
      await act(manager, 'resolve', async (form) => {
        await form.getByTestId('act-result').fill('已退还银行卡，按总行答复补偿误工费200元，并向客户当面致歉。');
        await form.getByTestId('act-replyMethod').selectOption('in_person');
      });
      await expect.poll(() => manager.getByTestId('detail-status').innerText()).toContain('已处理');

      // Art. 8 (五): the outlet head confirms the handling with the customer and signs the register.
      await head.reload();
      await signIn(head, 'head', 'correct horse');
      await openBySerial(head, serial);
      await act(head, 'callBack', async (form) => {
        await form.getByTestId('act-method-phone').check();
        await form.getByTestId('act-resolutionAdequate-yes').check();
        await form.getByTestId('act-timeliness-satisfied').check();
        await form.getByTestId('act-attitude-satisfied').check();
        await form.getByTestId('act-result-satisfied').check();
      });
      await expect.poll(() => head.getByTestId('detail-status').innerText()).toContain('已结案');
      await head.screenshot({ path: e2e.screenshotPath('bank-outlet-closed.png'), fullPage: true });

      await head.emulateMedia({ media: 'print' });
      const pdfPath = e2e.screenshotPath('bank-outlet-register.pdf');
      await head.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      for (const expected of ['客户投诉登记表', serial, '洛阳涧西支行营业网点', '张建华', '当面', '复述确认', '客户确认无误', '王芳', '刘敏', '上报总行', '总行规范服务管理部门答复', '已结案', '网点负责人']) {
        expect(text, `printed register should contain ${expected}`).toContain(expected);
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, e2e.screenshotPath('bank-outlet-register')]);
      expect(fs.existsSync(e2e.screenshotPath('bank-outlet-register-1.png'))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
