import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageStyle } from '../../renderer/lib/page-style';

/** jsdom has no adopted style sheets; Chromium has. This stands in for Chromium's list. */
function withAdoptedSheets(): CSSStyleSheet[] {
  let sheets: CSSStyleSheet[] = [];
  Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (value: CSSStyleSheet[]) => (sheets = value) });
  return sheets;
}

afterEach(() => {
  delete (document as unknown as Record<string, unknown>)['adoptedStyleSheets'];
});

function Footer({ css }: { css: string }) {
  usePageStyle(css);
  return null;
}

describe('usePageStyle (the print footer without a <style> element, issue 18 §2)', () => {
  it('adopts a constructed style sheet while shown, replaces it when the CSS changes, removes it after', () => {
    withAdoptedSheets();
    const { rerender, unmount } = render(createElement(Footer, { css: '.a { color: red; }' }));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.adoptedStyleSheets[0]!.cssRules[0]!.cssText).toContain('.a');
    rerender(createElement(Footer, { css: '.b { color: blue; }' }));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.adoptedStyleSheets[0]!.cssRules[0]!.cssText).toContain('.b');
    expect(document.querySelectorAll('style')).toHaveLength(0);
    unmount();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('no view writes a <style> element (the CSP refuses it, so its rules would silently not apply)', () => {
  it('finds no <style> or dangerouslySetInnerHTML in the renderer sources', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../renderer');
    const sources = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.tsx'));
    expect(sources.length).toBeGreaterThan(50);
    const code = (file: string) => readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = sources.filter((file) => /<style[\s>]|dangerouslySetInnerHTML/.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
