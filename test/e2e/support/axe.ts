import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './use-browser-mode';

/** What axe says about one rule on one page, cut down to what a person fixing it needs. */
export interface AxeFinding {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);
/** Selectors shown per rule in a failure: enough to find the element, short enough to read. */
const TARGETS_SHOWN = 3;

/**
 * Runs axe (WCAG 2 A/AA and best practices) on the page as it is now. The app's CSP
 * (`script-src 'self'`) refuses injected scripts, and the tests must keep it in force:
 * axe is evaluated in an isolated world through CDP instead, which shares the DOM but
 * is not subject to the page's CSP (as an extension's content script is not).
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'branchline-axe' });
    const loaded = await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId: executionContextId });
    if (loaded.exceptionDetails) throw new Error(`axe did not load: ${loaded.exceptionDetails.text}`);
    const run = await cdp.send('Runtime.evaluate', {
      expression: `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] }, resultTypes: ['violations'] })
        .then((results) => results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (run.exceptionDetails) throw new Error(`axe failed: ${run.exceptionDetails.exception?.description ?? run.exceptionDetails.text}`);
    return run.result.value as AxeFinding[];
  } finally {
    await cdp.detach();
  }
}

/** One line per finding: rule, impact, what it asks, and the first elements it names. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((f) => {
      const more = f.targets.length > TARGETS_SHOWN ? ` (+${f.targets.length - TARGETS_SHOWN} more)` : '';
      return `- ${f.id} [${f.impact}]: ${f.help}\n    ${f.targets.slice(0, TARGETS_SHOWN).join('\n    ')}${more}`;
    })
    .join('\n');
}

/**
 * Fails when axe finds a serious or critical violation on the current screen, naming
 * each (issue 20 item 12); the moderate and minor ones are kept in
 * `test-results/axe/<screen>.json` for the record.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<AxeFinding[]> {
  const findings = await axeFindings(page);
  const blocking = findings.filter((f) => f.impact !== null && BLOCKING.has(f.impact));
  const recorded = findings.filter((f) => !blocking.includes(f));
  const dir = path.join(RESULTS_DIR, 'axe');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${screenName}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
  if (blocking.length > 0) throw new Error(`axe: ${blocking.length} serious/critical violation(s) on ${screenName}:\n${describeFindings(blocking)}`);
  return findings;
}
