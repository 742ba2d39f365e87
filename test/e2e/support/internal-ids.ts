import type { Browser, BrowserContext, Page } from 'playwright-core';
import { internalIdSource } from '../../support/internal-id-patterns';

/**
 * Issue 20 item 5: no internal id reaches a screen or a print — source ids
 * (`seed003 篇6`), pack, template, report, ledger and profile ids, API, event
 * and workflow names, raw ISO timestamps (test/support/internal-id-patterns.ts,
 * built from the shipped data). A page whose text shows one anywhere in an
 * end-to-end run fails that run.
 */
export const INTERNAL_ID = new RegExp(internalIdSource());

/** Runs in every page before its scripts (serialised: it sees only its argument): after each change of the DOM, reports each new place its text shows an internal id. */
function watchRenderedText(idSource: string): void {
  const pattern = new RegExp(`.{0,30}(?:${idSource}).{0,30}`, 'g');
  const reported = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scan = () => {
    timer = undefined;
    for (const [shown] of (document.body?.innerText ?? '').matchAll(pattern)) {
      if (reported.has(shown)) continue;
      reported.add(shown);
      void (window as unknown as { __branchlineInternalIdShown: (text: string) => Promise<void> }).__branchlineInternalIdShown(shown);
    }
    // Issue 20 item 8: a native date, week or month input draws its text in the browser's language ("Week 50, 2026").
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="date"], input[type="datetime-local"], input[type="week"], input[type="month"]')) {
      const shown = `native ${input.type} input ${input.dataset.testid ?? input.id ?? ''}`;
      if (reported.has(shown)) continue;
      reported.add(shown);
      void (window as unknown as { __branchlineInternalIdShown: (text: string) => Promise<void> }).__branchlineInternalIdShown(shown);
    }
  };
  new MutationObserver(() => (timer ??= setTimeout(scan, 100))).observe(document, { subtree: true, childList: true, characterData: true });
}

/** What a page shows under print media, as paper gets it: an internal id found there throws before the PDF is made. */
async function assertPrintShowsNoInternalId(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  await page.emulateMedia({ media: null });
  const shown = new RegExp(`.{0,30}(?:${INTERNAL_ID.source}).{0,30}`).exec(text);
  if (shown) throw new Error(`A print shows an internal id: “${shown[0]}” (${page.url()})`);
}

const printsWatched = new WeakSet<Page>();

function watchPrints(page: Page): void {
  if (printsWatched.has(page)) return;
  printsWatched.add(page);
  const pdf = page.pdf.bind(page);
  page.pdf = async (options) => {
    await assertPrintShowsNoInternalId(page);
    return pdf(options);
  };
}

/** Contexts already watched: `browser.newPage` opens its context through `browser.newContext`. */
const watched = new WeakSet<BrowserContext>();

async function watchContext(context: BrowserContext, shown: string[]): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding('__branchlineInternalIdShown', ({ page }, text: string) => void shown.push(`${page.url()}: “${text}”`));
  await context.addInitScript(watchRenderedText, INTERNAL_ID.source);
  context.on('page', watchPrints);
}

/**
 * Makes every page of the browser report an internal id its screens show (and
 * every `page.pdf` refuse a print that shows one); closing the browser then
 * fails with the list, so the spec that showed one fails.
 */
export function failOnInternalIds(browser: Browser): Browser {
  const shown: string[] = [];
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const close = browser.close.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchContext(context, shown);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    await watchContext(page.context(), shown);
    watchPrints(page);
    return page;
  };
  browser.close = async (options) => {
    await close(options);
    if (shown.length > 0) throw new Error(`Screens showed internal ids or native date inputs (issue 20 items 5 and 8):\n${shown.join('\n')}`);
  };
  return browser;
}
