import fs from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';

/**
 * Saves what the page shows as an A4 PDF (with backgrounds), e.g. a
 * completed on-site checklist. Returns the file written. The page's own
 * `@page` size wins, so a register set to landscape A4 prints landscape.
 */
export async function printToPdf(webContents: Pick<WebContents, 'printToPDF'>, file: string): Promise<string> {
  const data = await webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
  return file;
}
