import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { monthlyTables, weeklyTables, type CircularLabels } from '../../../renderer/reports/circular-export';
import { tablesCsv, tablesWorkbook } from '../../../renderer/reports/rollup-export';
import { buildAreaCheckDataSet } from '../../support/area-checks';
import { tempDir, type TestCore } from '../../support/temp-core';

/**
 * The circular and the assessment exported and read back by independent
 * readers (openpyxl for the xlsx, csv-parse for the CSV), against the
 * numbers worked out by hand in circulars.test.ts.
 */

const c = zhCN.circulars;
const labels: CircularLabels = {
  tables: c.tables,
  cols: c.cols,
  yes: c.yes,
  no: c.no,
  text: (label) => label.zh,
  findingsNote: c.findingsNote,
  moment: (iso) => iso,
  status: (a) => a.status,
};

const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READER = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({s.title: {"rows": [[c.value for c in r] for r in s.iter_rows()], "formats": [[c.number_format for c in r] for r in s.iter_rows()], "frozen": s.freeze_panes} for s in book.worksheets}, ensure_ascii=False))
`;

let core: TestCore;
afterEach(() => core?.close());

describe('每周通报与每月考核 exports', () => {
  it('xlsx of December’s assessment: the rows per person and area, weighted scores to two decimals, frozen headers', async () => {
    core = await buildAreaCheckDataSet();
    core.clock.set(new Date('2027-01-05T01:00:00.000Z'));
    const december = await core.call('circulars.monthly', { definitionId: 'area-checks', period: { kind: 'month', key: '2026-12' } }, await core.signIn('wangjg'));
    const file = path.join(tempDir('branchline-circular-'), 'assessment.xlsx');
    fs.writeFileSync(file, await tablesWorkbook(monthlyTables(december, labels), ''));
    const book = JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as Record<string, { rows: unknown[][]; formats: string[][]; frozen: string }>;
    const sheet = book[c.tables.assessment]!;
    expect(sheet.rows).toEqual([
      ['区域责任人', '责任区域', '检查次数', '判定项', '合格项', '问题数', '整改措施', '月末未关闭', '得分', '加权得分'],
      ['李梅', '井口区', 1, 2, 0, 2, 2, 1, 0, 0],
      ['张伟', '分离器区', 2, 4, 3, 1, 0, 0, 75, 3.75],
      ['张伟', '井口区', 1, 1, 1, 0, 0, 0, 100, 5],
    ]);
    expect(sheet.formats[2]![9]).toBe('#,##0.00');
    expect(sheet.frozen).toBe('A2');
    expect(book[c.tables.actions]!.rows.map((r) => [r[0], r[3]])).toEqual([
      ['责任区域', '整改责任人'],
      ['井口区', '李梅'],
    ]);
  });

  it('CSV of week 49: a byte-order mark, the findings and the four actions open at the week’s end', async () => {
    core = await buildAreaCheckDataSet();
    core.clock.set(new Date('2026-12-10T04:00:00.000Z'));
    const w49 = await core.call('circulars.weekly', { definitionId: 'area-checks', period: { kind: 'week', key: '2026-W49' } }, await core.signIn('limei'));
    const csv = tablesCsv(weeklyTables(w49, labels));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows[0]).toEqual([c.tables.findings]);
    expect(rows.slice(2, 5).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2026-11-30', '分离器区', '张伟', '风险点的防控是否执行到位'],
      ['2026-12-01', '井口区', '李梅', '本区域的操作是否规范'],
      ['2026-12-01', '井口区', '李梅', '风险点的防控是否执行到位'],
    ]);
    expect(rows[5]).toEqual([c.tables.actions]);
    expect(rows.slice(7).map((r) => [r[3], r[5], r[6]])).toEqual([
      ['张伟', 'open', '是'],
      ['张伟', 'closed', '是'],
      ['李梅', 'closed', '是'],
      ['李梅', 'open', '否'],
    ]);
  });
});
