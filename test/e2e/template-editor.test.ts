import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageOf, signIn } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-template-editor-');

const SEWAGE = 'well.sewage-haulage-register';
const NEW_ITEM = '罐车铅封完好';

const noPrintDialog = (page: Page) =>
  page.evaluate(() => {
    window.print = () => {}; // headless Chromium has no print dialog; the PDF below is what paper would get
  });

describe('template editor in Chromium (issue #6 item 7)', () => {
  it('head office edits a shipped template as a new version, validates, previews, publishes; a station lead’s new record has the new item', async () => {
    const server = await e2e.server();
    const admin = await pageOf(e2e.browser(), server.url, 'admin', 'branchline-demo');
    await noPrintDialog(admin);
    await admin.getByTestId('nav-checklists').click();
    await admin.getByTestId('open-template-editor').click();
    await admin.getByTestId(`template-edit-${SEWAGE}`).click();
    await admin.getByTestId('template-form').waitFor();
    await expect.poll(() => admin.locator('[data-path="version"]').inputValue()).toBe('1.1.0');

    // Add an item; typed text is autosaved and survives a reload.
    await admin.getByTestId('section-1-add-item').click();
    const item = admin.getByTestId('item-1-2');
    await item.getByLabel(/名称（中文）/).fill(NEW_ITEM);
    await item.getByLabel(/名称（英文）/).fill('Tank seal intact');
    await expect.poll(() => admin.getByTestId('template-save-state').getAttribute('data-state')).toBe('idle');
    await admin.reload();
    await noPrintDialog(admin);
    await signIn(admin, 'admin', 'branchline-demo');
    await admin.getByTestId('nav-checklists').click();
    await admin.getByTestId('open-template-editor').click();
    await admin.getByTestId('template-draft-row').getByTestId('template-draft-open').click();
    await expect.poll(() => admin.getByTestId('item-1-2').getByLabel(/名称（中文）/).inputValue()).toBe(NEW_ITEM);

    // Validate: the missing citation is named and located; 定位 jumps to the field.
    await admin.getByTestId('template-validate').click();
    const issue = admin.getByTestId('template-issue').filter({ hasText: '第1部分 第2项「出处」: 必填' });
    await issue.waitFor();
    await issue.getByRole('button', { name: '定位' }).click();
    const source = admin.getByTestId('item-1-2').getByLabel(/出处/);
    await expect.poll(() => source.evaluate((el) => el === document.activeElement)).toBe(true);
    await admin.screenshot({ path: e2e.screenshotPath('template-editor-issue.png') });
    await source.fill('总部补充要求（e2e 测试）');
    await admin.getByTestId('template-validate').click();
    await admin.getByTestId('template-valid').waitFor();

    // Preview: the blank A4 form on screen, with the new item; printed, it carries the new version.
    await admin.getByTestId('template-tab-preview').click();
    const sheet = admin.getByTestId('checklist-print');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await expect.poll(() => sheet.innerText()).toContain(NEW_ITEM);
    await admin.screenshot({ path: e2e.screenshotPath('template-editor-preview.png'), fullPage: true });
    await admin.getByTestId('template-print').click();
    await admin.emulateMedia({ media: 'print' });
    const pdf = e2e.screenshotPath('template-editor-blank.pdf');
    await admin.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    await admin.emulateMedia({ media: 'screen' });
    const printed = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of ['污水拉运登记台帐（空白表）', NEW_ITEM, `《污水拉运登记台帐》版本1.1.0`]) expect(printed, `printed blank form should contain ${expected}`).toContain(expected);
    expect(printed).not.toContain('校验通过');

    await admin.getByTestId('template-publish').click();
    const announced = await admin.getByTestId('template-published').innerText();
    expect(announced).toContain('已发布《污水拉运登记台帐》版本 1.1.0');
    expect(announced).not.toContain(SEWAGE);
    await expect.poll(() => admin.getByTestId(`template-entry-${SEWAGE}`).getByTestId('template-versions').innerText()).toMatch(/1\.1\.0 本机发布[\s\S]*1\.0\.0 随程序提供/);

    // A station lead, at another PC: the register now starts on 1.1.0 with the new item.
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await lead.getByTestId('nav-checklists').click();
    const card = lead.getByTestId(`template-${SEWAGE}`);
    await expect.poll(() => card.innerText()).toContain('版本 1.1.0');
    await expect.poll(() => lead.getByTestId('open-template-editor').count()).toBe(0);
    // The demo's draft register stays on the version it started with (继续填写); a new sheet (另开一份) takes 1.1.0.
    await card.getByTestId(`start-another-${SEWAGE}`).click();
    const record = lead.getByTestId('checklist-record');
    await record.waitFor();
    await expect.poll(() => record.innerText()).toContain(NEW_ITEM);
    await expect.poll(() => record.innerText()).toContain('版本 1.1.0');
    await lead.screenshot({ path: e2e.screenshotPath('template-editor-new-record.png'), fullPage: true });
  });
});
