import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { useBrowserMode } from './support/use-browser-mode';
import { openBySerial, pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-sync-');
let headOffice: ServerProcess | undefined;
afterAll(async () => {
  await headOffice?.stop();
});

describe('sync page in Chromium against a real head-office server', () => {
  it('enrols with head office’s code, syncs the queue to 0, then says plainly that head office cannot be reached', async () => {
    headOffice = await startServerProcess();
    // Head office registers the site through its admin API and reads out the one-time code.
    const { enrolCode, siteId } = await headOffice.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' });

    const server = await e2e.server();
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await lead.getByTestId('nav-sync').click();
    await lead.getByTestId('enrol-form').waitFor();

    // A wrong code first: said at the code field, nothing enrolled.
    await lead.getByTestId('enrol-serverUrl').fill(headOffice.url);
    await lead.getByTestId('enrol-code').fill('AAAA-BBBB-CCCC');
    await lead.getByTestId('enrol-submit').click();
    await expect.poll(() => lead.locator('#enrol-code-error').innerText().catch(() => '')).toContain('登记码无效');

    await lead.getByTestId('enrol-code').fill(enrolCode);
    await lead.getByTestId('enrol-submit').click();
    await expect.poll(() => lead.getByTestId('sync-enrolled').innerText().catch(() => '')).toContain(headOffice.url);
    await expect.poll(() => lead.getByTestId('sync-now').innerText()).toBe('立即同步');

    // The receiver-side work: a complaint filed at the counter joins the queue.
    await lead.getByTestId('nav-complaints').click();
    await lead.getByTestId('new-complaint').click();
    await lead.getByTestId('field-kind-complaint').check();
    await lead.getByTestId('field-channel').selectOption('phone');
    await lead.getByTestId('field-customerName').fill('欧阳晓芸');
    await lead.getByTestId('field-customerPhone').fill('137 0000 4321');
    await lead.getByTestId('field-content').fill('同步测试：夜间加气排队超过一小时。');
    await lead.getByTestId('save-complaint').click();
    await lead.getByTestId('complaint-detail').waitFor();
    const serial = (await lead.getByTestId('detail-serial').innerText()).trim();
    expect(Number(await lead.getByTestId('queue-length').innerText())).toBeGreaterThan(0);
    await expect.poll(() => lead.getByTestId('last-sync').innerText()).toBe('从未同步');

    // 立即同步: the queue drops to 0 and 上次同步 shows the time.
    await lead.getByTestId('nav-sync').click();
    await lead.getByTestId('sync-now').click();
    await expect.poll(() => lead.getByTestId('queue-length').innerText(), { timeout: 60_000 }).toBe('0');
    await expect.poll(() => lead.getByTestId('sync-done').innerText().catch(() => '')).toMatch(/^本次同步完成：上传 \d+ 条/);
    await expect.poll(() => lead.getByTestId('last-sync').innerText()).toMatch(/^上次同步 (刚刚|\d+分钟前)$/);
    await expect.poll(() => lead.getByTestId('sync-queue-length').innerText()).toBe('0 条');
    await expect.poll(() => lead.getByTestId('sync-look').getAttribute('data-look')).toBe('idle');

    // Head office holds the complaint, under this site.
    const db = new Database(path.join(headOffice.dataDir, 'head-office.sqlite'), { readonly: true });
    let held: { id: string; version: number } | undefined;
    try {
      const records = (db.prepare("SELECT e.payload FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ? AND r.entity = 'complaint'").all(siteId) as { payload: string }[]).map((r) => JSON.parse(r.payload) as { id: string; serial: string; version: number });
      held = records.find((r) => r.serial === serial);
    } finally {
      db.close();
    }
    expect(held).toBeDefined();

    // Head office remarks on it; the next sync brings the remark down and the page lists it.
    await headOffice.admin('POST', PATHS.adminReference, { kind: 'remark', id: 'remark-1', version: 1, siteId, body: { entity: 'complaint', entityId: held!.id, basedOnVersion: held!.version, fields: { headOfficeRemark: '请三日内回访客户' }, note: '夜间排队问题多站出现' } });
    await lead.getByTestId('sync-now').click();
    await expect.poll(() => lead.getByTestId('sync-remark').innerText().catch(() => ''), { timeout: 60_000 }).toContain('请三日内回访客户');
    await expect.poll(() => lead.getByTestId('sync-remark').innerText()).toContain('已采用');
    // … and the complaint's own detail shows it above its facts.
    await openBySerial(lead, serial);
    await expect.poll(() => lead.getByTestId('complaint-remark-text').innerText()).toBe('请三日内回访客户');
    await expect.poll(() => lead.getByTestId('complaint-remark-note').innerText()).toContain('夜间排队问题多站出现');
    await lead.screenshot({ path: e2e.screenshotPath('sync-complaint-remark.png'), fullPage: true });
    await lead.getByTestId('nav-sync').click();

    // Head office goes away: the next sync fails and the page says so in plain words, the detail folded.
    await headOffice.stop();
    await lead.getByTestId('sync-now').click();
    await expect.poll(() => lead.getByTestId('sync-error-words').innerText().catch(() => ''), { timeout: 60_000 }).toContain('无法连接总部服务器');
    await expect.poll(() => lead.getByTestId('sync-error').getAttribute('data-kind')).toBe('network');
    await expect.poll(() => lead.getByTestId('sync-error-detail').isVisible()).toBe(false);
    await lead.locator('[data-testid="sync-error"] summary').click();
    await expect.poll(() => lead.getByTestId('sync-error-detail').innerText()).toContain('network');
    await expect.poll(() => lead.getByTestId('sync-warning').innerText()).toContain('上次同步失败');
    await lead.screenshot({ path: e2e.screenshotPath('sync-page-error.png'), fullPage: true });
  });
});
