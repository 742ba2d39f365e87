import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryString } from '../../renderer/console/api/console-client';
import { ConsoleReportsScreen } from '../../renderer/console/screens/ConsoleReportsScreen';
import { setLanguage } from '../../renderer/i18n/i18n';
import type { NotificationTimeliness } from '../../shared/api/notifications';
import { assembleReport, measureHeads } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod } from '../../shared/reports/period';
import { CONSOLE_PRIVACY_PATHS } from '../../shared/sync/console-privacy-api';
import { CONSOLE_REPORT_PATHS, type NotificationRatesResponse } from '../../shared/sync/console-reports-api';
import { tempDir } from '../support/temp-core';
import { stubConsoleServer } from './console-server-stub';

/**
 * The console 报表's exports carry its 通知时效 table: a sheet in the xlsx
 * (read back by openpyxl) and a block of the CSV (read by a CSV parser), a row
 * per site and the all-sites row, each screen column as its count, then its
 * denominator and share — the numbers the screen shows as "count / of · share".
 */
const server = stubConsoleServer();
const definition = REPORT_DEFINITIONS.find((d) => d.id === 'sichuan-p6-analysis')!;
const period = parsePeriod('month', '2026-11')!;
const buckets = bucketKeys(period, 'week');
const result = {
  ...assembleReport(
    { definition: { ...definition, dimensions: ['channel'] }, period, bucket: 'week', buckets, asOf: '2026-11-20T00:00:00.000Z', siteId: null, unit: null },
    { measures: [{ group_key: buckets[1], received__n: 5, complaints__n: 4 }], dimensions: [{ dimension: 'channel', rows: [{ value: 'phone', label: null, bucket: buckets[1], n: 5 }] }] },
    () => undefined,
  ),
  perSite: [],
};
const sites = [
  { id: 's-yy', code: 'YY42', name: '阳42井站' },
  { id: 's-bk', code: 'BK01', name: '营业网点' },
];
const yy: NotificationTimeliness = { raised: 6, acknowledgeRequired: 5, withDue: 4, acknowledgedWithinLimit: 2, acknowledgedLate: 1, unacknowledged: 2, escalated: 1, phoneRequired: 0, phoneConfirmed: 0, writtenRequired: 1, writtenOnTime: 1 };
const bk: NotificationTimeliness = { raised: 1, acknowledgeRequired: 1, withDue: 1, acknowledgedWithinLimit: 0, acknowledgedLate: 1, unacknowledged: 0, escalated: 0, phoneRequired: 1, phoneConfirmed: 0, writtenRequired: 1, writtenOnTime: 0 };
const total: NotificationTimeliness = { raised: 7, acknowledgeRequired: 6, withDue: 5, acknowledgedWithinLimit: 2, acknowledgedLate: 2, unacknowledged: 2, escalated: 1, phoneRequired: 1, phoneConfirmed: 0, writtenRequired: 2, writtenOnTime: 1 };
const rates: NotificationRatesResponse = {
  period,
  sites: [
    { siteId: 's-yy', code: 'YY42', name: '阳42井站', stats: yy },
    { siteId: 's-bk', code: 'BK01', name: '营业网点', stats: bk },
  ],
  total,
};

const HEADER = [
  '网点',
  '产生的通知',
  '时限内确认收到',
  '时限内确认收到 · 分母',
  '时限内确认收到 · 占比',
  '超时确认',
  '超时确认 · 分母',
  '超时确认 · 占比',
  '尚未确认',
  '尚未确认 · 分母',
  '尚未确认 · 占比',
  '已升级',
  '已升级 · 分母',
  '已升级 · 占比',
  '已电话核实',
  '已电话核实 · 分母',
  '已电话核实 · 占比',
  '书面报告按时',
  '书面报告按时 · 分母',
  '书面报告按时 · 占比',
];

