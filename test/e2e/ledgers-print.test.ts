import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillSampleRecord } from '../support/sample-checklist';
import { openTestCore, type TestCore } from '../support/temp-core';
import { clippedPrintText, pageCount, pageSize, pdfFonts, pdfText, savePrintPdf } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-ledgers-');

/** Enough complaints in May 2026 for 《客户投诉处理管理台帐》 to run over three pages; each customer's name is its number, to find its row on paper. */
const COMPLAINTS = 48;
const customer = (i: number) => `客户${String(i).padStart(3, '0')}号`;
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

async function enterData(core: TestCore): Promise<string[]> {
  const serials: string[] = [];
  for (let i = 1; i <= COMPLAINTS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    core.clock.set(new Date(sh(`2026-05-${day}T09:${String(i % 60).padStart(2, '0')}:00`)));
    const content = `${customer(i)}反映：罐车夜间经过村道，噪声大且有异味，影响休息，要求调整通行时间并说明污水去向。`.repeat(1 + (i % 2));
    const created = await core.call('complaints.create', { kind: 'complaint', channel: i % 2 ? 'phone' : 'letter', customerName: customer(i), customerPhone: `138 0000 ${String(i).padStart(4, '0')}`, content }, await core.signIn('limei'));
    serials.push(created.serial);
  }
  // Two truckloads of the sewage register in May.
  core.clock.set(new Date(sh('2026-05-20T08:00:00')));
  let record = await fillSampleRecord(core, await core.signIn('wangjg'), 'well.sewage-haulage-register');
  for (const [row, plate] of [['sample-1', '川E-51001'], ['sample-2', '川E-51002']] as const) {
    record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: 'truckloads', rowId: row, cells: { plate, date: '2026-05-20' } }, await core.signIn('wangjg'));
  }
  return serials;
}

/** Every cell whose text runs outside its own box on paper (measured under print media at the sheet's fixed width). */
async function overflowingCells(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const found = await page.locator('[data-testid="ledger-print"]').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('th, td')].flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      const outside = (cell.textContent ?? '').trim() !== '' && (text.right > box.right + 0.5 || text.bottom > box.bottom + 0.5 || text.left < box.left - 0.5);
      return outside ? [`${cell.tagName}: ${(cell.textContent ?? '').slice(0, 30)}`] : [];
    }),
  );
  await page.emulateMedia({ media: 'screen' });
  return found;
}

async function printLedger(page: Page, ledgerId: string, fill: () => Promise<void>, button: string, file: string): Promise<string> {
  await page.getByTestId('nav-ledgers').click();
  await page.getByTestId(`ledger-${ledgerId}`).click();
  await fill();
  await page.getByTestId(button).click();
  await page.locator(`[data-testid="ledger-print"][data-ledger="${ledgerId}"]`).waitFor({ state: 'attached' });
  expect(await clippedPrintText(page, 'ledger-print'), `${ledgerId}: no clipped text`).toEqual([]);
  expect(await overflowingCells(page), `${ledgerId}: no cell's text outside its box`).toEqual([]);
  return savePrintPdf(page, e2e.screenshotPath(file));
}

/** Each page: landscape, the header row, title, site and 第 i 页 共 n 页. */
function expectEveryPage(file: string, expected: { title: string; headers: string[]; pages: number }): void {
  const pages = pageCount(file);
  expect(pages).toBe(expected.pages);
  const [width, height] = pageSize(file);
  expect(width, 'A4 landscape').toBeGreaterThan(height!);
  for (let p = 1; p <= pages; p++) {
    const text = pdfText(file, p);
    for (const header of expected.headers) expect(text, `page ${p} repeats the header ${header}`).toContain(header);
    expect(text, `page ${p} title`).toContain(expected.title);
    expect(text, `page ${p} site`).toContain('阳42井站（YY42）');
    expect(text, `page ${p} number`).toContain(`第${p}页共${pages}页`);
  }
  // pdffonts: name, type, encoding, then emb sub uni and the object number; Skia embeds the CJK face's glyphs as Type 3 fonts.
  const fonts = pdfFonts(file).trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((cols) => cols.at(-5) !== 'yes'), 'every font embedded').toEqual([]);
}

describe('ledgers print on A4 landscape', () => {
  it('prints a long ledger over several pages, a register kept as checklist rows, and a blank one', async () => {
    const core = await openTestCore({ dataDir: e2e.dataDir });
    const serials = await enterData(core);
    core.close();

    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');
    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDFs are what paper would get
    });
    // The sheet's CJK face is on this machine, so paper is not set in a fallback font.
    expect(await page.evaluate(() => document.fonts.check('9pt "Noto Sans CJK SC"', '台帐'))).toBe(true);

    const period = async () => {
      await page.getByTestId('ledger-period').fill('2026-05');
    };
    const long = await printLedger(page, 's15.complaint-handling', period, 'ledger-print-rows', 'ledger-complaints-2026-05.pdf');
    const pages = pageCount(long);
    expect(pages, 'enough rows for three pages or more').toBeGreaterThanOrEqual(3);
    expectEveryPage(long, { title: '客户投诉处理管理台帐', headers: ['序号', '受理编号', '受理日期', '客户名称', '投诉内容', '处理时限', '逾期', '改善对策', '效果确认'], pages });
    expect(pdfText(long, 1)).toContain('2026年5月（2026-05-01—2026-05-31）');
    // Rows never split: each row's serial and customer stand on one page, and only there.
    const pageTexts = Array.from({ length: pages }, (_, p) => pdfText(long, p + 1));
    for (const [index, serial] of serials.entries()) {
      const on = pageTexts.flatMap((text, p) => (text.includes(serial) ? [p] : []));
      expect(on, `${serial} on exactly one page`).toHaveLength(1);
      expect(pageTexts[on[0]!], `${serial}'s customer on the same page`).toContain(customer(index + 1));
    }

    const sewage = await printLedger(page, 'well.sewage-haulage', period, 'ledger-print-rows', 'ledger-sewage-2026-05.pdf');
    expectEveryPage(sewage, { title: '污水拉运登记台帐', headers: ['车牌号', '罐装水方数（m³）', '离站时间', '气田水运输签运单号', '当班员工'], pages: 1 });
    expect(pdfText(sewage)).toContain('川E-51001');
    expect(pdfText(sewage)).toContain('川E-51002');

    const blankLines = async () => {
      await page.getByTestId('ledger-period').fill('');
      await page.getByTestId('ledger-blank-rows').fill('30');
    };
    const blank = await printLedger(page, 'postal.archive-consultation', blankLines, 'ledger-print-blank', 'ledger-blank-archive-consultation.pdf');
    const blankPages = pageCount(blank);
    expect(blankPages, '30 lines of 10 mm run onto a second page').toBeGreaterThanOrEqual(2);
    expectEveryPage(blank, { title: '寄递详情单实物档案查阅登记（空白）', headers: ['查阅时间', '查阅人', '查阅事由（工作需要）', '档案完整无损'], pages: blankPages });
    expect(pdfText(blank, blankPages)).toContain('30'); // the last line's number
  }, 300_000);
});
