import { describe, expect, it } from 'vitest';
import { openTestCore } from '../support/temp-core';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-privacy-');

/* Issue 19 §4: a receiver sees a customer's phone masked; the station lead shows it in full with a reason, and the register shows the view. */

describe('personal information in Chromium (seed002 客户管理制度1 第三十四条、第三十七条)', () => {
  it('a receiver finds the customer by the full number and sees 138****5678; the lead reveals it with a reason; the access register lists it', async () => {
    // The customer is on file before the app starts (the demo store with one more file).
    const seed = await openTestCore({ dataDir: e2e.dataDir });
    const customer = await seed.call('customers.create', { kind: 'individual', name: '钱多多', phone: '13812345678', address: '北京市朝阳区建国路88号' }, await seed.signIn('wangjg'));
    seed.close();
    const server = await e2e.server();
    const browser = e2e.browser();

    const clerk = await pageOf(browser, server.url, 'limei');
    await clerk.getByTestId('nav-complaints').click();
    await clerk.getByTestId('open-customers').click();
    await clerk.getByTestId('customer-search').fill('13812345678');
    const match = clerk.getByTestId(`open-customer-${customer.id}`);
    await match.waitFor();
    const line = await match.innerText();
    expect(line).toContain('钱多多');
    expect(line).toContain('138****5678');
    expect(line).not.toContain('13812345678');
    await match.click();
    const clerkFacts = clerk.getByTestId('customer-facts');
    await clerkFacts.waitFor();
    await expect.poll(() => clerkFacts.innerText()).toContain('北京市朝阳区****');
    expect(await clerk.getByTestId(`reveal-customer-${customer.id}`).count()).toBe(0);

    const lead = await pageOf(browser, server.url, 'wangjg');
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    await lead.getByTestId('customer-search').fill('钱多多');
    await lead.getByTestId(`open-customer-${customer.id}`).click();
    await lead.getByTestId(`reveal-customer-${customer.id}`).click();
    await lead.getByTestId('reveal-submit').click();
    await expect.poll(() => lead.getByTestId(`reveal-form-customer-${customer.id}`).innerText()).toContain('请填写查看原因');
    await lead.getByTestId('reveal-reason').fill('回访客户核实扣款');
    await lead.getByTestId('reveal-submit').click();
    const revealed = lead.getByTestId(`revealed-customer-${customer.id}`);
    await revealed.waitFor();
    await expect.poll(() => revealed.innerText()).toContain('13812345678');
    await expect.poll(() => revealed.innerText()).toContain('北京市朝阳区建国路88号');

    await lead.getByTestId('nav-settings').click();
    const entry = lead.getByTestId('access-log-entry').first();
    await entry.waitFor();
    const text = await entry.innerText();
    for (const expected of ['王建国', '查看完整信息', '客户档案', '回访客户核实扣款']) expect(text).toContain(expected);
  });
});
