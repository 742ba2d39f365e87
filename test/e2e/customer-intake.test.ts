import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/core/paths';
import { RESULTS_DIR, useBrowserMode } from './support/use-browser-mode';
import { signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-customers-');

/** Tab until the element with this test id has the focus: the keyboard's way to a field. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 15; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** From the open form: kind by Space on the focused tile, channel 电话 by keys (Home: the first choice, then down), then into the customer field. */
async function kindAndChannel(page: Page): Promise<void> {
  await page.getByTestId('field-kind-complaint').waitFor();
  await page.keyboard.press('Space');
  await tabTo(page, 'field-channel');
  await page.keyboard.press('Home'); // 请选择 (the form starts on the register's usual channel)
  await page.keyboard.press('ArrowDown'); // 当面
  await page.keyboard.press('ArrowDown'); // 电话
  await expect.poll(() => page.getByTestId('field-channel').inputValue()).toBe('phone');
  await tabTo(page, 'field-customerName');
}

function customerRow(dataDir: string, name: string) {
  const db = new Database(databaseFile(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT k.id, k.kind, k.customer_group, k.customer_type, count(c.id) AS complaints FROM customers k LEFT JOIN complaints c ON c.customer_id = k.id WHERE k.name = ? GROUP BY k.id').get(name) as
      | { id: string; kind: string; customer_group: string | null; customer_type: string | null; complaints: number }
      | undefined;
  } finally {
    db.close();
  }
}

describe('intake with customer files, by keyboard alone', () => {
  it('picks a flagged customer and creates a new one inline, each intake well under a minute', async () => {
    const server = await e2e.server();
    const page = await e2e.browser().newPage({ locale: 'zh-CN' });
    await page.goto(server.url);
    await signIn(page, 'limei');
    await page.getByTestId('nav-complaints').click();

    // An existing customer: type part of the name, ↓, Enter.
    const started = Date.now();
    await page.getByTestId('new-complaint').click();
    await kindAndChannel(page);
    await page.keyboard.type('周桂');
    await page.getByTestId('customer-options').getByText('周桂芳').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const linked = page.getByTestId('customer-linked');
    await linked.waitFor();
    await expect.poll(() => linked.getByTestId('customer-sign').innerText()).toContain('投诉苗头');
    // The file's phone comes masked and is not copied: the complaint takes the file's own number (issue 19 §4).
    await expect.poll(() => page.getByTestId('field-customerPhone').inputValue()).toBe('');
    await tabTo(page, 'field-content');
    await page.keyboard.type('今晚罐车又从村道经过，噪声很大。');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'customer-intake-picked.png'), fullPage: true });
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('complaint-detail').waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect.poll(() => page.getByTestId('detail-customer').innerText()).toContain('投诉苗头');
    await expect.poll(() => page.getByTestId('complaint-detail').innerText()).toContain('138 **** 1122');
    expect(customerRow(e2e.dataDir, '周桂芳')?.complaints).toBe(2);

    // The customer's file from the complaint: the new record on top of the history.
    await page.getByTestId('customer-link').click();
    const history = page.getByTestId('customer-complaints');
    await history.waitFor();
    await expect.poll(() => history.getByRole('button').first().innerText()).toContain('今晚罐车又从村道经过');

    // A new customer: type the name, ↓ to "新建客户", Enter; 个人 by arrow key, group and type by arrow keys.
    const second = Date.now();
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('new-complaint').click();
    await kindAndChannel(page);
    await page.keyboard.type('罗建华');
    await page.getByTestId('customer-option-new').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-customer').waitFor();
    // Reading order: the phone next, then the new customer's fields.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-customerPhone');
    await page.keyboard.type('136 2222 3333');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-newCustomerKind-organisation');
    await page.keyboard.press('ArrowRight'); // 个人
    await tabTo(page, 'field-newCustomerGroup');
    await page.keyboard.press('ArrowDown'); // 外部客户
    await tabTo(page, 'field-newCustomerType');
    await page.keyboard.press('ArrowDown'); // 潜在客户
    await tabTo(page, 'field-content');
    await page.keyboard.type('燃气表读数异常，要求上门复核。');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('complaint-detail').waitFor();
    expect(Date.now() - second).toBeLessThan(60_000);
    expect(customerRow(e2e.dataDir, '罗建华')).toMatchObject({ kind: 'individual', customer_group: 'external', customer_type: 'prospective', complaints: 1 });
  });
});
