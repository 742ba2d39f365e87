import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { subjectAccessWorkbook } from '../../renderer/lib/subject-access-workbook';
import { tempDir } from './temp-core';

/** Debian's python3-openpyxl installs into the system Python, which a pyenv shim on PATH may hide. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const READER = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    out[sheet.title] = {"rows": [[c.value for c in row] for row in sheet.iter_rows()], "bold": [c.font.bold for c in sheet[1]], "frozen": sheet.freeze_panes}
print(json.dumps(out, ensure_ascii=False))
`;

export interface ReadSheet {
  rows: unknown[][];
  bold: boolean[];
  frozen: string | null;
}

/**
 * The workbook the customer file's 导出为 Excel saves for a privacy.subjectAccess document, with the app's
 * own texts in `lang`, read back by openpyxl (an independent reader): sheet title → its rows.
 */
export async function readSubjectAccessBook(document: string, lang: 'zh-CN' | 'en'): Promise<Record<string, ReadSheet>> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: lang, fallbackLng: 'zh-CN', initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false });
  const t = (key: string, options?: Record<string, unknown>) => String(i18n.t(key as never, options as never));
  const file = path.join(tempDir('branchline-sar-'), 'subject-access.xlsx');
  fs.writeFileSync(file, await subjectAccessWorkbook(document, t, lang));
  return JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as Record<string, ReadSheet>;
}

/** A sheet's rows as objects keyed by its header row. */
export function recordsOf(sheet: ReadSheet): Record<string, unknown>[] {
  const [header = [], ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}
