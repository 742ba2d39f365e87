import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { signIn } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-csp-');

/**
 * Issue 18 §2: the renderer's CSP has no 'unsafe-inline' for styles, and the
 * renderer breaks none of it. Browser mode serves the same policy as a header
 * (as Electron's app:// protocol does); Chromium reports every refused style
 * element, style attribute, script or connection as a console message and a
 * `securitypolicyviolation` event, which this collects while people work
 * through the app's screens, print views included.
 */
interface Watched {
  page: Page;
  violations: () => Promise<string[]>;
  clear: () => Promise<void>;
}

async function watchedPage(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Refused to|Content[- ]Security[- ]Policy.*violat/i.test(message.text())) console.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`event: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  return {
    page,
    violations: async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))],
    clear: async () => {
      console.length = 0;
      await page.evaluate(() => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0;
      });
    },
  };
}

/** Shows the page as paper gets it for a moment (print style sheets, the checklist footer's @page rules), then back. */
async function asPrinted(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(100);
  await page.emulateMedia({ media: 'screen' });
}

describe('the Content-Security-Policy in Chromium (browser mode)', () => {
  it('has no unsafe-inline for styles, refuses an injected style, and the app’s screens and print views violate nothing', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const server = await e2e.server();
    const lead = await watchedPage(e2e.browser(), server.url);
    const { page } = lead;

    // The detector works: markup with a style element and a style attribute is refused and reported.
    const applied = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<style>#csp-probe{color:rgb(1, 2, 3)}</style><span id="csp-probe" style="font-size:77px">x</span>';
      document.body.append(probe);
      const span = document.getElementById('csp-probe')!;
      const style = getComputedStyle(span);
      const result = { color: style.color, fontSize: style.fontSize };
      probe.remove();
      return result;
    });
    expect(applied.color).not.toBe('rgb(1, 2, 3)');
    expect(applied.fontSize).not.toBe('77px');
    await expect.poll(async () => (await lead.violations()).length).toBeGreaterThanOrEqual(2);
    await lead.clear();

    // A station lead's day: the registers, a record with its register print, checklists blank and filled, the books, settings.
    await signIn(page, 'wangjg');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('complaint-row').first().click();
    await page.getByTestId('print-register').waitFor();
    await asPrinted(page);
    await page.getByTestId('nav-checklists').click();
    const blank = page.locator('[data-testid^="print-blank-"]').first();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await blank.click();
    await page.locator('[data-testid="checklist-print"][data-filled="false"]').waitFor({ state: 'attached' });
    await asPrinted(page);
    await page.locator('[data-testid^="select-"]').first().click();
    const open = page.getByTestId('open-record').first();
    if (await open.count()) {
      await open.click();
      await page.locator('[data-testid="checklist-print"][data-filled="true"]').waitFor({ state: 'attached' });
      await asPrinted(page);
    }
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('open-opinion-book').click();
    await page.getByTestId('opinion-book-print').first().waitFor({ state: 'attached' });
    await asPrinted(page);
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('open-media').click();
    await page.getByTestId('media-new').waitFor();
    await page.getByTestId('nav-sync').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('rule-pack-print').waitFor();
    await page.getByTestId('user-row-limei').waitFor();
    await asPrinted(page);
    await page.getByTestId('user-reset-limei').click();
    await page.getByTestId('reset-secret-form').waitFor();
    expect(await lead.violations()).toEqual([]);

    // Head office's template editor and its print preview.
    const admin = await watchedPage(e2e.browser(), server.url);
    await signIn(admin.page, 'admin', 'branchline-demo');
    await admin.page.getByTestId('nav-checklists').click();
    await admin.page.getByTestId('open-template-editor').click();
    await admin.page.locator('[data-testid^="template-edit-"]').first().click();
    await admin.page.getByTestId('template-form').waitFor();
    await admin.page.getByTestId('template-tab-preview').click();
    await admin.page.getByTestId('checklist-print').waitFor({ state: 'attached' });
    await asPrinted(admin.page);
    expect(await admin.violations()).toEqual([]);
  });
});
