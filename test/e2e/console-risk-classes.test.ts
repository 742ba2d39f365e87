import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';
import { expectAccessible } from './support/axe';
import { launchChromium } from './support/browser-mode';
import { CONSOLE_STAFF, openConsole, signInToConsole } from './support/console';

/**
 * Issue 19 §3 at head office: a site classes a demo customer through the three steps of seed000 第二篇
 * 二、认定程序 and syncs; the console's 风险与信用 lists the customer under its class, read-only.
 */
const RESULTS = path.resolve('test-results');

let server: ServerProcess;
let browser: Browser;
let core: TestCore | undefined;
beforeAll(async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  server = await startServerProcess();
  browser = await launchChromium();
});
afterAll(async () => {
  core?.close();
  await browser?.close();
  await server?.stop();
});

describe('risk classes at head office in Chromium against the real server', () => {
  it('lists the class the site decided, with the count per class, filtered by class', async () => {
    await server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, CONSOLE_STAFF);
    const { enrolCode } = await server.admin<{ enrolCode: string }>('POST', '/api/v1/admin/sites', { code: 'YY42', name: '阳42井站' });
    core = await openTestCore({ demo: true });
    core.clock.set(new Date());
    const lead = await core.signIn('wangjg');
    await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, lead);
    const customer = (await core.call('customers.search', { query: '建材' }, lead))[0]!;
    const facts = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;
    const proposed = await core.call('riskClasses.propose', { customerId: customer.id, toClass: 'class2', facts, judgements: [], reason: '贷款逾期三天' }, lead);
    await core.call('riskClasses.review', { proposalId: proposed.id, note: '同意' }, await core.signIn('liuqiang'));
    await core.call('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '信审会审议通过' }, await core.signIn('chenzm'));
    await core.call('sync.runNow', {}, lead);

    const page = await openConsole(browser, server.url);
    await signInToConsole(page);
    await page.getByTestId('console-nav-riskClasses').click();

    const table = page.getByTestId('risk-classes-table');
    const row = table.getByTestId('risk-class-row');
    await row.first().waitFor();
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.innerText();
    for (const expected of ['YY42', customer.name, '第二类（预警管理）', '贷款逾期三天', '信审会审议通过']) expect(text, expected).toContain(expected);
    await expect.poll(() => page.getByTestId('risk-counts').locator('li').allInnerTexts()).toEqual(['第一类（退出管理）：0 户', '第二类（预警管理）：1 户', '第三类（观察类）：0 户', '正常类（未分入三类）：0 户']);
    expect(await table.getByRole('button').count()).toBe(0);
    await page.getByTestId('console-credit').waitFor();
    // The panels stacked under the classes stand apart (one page-level rule in console.css), each by the same gap.
    const gaps = await page.evaluate(() => {
      const ids = ['risk-classes-table', 'console-risk-meetings', 'console-credit', 'console-credit-month'];
      const boxes = ids.map((id) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect());
      const pager = document.querySelector('.console-pager')?.getBoundingClientRect();
      return boxes.slice(1).map((box, i) => box.top - (i === 0 && pager ? pager.bottom : boxes[i]!.bottom));
    });
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(24);
    expect(new Set(gaps.slice(1).map(Math.round)).size, `gaps ${gaps.join(', ')}`).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'console-risk-classes.png'), fullPage: true });
    // The content scrolls inside the shell: scrolled down, the lower panels down to the monthly checks.
    await page.getByTestId('console-credit-month').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, 'console-risk-credit-panels.png') });
    await expectAccessible(page, 'console-risk-classes');

    await page.getByTestId('risk-class-filter').selectOption('class1');
    await expect.poll(() => row.count()).toBe(0);
    await page.context().close();
  });
});
