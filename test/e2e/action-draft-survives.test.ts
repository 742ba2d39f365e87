import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/core/paths';
import { useBrowserMode } from './support/use-browser-mode';
import { openBySerial, signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-action-draft-');

/** limei's draft of the 登记处理过程 form of a case, as the database file holds it. */
function storedLogDraft(dataDir: string, serial: string): string | null {
  const db = new Database(databaseFile(dataDir), { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT d.data FROM action_drafts d JOIN users u ON u.id = d.user_id JOIN complaints c ON c.id = d.complaint_id
         WHERE u.login = 'limei' AND c.serial = ? AND d.action = 'log'`,
      )
      .get(serial) as { data: string } | undefined;
    return row?.data ?? null;
  } finally {
    db.close();
  }
}

async function newComplaint(page: Page, content: string): Promise<string> {
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('new-complaint').click();
  await page.getByTestId('field-kind-complaint').check();
  await page.getByTestId('field-channel').selectOption('phone');
  await page.getByTestId('field-customerName').fill('欧阳晓芸');
  await page.getByTestId('field-content').fill(content);
  await page.getByTestId('save-complaint').click();
  await page.getByTestId('complaint-detail').waitFor();
  return (await page.getByTestId('detail-serial').innerText()).trim();
}

const logText = (page: Page) => page.getByTestId('action-form-log').getByTestId('act-text').inputValue();

describe('what is typed into a 办理 form is not lost (issue 20 item 1)', () => {
  it('keeps it while another case is open, and through a kill -9 of the app process, until the step is sent', async () => {
    const server = await e2e.server();
    const page = await e2e.browser().newPage({ locale: 'zh-CN' });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    await signIn(page, 'limei');
    const other = await newComplaint(page, '营业厅排队时间过长。');
    const serial = await newComplaint(page, '加气机计量不准，要求复核。');

    // 登记处理过程, half typed.
    await page.getByTestId('action-log').click();
    await page.getByTestId('action-form-log').getByTestId('act-text').fill('已致电客户，约定明天上午');
    await expect.poll(() => storedLogDraft(e2e.dataDir, serial), { timeout: 10_000 }).toContain('约定明天上午');
    // The page knows it too (草稿已自动保存): leaving now asks nothing.
    await page.getByTestId('draft-saved').waitFor();

    // Another case, then back: 登记处理过程 says it holds a draft, and opens with the text and a notice.
    await openBySerial(page, other);
    await expect.poll(() => page.getByTestId('action-form-log').count()).toBe(0);
    await openBySerial(page, serial);
    await page.getByTestId('draft-mark-log').waitFor();
    await page.getByTestId('action-log').click();
    await page.getByTestId('draft-restored').waitFor();
    await expect.poll(() => logText(page)).toBe('已致电客户，约定明天上午');

    // More typed, then the process is killed before 提交 (no clean shutdown).
    await page.getByTestId('action-form-log').getByTestId('act-text').fill('已致电客户，约定明天上午到现场复核计量');
    await expect.poll(() => storedLogDraft(e2e.dataDir, serial), { timeout: 10_000 }).toContain('到现场复核计量');
    await server.stop('SIGKILL');

    const restarted = await e2e.restartServer();
    const again = await e2e.browser().newPage({ locale: 'zh-CN' });
    await again.goto(restarted.url);
    await signIn(again, 'limei');
    await openBySerial(again, serial);
    await again.getByTestId('draft-mark-log').waitFor();
    await again.getByTestId('action-log').click();
    await again.getByTestId('draft-restored').waitFor();
    await expect.poll(() => logText(again)).toBe('已致电客户，约定明天上午到现场复核计量');

    // Sending the step spends the draft.
    await again.getByTestId('action-form-log').getByTestId('action-submit').click();
    await again.getByTestId('action-done').waitFor();
    await expect.poll(() => again.getByTestId('complaint-detail').innerText()).toContain('到现场复核计量');
    expect(storedLogDraft(e2e.dataDir, serial)).toBeNull();
    await again.waitForTimeout(1_000);
    expect(storedLogDraft(e2e.dataDir, serial)).toBeNull();
  });
});
