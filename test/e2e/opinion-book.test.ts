import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-opinion-');

async function openBook(page: Page): Promise<void> {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('open-opinion-book').click();
  await page.getByTestId('daily-check').waitFor();
}

const CONTENT = '周六上午只开一个对公窗口，排队四十分钟，希望周末多开窗口。';

describe('客户意见簿 in Chromium (seed002 客户管理制度4 第九条)', () => {
  it('a customer’s entry is checked the same day, becomes a complaint, is signed and printed as the filled page', async () => {
    const server = await e2e.server();
    const browser = e2e.browser();

    // The counter clerk copies what the customer wrote in the book.
    const clerk = await pageOf(browser, server.url, 'limei');
    await openBook(clerk);
    const form = clerk.getByTestId('opinion-entry-form');
    await form.getByTestId('entry-entryType-complaint').check();
    await form.getByTestId('entry-content').fill(CONTENT);
    await form.getByTestId('entry-customerName').fill('孙女士');
    await form.getByTestId('entry-contact').fill('139 1234 5678');
    await form.getByTestId('entry-save').click();
    // The demo book already holds two entries: this is the third.
    await expect.poll(() => form.getByRole('status').innerText()).toBe('已登记第 3 条');

    // The complaint manager's daily check: a warning until it is recorded.
    const manager = await pageOf(browser, server.url, 'zhangwei');
    await openBook(manager);
    const state = manager.getByTestId('daily-check-state');
    await expect.poll(() => state.getAttribute('data-checked')).toBe('false');
    await expect.poll(() => state.innerText()).toContain('尚未查阅客户意见簿');
    await manager.screenshot({ path: e2e.screenshotPath('opinion-book-unchecked.png'), fullPage: true });
    await manager.getByTestId('check-note').fill('已查阅，新增 1 条');
    await manager.getByTestId('record-check').click();
    await manager.locator('[data-testid="daily-check-state"][data-checked="true"]').waitFor();
    await expect.poll(() => state.innerText()).toContain('已查阅：张伟');
    const card = manager.getByTestId('opinion-entry-3');
    await expect.poll(() => card.innerText()).toContain('查阅：张伟');

    // One click: the entry becomes a complaint record (channel 客户意见簿).
    await card.getByTestId('to-complaint').click();
    const link = card.getByTestId('open-converted');
    await link.waitFor();
    const serial = /打开投诉 (\S+)/.exec(await link.innerText())![1]!;
    expect(serial).toMatch(/^YY42-\d{8}-\d{4}$/);

    await card.screenshot({ path: e2e.screenshotPath('opinion-book-entry.png') });

    // The handling opinion, signed, with the reply the rule requires (the customer left a phone number).
    await card.getByTestId('answer-handlingOpinion').fill('周六起增开一个对公窗口，已电话告知客户并致歉。');
    await card.getByTestId('answer-submit').click();
    // Signed: the entry's answer form is gone (the demo book's own entries still wait for theirs).
    await card.getByTestId('answer-submit').waitFor({ state: 'detached' });
    await manager.screenshot({ path: e2e.screenshotPath('opinion-book-checked.png'), fullPage: true });

    // The complaint is in the register with its source.
    await manager.getByRole('button', { name: serial }).click();
    await expect.poll(() => manager.getByTestId('detail-serial').innerText()).toBe(serial);
    const detail = await manager.getByTestId('complaint-detail').innerText();
    expect(detail).toContain('客户意见簿');
    await expect.poll(() => manager.getByTestId('opinion-entry-link').innerText()).toContain('客户意见簿第 3 条');
    expect(detail).toContain('由客户意见簿第 3 条');
    expect(detail).toContain('孙女士');

    // 打印: the filled page of the book as PDF, its text, and a PNG to look at.
    await openBook(manager);
    await manager.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDF below is what paper would get
    });
    await manager.getByTestId('print-row-3').click();
    await manager.locator('[data-testid="opinion-book-print"][data-filled="true"]').waitFor({ state: 'attached' });
    await manager.emulateMedia({ media: 'print' });
    const pdfPath = e2e.screenshotPath('opinion-book-page.pdf');
    await manager.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    // pdftotext drops some spaces between CJK and digits ("第1条"): compare without white space.
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of ['客户意见簿', '第3条', CONTENT, '孙女士', '139****5678', '以下由投诉管理人填写', '周六起增开一个对公窗口', '投诉管理人签字张伟', serial, '☑投诉☐建议', '第三条、第九条']) {
      expect(text, `printed page should contain ${expected}`).toContain(expected);
    }
    expect(text).not.toContain('登记意见簿留言'); // the screen's forms are not printed
    expect(text).not.toContain('13912345678'); // the contact prints masked, as the core answers it (issue 19 §4)
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1])).toBe(1);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfPath, e2e.screenshotPath('opinion-book-page')]);
    expect(fs.readdirSync(e2e.screenshotPath('.')).some((f) => f.startsWith('opinion-book-page') && f.endsWith('.png'))).toBe(true);

    // The blank page for the banking hall prints too, with nothing filled in.
    await manager.emulateMedia({ media: 'screen' });
    await manager.getByTestId('print-blank').click();
    await manager.locator('[data-testid="opinion-book-print"][data-filled="false"]').waitFor({ state: 'attached' });
    await manager.emulateMedia({ media: 'print' });
    const blankPath = e2e.screenshotPath('opinion-book-blank.pdf');
    await manager.pdf({ path: blankPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const blank = execFileSync('pdftotext', ['-layout', blankPath, '-'], { encoding: 'utf8' });
    expect(blank).toContain('客户意见簿');
    expect(blank).toContain('投诉管理人签字');
    expect(blank).not.toContain('孙女士');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', blankPath, e2e.screenshotPath('opinion-book-blank')]);
  });
});