const saved: { name: string; blob: Blob }[] = [];
const click = HTMLAnchorElement.prototype.click;
let lastBlob: Blob | null = null;
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = (blob: Blob) => ((lastBlob = blob), 'blob:report');
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: lastBlob! });
  };
});
afterEach(() => {
  HTMLAnchorElement.prototype.click = click;
});

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Debian's python3-openpyxl installs into the system Python, which a pyenv shim on PATH may hide. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READER = `
import json, sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])['通知时效']
print(json.dumps({"rows": [[c.value for c in row] for row in sheet.iter_rows()], "formats": [[c.number_format for c in row] for row in sheet.iter_rows()], "frozen": sheet.freeze_panes}, ensure_ascii=False))
`;

async function runReport() {
  const user = userEvent.setup();
  const runPath = `${CONSOLE_REPORT_PATHS.run}${queryString({ definitionId: definition.id, kind: 'month', key: '2026-11' })}`;
  server.routes = {
    [`GET ${CONSOLE_REPORT_PATHS.definitions}`]: () => ({ status: 200, json: { definitions: [{ ...definition, heads: measureHeads(definition) }], sites, today: '2026-11-20' } }),
    [`GET ${runPath}`]: () => ({ status: 200, json: result }),
    [`GET ${CONSOLE_REPORT_PATHS.notificationRates}${queryString({ kind: 'month', key: '2026-11' })}`]: () => ({ status: 200, json: rates }),
    [`GET ${CONSOLE_REPORT_PATHS.cases}${queryString({ definitionId: definition.id, kind: 'month', key: '2026-11', limit: 500 })}`]: () => ({ status: 200, json: { cases: [], total: 0, next: null } }),
    [`POST ${CONSOLE_PRIVACY_PATHS.exports}`]: () => ({ status: 201, json: { entry: { id: 'h1', source: 'headOffice', at: '2026-11-20T00:00:00.000Z', userName: '张总部', action: 'export', subject: 'x', siteId: null, siteCode: null, recordId: null, rowCount: 1, reason: '月度通报', place: '总部控制台' } } }),
  };
  render(<ConsoleReportsScreen />);
  await user.click(await screen.findByTestId('console-report-run'));
  const panel = await screen.findByTestId('console-notification-rates');
  await waitFor(() => expect(panel.querySelector('tr[data-site="s-yy"]')).not.toBeNull());
  await user.type(screen.getByTestId('export-purpose'), '月度通报');
  return user;
}

describe('console 报表 exports: 通知时效', () => {
  beforeEach(async () => {
    await act(() => setLanguage('zh-CN'));
  });

  it('the CSV carries a row per site and all sites, with each share’s denominator; a zero denominator leaves the share empty', async () => {
    const user = await runReport();
    await user.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual([`${definition.title.zh}-2026-11.csv`]));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytesOf(saved[0]!.blob));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    const start = rows.findIndex((r) => r[0] === '网点' && r[1] === '产生的通知');
    expect(rows[start]).toEqual(HEADER);
    expect(rows[start + 1]).toEqual(['YY42 阳42井站', '6', '2', '4', '50.0%', '1', '4', '25.0%', '2', '5', '40.0%', '1', '4', '25.0%', '0', '0', '', '1', '1', '100.0%']);
    expect(rows[start + 2]).toEqual(['BK01 营业网点', '1', '0', '1', '0.0%', '1', '1', '100.0%', '0', '1', '0.0%', '0', '1', '0.0%', '0', '1', '0.0%', '0', '1', '0.0%']);
    expect(rows[start + 3]).toEqual(['全部网点', '7', '2', '5', '40.0%', '2', '5', '40.0%', '2', '6', '33.3%', '1', '5', '20.0%', '0', '1', '0.0%', '1', '2', '50.0%']);
  });

  it('the xlsx has a 通知时效 sheet openpyxl reads as the screen: counts, denominators, shares as numbers in a percentage format', async () => {
    const user = await runReport();
    await user.click(screen.getByTestId('export-xlsx'));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual([`${definition.title.zh}-2026-11.xlsx`]), { timeout: 10_000 });
    const file = path.join(tempDir('branchline-console-rates-'), 'report.xlsx');
    fs.writeFileSync(file, await bytesOf(saved[0]!.blob));
    const sheet = JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as { rows: unknown[][]; formats: string[][]; frozen: string };
    expect(sheet.frozen).toBe('A2');
    expect(sheet.rows[0]).toEqual(HEADER);
    expect(sheet.rows[1]).toEqual(['YY42 阳42井站', 6, 2, 4, 0.5, 1, 4, 0.25, 2, 5, 0.4, 1, 4, 0.25, 0, 0, null, 1, 1, 1]);
    expect(sheet.rows[3]).toEqual(['全部网点', 7, 2, 5, 0.4, 2, 5, 0.4, 2, 6, 2 / 6, 1, 5, 0.2, 0, 1, 0, 1, 2, 0.5]);
    const shareColumns = HEADER.flatMap((h, i) => (h.endsWith('· 占比') ? [i] : []));
    for (const c of shareColumns) expect(sheet.formats[1]![c]).toBe('0.0%');
    expect(sheet.formats[1]![2]).toBe('General');
  });
});
