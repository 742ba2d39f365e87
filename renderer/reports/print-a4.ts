/**
 * Prints one section of the 报表 page alone on A4 portrait: the body gets
 * `bodyClass` while the print dialog is open, and reports.css hides every
 * other section under it. The page rule is a constructed style sheet (the
 * CSP refuses a written <style>); the ledgers print landscape with their own.
 */
export function printA4(bodyClass: string): void {
  const sheet = 'adoptedStyleSheets' in document ? new CSSStyleSheet() : null;
  sheet?.replaceSync('@page { size: A4 portrait; margin: 12mm; }');
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.body.classList.add(bodyClass);
  try {
    window.print();
  } finally {
    document.body.classList.remove(bodyClass);
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
