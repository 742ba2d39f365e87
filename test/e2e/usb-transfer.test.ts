import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openConsole, signInToConsole } from './support/console';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';
import { expectAccessible } from './support/axe';

const e2e = useBrowserMode('branchline-e2e-usb-');
let headOffice: ServerProcess | undefined;
afterAll(async () => {
  await headOffice?.stop();
});

const STAFF = { login: 'zhangzb', displayName: '张总部', password: 'head-office-2026' };

/** Clicks what starts a download and keeps the file where a USB stick would be. */
async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = e2e.screenshotPath(name);
  await file.saveAs(target);
  return target;
}

describe('a site with no network at all, in Chromium: enrolled by file, then its outbox through the console and back', () => {
  it('is enrolled from the console\'s enrolment file and the code, then carries the outbox out and the reply back, each file imported twice without effect', async () => {
    headOffice = await startServerProcess();
    await headOffice.admin('POST', CONSOLE_PATHS.adminConsoleUsers, STAFF);

    // Head office creates the site in its console and saves its enrolment file; the code goes by telephone.
    const console = await openConsole(e2e.browser(), headOffice.url, { acceptDownloads: true });
    await signInToConsole(console, STAFF);
    await console.getByTestId('console-nav-sites').click();
    await console.locator('#site-code').fill('YY42');
    await console.locator('#site-name').fill('阳42井站');
    await console.getByTestId('create-site').click();
    const code = (await console.getByTestId('enrol-code').innerText()).trim();
    await console.getByTestId('make-enrol-file').click();
    const enrolment = await download(console, () => console.getByTestId('enrol-file-save').click(), 'usb-enrolment.branchline');
    expect(await console.getByTestId('enrol-file-save').getAttribute('download')).toMatch(/^YY42-注册-\d{8}\.branchline$/);
    // The device exists at head office before the site ever reads the file.
    await expect.poll(() => console.getByTestId('site-YY42').innerText()).toContain('阳42井站电脑');
    await console.screenshot({ path: e2e.screenshotPath('usb-0-console-enrolment-file.png'), fullPage: true });
    await expectAccessible(console, 'usb-console-enrolment-file');

    // The station never reaches head office: it enrols from the file and the code.
    const server = await e2e.server();
    const lead = await pageOf(e2e.browser(), server.url, 'wangjg');
    await lead.getByTestId('nav-sync').click();
    await lead.getByTestId('enrol-mode-file').check();
    await lead.getByTestId('enrol-file').setInputFiles(enrolment);
    await lead.getByTestId('enrol-file-code').fill(code.toLowerCase());
    await lead.screenshot({ path: e2e.screenshotPath('usb-0-site-enrol-file.png'), fullPage: true });
    await expectAccessible(lead, 'usb-site-enrol-file');
    await lead.getByTestId('enrol-file-submit').click();
    await lead.getByTestId('sync-usb').waitFor();
    await expect.poll(() => lead.getByTestId('sync-next-attempt').innerText()).toBe('自动同步已关闭');
    const queued = Number(await lead.getByTestId('queue-length').innerText());
    expect(queued).toBeGreaterThan(0);

    const outbox = await download(lead, () => lead.getByTestId('sync-usb-export').click(), 'usb-outbox.branchline');
    await expect.poll(() => lead.getByTestId('sync-usb-result').innerText()).toContain(`已导出 ${queued} 条`);
    expect(fs.statSync(outbox).size).toBeGreaterThan(100);
    await expect.poll(() => lead.getByTestId('queue-length').innerText()).toBe(String(queued)); // still pending until the reply
    await lead.screenshot({ path: e2e.screenshotPath('usb-1-site-export.png'), fullPage: true });
    await expectAccessible(lead, 'usb-site-export');

    // At head office: the console imports the stick's file and saves the reply.
    await console.getByTestId('console-nav-transfers').click();
    await console.getByTestId('transfer-file').setInputFiles(outbox);
    await expect.poll(() => console.getByTestId('transfer-result').innerText().catch(() => '')).toContain(`已导入 ${queued} 条（新增 ${queued} 条，已有 0 条）`);
    await console.screenshot({ path: e2e.screenshotPath('usb-2-console-import.png'), fullPage: true });
    await expectAccessible(console, 'usb-console-import');
    const reply = await download(console, () => console.getByTestId('transfer-reply').click(), 'usb-reply.branchline');
    // The same stick imported again adds nothing.
    await console.getByTestId('transfer-file').setInputFiles(outbox);
    await expect.poll(() => console.getByTestId('transfer-result').innerText().catch(() => '')).toContain(`（新增 0 条，已有 ${queued} 条）`);

    // Back at the station: the reply marks everything sent.
    await lead.getByTestId('sync-usb-import').setInputFiles(reply);
    await expect.poll(() => lead.getByTestId('sync-usb-result').innerText().catch(() => '')).toContain(`${queued} 条标为已同步`);
    await expect.poll(() => lead.getByTestId('queue-length').innerText()).toBe('0');
    await lead.screenshot({ path: e2e.screenshotPath('usb-3-site-reply.png'), fullPage: true });
    await expectAccessible(lead, 'usb-site-reply');
    await lead.getByTestId('sync-usb-import').setInputFiles(reply);
    await expect.poll(() => lead.getByTestId('sync-usb-result').innerText().catch(() => '')).toContain('0 条标为已同步');

    // And head office's console lists the station's complaints.
    await console.getByTestId('console-nav-complaints').click();
    await expect.poll(() => console.locator('tbody tr').count()).toBeGreaterThan(0);
  });
});
