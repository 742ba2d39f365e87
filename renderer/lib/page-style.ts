import { useEffect } from 'react';

/**
 * Adds a style sheet made in script (a constructed CSSStyleSheet adopted by
 * the document) for as long as the component is shown. The renderer's CSP
 * has no 'unsafe-inline' for styles, so a <style> element the page writes is
 * refused; the CSS object model is not, as it cannot be reached by injected
 * markup. Used where the CSS holds text known only at run time (the page
 * footer of a printed checklist: site name, 第 x 页 共 y 页).
 */
export function usePageStyle(css: string): void {
  useEffect(() => {
    // Chromium (Electron, browser mode) has it; jsdom (component tests) does not.
    if (!('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
