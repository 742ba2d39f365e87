import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { useBrowserMode } from './support/use-browser-mode';
import { act, openBySerial, pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-customer-history-');

describe('往来记录 on the customer file, in Chromium', () => {
  it('周桂芳’s complaint, resolved and called back, shows in her file’s history with the demo follow-up, newest first, and opens from there', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    // The demo's case of 周桂芳 was planned by 张伟: he resolves it, 赵丽 calls her back.
    const handler = await pageOf(browser, server.url, 'zhangwei');
    await handler.getByTestId('nav-complaints').click();
    await handler.getByTestId('complaint-search').fill('周桂芳');
    await handler.getByTestId('complaint-row').filter({ hasText: '周桂芳' }).first().click();
    const serial = (await handler.getByTestId('detail-serial').innerText()).trim();
    await act(handler, 'resolve', async (form) => {
      await form.getByTestId('act-result').fill('罐车改在白天拉运，车厢加盖密封');
      await form.getByTestId('act-replyMethod').selectOption('phone');
    });

    const callCentre = await pageOf(browser, server.url, 'zhaoli');
    await openBySerial(callCentre, serial);
    await act(callCentre, 'callBack', async (form) => {
      await form.getByTestId('act-method-phone').check();
      await form.getByTestId('act-resolutionAdequate-yes').check();
      await form.getByTestId('act-timeliness-satisfied').check();
      await form.getByTestId('act-attitude-satisfied').check();
      await form.getByTestId('act-result-basically_satisfied').check();
    });

    // The station lead opens her file.
    const lead = await pageOf(browser, server.url, 'wangjg');
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('open-customers').click();
    await lead.getByTestId('customer-search').fill('周桂芳');
    await lead.getByTestId('customer-matches').getByText('周桂芳').first().click();
    const history = lead.getByTestId('customer-history');
    await history.waitFor();
    await expect.poll(() => history.getByTestId('customer-history-entry').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const lines = await history.getByTestId('customer-history-entry').allInnerTexts();
    expect(lines[0]).toContain(`赵丽 投诉结案 ${serial}`);
    expect(lines[1]).toMatch(new RegExp(`赵丽 回访 ${serial}：满意（电话；及时性满意，态度满意，结果基本满意）`));
    // Each line starts with when, in words (刚刚 / N 分钟前 / 3月5日 14:30), never an ISO moment.
    for (const line of lines) expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(lines.some((line) => line.includes('赵丽 跟进（电话慰问）：电话慰问：已说明罐车改在白天拉运'))).toBe(true);
    expect(lines.some((line) => line.includes(`李梅 受理投诉 ${serial}`))).toBe(true);
    await history.scrollIntoViewIfNeeded();
    await expectAccessible(lead, 'customer-history');
    await lead.screenshot({ path: e2e.screenshotPath('customer-history.png') });

    // The serial opens the complaint.
    await history.getByTestId('customer-history-complaint').first().click();
    await expect.poll(() => lead.getByTestId('detail-serial').innerText()).toBe(serial);
  });
});
