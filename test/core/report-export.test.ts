import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/store';
import { upsertReportRow } from '../../electron/core/reports/report-repository';
import { computeSiteReport } from '../../electron/core/reports/service';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { reportCsv, reportWorkbook } from '../../renderer/reports/report-export';
import { formatValue, measureRows, type ReportLabels } from '../../renderer/reports/report-format';
import { findReportDefinition } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod } from '../../shared/reports/period';
import type { ReportResult } from '../../shared/reports/result';
import { DATASET_AS_OF, dataset } from '../support/report-dataset';
import { tempDir } from '../support/temp-core';

/**
 * The exports read back by independent readers: the xlsx by Python's openpyxl
 * (python3-openpyxl, installed by .ci/run), the CSV by csv-parse. Both must
 * show the numbers the screen shows (measureRows / formatValue are what the
 * screen renders).
 */
const labels: ReportLabels = {
  measure: (h) => h.label.zh,
  dimension: (d) => zhCN.reports.dimensions[d as keyof typeof zhCN.reports.dimensions],
  value: (d, v, label) => (v === null ? zhCN.reports.unstated : (label ?? (d === 'kind' ? zhCN.kinds[v as 'complaint'] : d === 'channel' ? zhCN.channels[v as 'phone'] : v))),
  bucket: (k) => k,
  total: zhCN.reports.total,
  share: zhCN.reports.share,
  measures: zhCN.reports.measures,
  cases: zhCN.reports.cases,
  target: zhCN.reports.target,
  met: zhCN.reports.met,
  notMet: zhCN.reports.notMet,
};

/** Debian's python3-openpyxl installs into the system Python, which a pyenv shim on PATH may hide. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

let result: ReportResult;
const dir = tempDir('branchline-export-');
beforeAll(() => {
  const store = openStore(path.join(dir, 'site.sqlite'));
  store.transaction((tx) => dataset('site-1').forEach((row) => upsertReportRow(tx, row)));
  const period = parsePeriod('quarter', '2026-Q1')!;
  result = computeSiteReport(store.read, findReportDefinition('sichuan-p6-analysis')!, { period, bucket: 'month', asOf: DATASET_AS_OF, siteId: 'site-1' }, bucketKeys(period, 'month'));
  store.close();
});

const READER = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    formats = [[c.number_format for c in row] for row in sheet.iter_rows()]
    out[sheet.title] = {"rows": rows, "formats": formats, "frozen": sheet.freeze_panes, "bold": [c.font.bold for c in sheet[1]]}
print(json.dumps(out, ensure_ascii=False))
`;

describe('report exports', () => {
  it('xlsx: openpyxl reads the numbers the screen shows, with number formats, bold frozen headers and a sheet per dimension', async () => {
    const file = path.join(dir, 'report.xlsx');
    fs.writeFileSync(file, await reportWorkbook(result, labels, { header: ['编号'], rows: [['S-0001']] }));
    const book = JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as Record<string, { rows: unknown[][]; formats: string[][]; frozen: string; bold: boolean[] }>;
    expect(Object.keys(book)).toEqual(['指标', '等级', '渠道', '类型', '有效性', '原因', '单位', '处理人', '状态', '网点', '案件明细']);
    const measures = book['指标']!;
    expect(measures.frozen).toBe('A2');
    expect(measures.bold.every(Boolean)).toBe(true);
    const { header, rows } = measureRows(result, labels);
    expect(measures.rows[0]).toEqual(header);
    for (const [i, row] of rows.entries()) {
      const read = measures.rows[i + 1]!;
      expect(read[0]).toBe(row.head.label.zh);
      // The number as stored, shown through the cell's format, reads as on screen.
      const shown = (v: unknown, format: string) => (v === null ? '—' : format === '0.0%' ? `${((v as number) * 100).toFixed(1)}%` : format === '0.00' ? (v as number).toFixed(2) : String(v));
      row.cells.forEach((v, j) => expect(shown(read[j + 1] ?? null, measures.formats[i + 1]![j + 1]!)).toBe(formatValue(row.head, v)));
      expect(shown(read[row.cells.length + 1] ?? null, measures.formats[i + 1]![row.cells.length + 1]!)).toBe(formatValue(row.head, row.total));
    }
    // 48 h call-back: 3 of 9 (test/server/report-engines.test.ts works it out).
    const callBack = measures.rows.find((r) => r[0] === '限时回访率')!;
    expect(callBack[4]).toBeCloseTo(1 / 3, 12);
    expect(callBack[5]).toBe('≥ 100.0%');
    const channels = book['渠道']!;
    expect(channels.frozen).toBe('A2');
    expect(channels.rows.slice(1)).toEqual([
      ['当面', 4, 4, 4, 12, 0.5],
      ['电话', 4, 4, 4, 12, 0.5],
      ['合计', 8, 8, 8, 24, 1],
    ]);
    expect(book['案件明细']!.rows).toEqual([['编号'], ['S-0001']]);
  });

  it('CSV: UTF-8 with a byte-order mark, parsed by a CSV parser into what the screen shows', () => {
    const csv = reportCsv(result, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows[0]).toEqual(['指标', '2026-01', '2026-02', '2026-03', '合计', '目标']);
    expect(rows.find((r) => r[0] === '限时回访率')).toEqual(['限时回访率', '33.3%', '33.3%', '33.3%', '33.3%', '≥ 100.0%']);
    expect(rows.find((r) => r[0] === '平均处理时长（工作日）')).toEqual(['平均处理时长（工作日）', '2.33', '2.33', '2.33', '2.33', '']);
    const channelHead = rows.findIndex((r) => r[0] === '渠道');
    expect(rows.slice(channelHead, channelHead + 4)).toEqual([
      ['渠道', '2026-01', '2026-02', '2026-03', '合计', '占比'],
      ['当面', '4', '4', '4', '12', '50.0%'],
      ['电话', '4', '4', '4', '12', '50.0%'],
      ['合计', '8', '8', '8', '24', '100.0%'],
    ]);
  });
});
