import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The fonts embedded in the PDF, by name (pdffonts). */
export const pdfFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });

/** The PDF's text in drawing order (each table cell's wrapped lines stay together), without white space (pdftotext spaces CJK unevenly). */
export const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-raw', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

export const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** Width and height of the first page in points. */
export const pageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!.slice(1).map(Number);

/**
 * Clicks a print button, waits for the checklist print view, saves the page as
 * paper would get it (print media, the sheet's own @page size) and turns every
 * page into a PNG beside the PDF for a person to look at.
 */
export async function printChecklistPdf(page: Page, button: string, file: string, filled: boolean): Promise<string> {
  await page.getByTestId(button).click();
  await page.locator(`[data-testid="checklist-print"][data-filled="${String(filled)}"]`).waitFor({ state: 'attached' });
  return savePrintPdf(page, file);
}

/** Saves the page as paper would get it (print media, the sheet's own @page size) and every page as a PNG beside the PDF, for a person to look at. */
export async function savePrintPdf(page: Page, file: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const stem = file.replace(/\.pdf$/, '');
  for (const old of fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(stem)}-`) && f.endsWith('.png'))) fs.rmSync(path.join(path.dirname(file), old));
  await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, stem]);
  return file;
}

/**
 * Elements of the print view whose text is cut off (content wider or taller
 * than a box that hides overflow), as "tag.class: text" — paper must never
 * show clipped text. Measured under print media.
 */
export async function clippedPrintText(page: Page, sheet = 'checklist-print'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.locator(`[data-testid="${sheet}"]`).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
        return hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
  await page.emulateMedia({ media: 'screen' });
  return clipped;
}
