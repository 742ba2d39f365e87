import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { useBrowserMode } from './support/use-browser-mode';
import { pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-customer-merge-');

describe('merging a duplicate customer file, in Chromium', () => {
  it('the station lead merges a file typed with a nickname into 周桂芳: the duplicate points at her file and intake no longer finds it', async () => {
    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');

    // The duplicate: the same phone, the name as the caller gave it.
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('open-customers').click();
    await page.getByTestId('customer-new').click();
    await page.getByTestId('edit-kind-individual').click();
    await page.getByTestId('edit-name').fill('周阿姨');
    await page.getByTestId('edit-phone').fill('13808301122');
    await page.getByTestId('customer-save').click();
    await page.getByTestId('customer-facts').waitFor();

    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('open-customers').click();
    await page.getByTestId('customer-search').fill('周桂芳');
    await page.getByTestId('customer-matches').getByText('周桂芳').first().click();
    await page.getByTestId('customer-facts').waitFor();
    const historyBefore = await page.getByTestId('customer-complaints').locator('li').count();

    await page.getByTestId('customer-merge-open').click();
    await page.getByTestId('customer-merge-query').fill('周阿姨');
    await page.getByTestId('customer-merge-search').click();
    await page.getByTestId('customer-merge-candidate').first().click();
    await page.getByTestId('customer-merge-reason').fill('同一客户，来电时报的是昵称');
    await expectAccessible(page, 'customer-merge');
    await page.getByTestId('customer-merge-submit').click();
    const dialog = page.getByTestId('confirm-dialog');
    await expect.poll(() => dialog.innerText()).toContain('“周阿姨”的 0 条记录和全部跟进将并入“周桂芳”');
    await dialog.getByTestId('confirm-dialog-confirm').click();

    const mergedFrom = page.getByTestId('customer-merged-from');
    await mergedFrom.waitFor();
    await expect.poll(() => mergedFrom.innerText()).toContain('周阿姨');
    await expect.poll(() => mergedFrom.innerText()).toContain('同一客户，来电时报的是昵称');
    await expect.poll(() => page.getByTestId('customer-complaints').locator('li').count()).toBe(historyBefore);
    await mergedFrom.scrollIntoViewIfNeeded();
    await page.screenshot({ path: e2e.screenshotPath('customer-merged.png') });

    // The duplicate is found no more: intake and 客户档案 search the same index.
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('open-customers').click();
    await page.getByTestId('customer-search').fill('周阿姨');
    await expect.poll(() => page.getByTestId('customer-files').innerText(), { timeout: 5000 }).toContain('没有找到“周阿姨”的客户档案');
  });
});
