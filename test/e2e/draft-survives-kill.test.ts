import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/core/paths';
import { useBrowserMode } from './support/use-browser-mode';
import { signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-draft-');

/** The draft row as the killed process left it on disk. */
function storedDraft(dataDir: string): string | null {
  const db = new Database(databaseFile(dataDir), { readonly: true });
  try {
    const row = db.prepare("SELECT d.data FROM drafts d JOIN users u ON u.id = d.user_id WHERE u.login = 'limei' AND d.form = 'complaint-new'").get() as
      | { data: string }
      | undefined;
    return row?.data ?? null;
  } finally {
    db.close();
  }
}

describe('nothing typed is lost', () => {
  it('keeps a complaint being typed when the app process is killed before saving, and offers it after the restart', async () => {
    const server = await e2e.server();
    const page = await e2e.browser().newPage({ locale: 'zh-CN' });
    await page.goto(server.url);
    await signIn(page, 'limei');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('new-complaint').click();
    await page.getByTestId('field-customerName').fill('草稿测试客户');
    await page.getByTestId('field-content').fill('客户在电话里说到一半：加气机计量不准，');

    // Wait until the autosave reached the database file, then kill the server outright (no clean shutdown).
    await expect.poll(() => storedDraft(e2e.dataDir), { timeout: 10_000 }).toContain('加气机计量不准');
    await server.stop('SIGKILL');

    const restarted = await e2e.restartServer();
    const again = await e2e.browser().newPage({ locale: 'zh-CN' });
    await again.goto(restarted.url);
    await signIn(again, 'limei');
    await again.getByTestId('nav-complaints').click();
    await again.getByTestId('new-complaint').click();
    await again.getByTestId('draft-restored').waitFor();
    await expect.poll(() => again.getByTestId('field-customerName').inputValue()).toBe('草稿测试客户');
    await expect.poll(() => again.getByTestId('field-content').inputValue()).toBe('客户在电话里说到一半：加气机计量不准，');

    // Finishing and saving it spends the draft.
    await again.getByTestId('field-kind-complaint').check();
    await again.getByTestId('field-channel').selectOption('phone');
    await again.getByTestId('field-content').fill('客户在电话里说到一半：加气机计量不准，要求复核。');
    await again.getByTestId('save-complaint').click();
    await again.getByTestId('complaint-detail').waitFor();
    expect(storedDraft(e2e.dataDir)).toBeNull();
  });
});
