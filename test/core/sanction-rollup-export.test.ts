import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { rollupCsv, rollupWorkbook, type RollupLabels } from '../../renderer/reports/rollup-export';
import { openTestCore, tempDir, type TestCore } from '../support/temp-core';

/**
 * The fines and points roll-up exported and read back by independent readers:
 * the xlsx by Python's openpyxl (python3-openpyxl, installed by .ci/run), the
 * CSV by csv-parse; the numbers are the core's, worked out by hand below.
 */

const r = zhCN.sanctions.rollup;
const labels: RollupLabels = {
  sheets: { persons: r.byPerson, units: r.byUnit, months: r.byMonth, entries: r.entries },
  person: r.person,
  unit: r.unit,
  month: r.month,
  amount: r.amount,
  points: r.points,
  count: r.count,
  ownAmount: r.ownAmount,
  total: r.total,
  decidedOn: r.decidedOn,
  decidedBy: r.decidedBy,
  case: r.case,
  article: r.article,
  target: r.target,
  note: r.note,
  unitTarget: r.unitTarget,
  articleText: (e) => `${e.articleLabel.zh}（${e.source}）`,
};

const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READER = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    out[sheet.title] = {"rows": [[c.value for c in row] for row in sheet.iter_rows()], "formats": [[c.number_format for c in row] for row in sheet.iter_rows()], "frozen": sheet.freeze_panes, "bold": [c.font.bold for c in sheet[1]]}
print(json.dumps(out, ensure_ascii=False))
`;

let core: TestCore;
afterEach(() => core?.close());
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

async function november() {
  core = await openTestCore();
  core.clock.set(new Date(sh('2026-11-23T10:00:00')));
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  const idOf = (name: string) => users.find((u) => u.displayName === name)!.id;
  const created = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '郑秀兰', content: '态度差。', receivedAt: sh('2026-11-20T09:00:00') }, await core.signIn('limei'));
  const c = await core.call('complaints.get', { id: created.id }, await core.signIn('limei'));
  await core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'accept', assigneeId: idOf('张伟') } }, await core.signIn('zhaoli'));
  const lead = await core.signIn('wangjg');
  // 第四十条 1250.50 on 张伟 and on 阳42井站; 第三十九条 500 on 李梅; seed004 §M grade 2 直接上级 5 points on 刘强.
  await core.call('sanctionLedger.record', { complaintId: c.id, articleCode: 'p6.40', measure: 'fine', amount: 1250.5, targets: [{ personId: idOf('张伟') }, { unit: '阳42井站' }], note: '升级' }, lead);
  await core.call('sanctionLedger.record', { complaintId: c.id, articleCode: 'p6.39', measure: 'fine', amount: 500, targets: [{ personId: idOf('李梅') }] }, lead);
  await core.call('sanctionLedger.record', { complaintId: c.id, articleCode: 'seed004-m.management.grade2', measure: 'points', targets: [{ personId: idOf('刘强'), deductionRole: 2 }] }, lead);
  return { rollup: await core.call('sanctionLedger.rollup', { period: { kind: 'month', key: '2026-11' } }, lead), serial: created.serial };
}

describe('罚款与扣分汇总 exports', () => {
  it('xlsx: a sheet per view, bold frozen headers, 元 with two decimals, the numbers worked out by hand', async () => {
    const { rollup, serial } = await november();
    const file = path.join(tempDir('branchline-rollup-'), 'rollup.xlsx');
    fs.writeFileSync(file, await rollupWorkbook(rollup, labels));
    const book = JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as Record<string, { rows: unknown[][]; formats: string[][]; frozen: string; bold: boolean[] }>;
    expect(Object.keys(book)).toEqual(['按人员', '按单位', '按月', '台帐明细']);
    // Persons by amount: 张伟 1250.50, 李梅 500, 刘强 0 元 and 5 points.
    expect(book['按人员']!.rows).toEqual([
      ['人员', '单位', '罚款（元）', '扣分', '笔数'],
      ['张伟', '阳42井站', 1250.5, 0, 1],
      ['李梅', '阳42井站', 500, 0, 1],
      ['刘强', '采气作业区', 0, 5, 1],
    ]);
    // 阳42井站: 1250.50 (unit) + 1250.50 + 500 = 3001; 采气作业区 5 points; total 3001 元, 5 points, 4 entries.
    expect(book['按单位']!.rows).toEqual([
      ['单位', '罚款（元）', '扣分', '笔数', '其中单位本身（元）'],
      ['采气作业区', 0, 5, 1, 0],
      ['阳42井站', 3001, 0, 3, 1250.5],
      ['合计', 3001, 5, 4, 1250.5],
    ]);
    expect(book['按月']!.rows).toEqual([
      ['月份', '罚款（元）', '扣分', '笔数'],
      ['2026-11', 3001, 5, 4],
      ['合计', 3001, 5, 4],
    ]);
    const entries = book['台帐明细']!;
    expect(entries.rows).toHaveLength(5);
    expect(entries.rows[1]).toEqual(['2026-11-23', serial, '张伟', expect.stringContaining('seed003 篇6 第四十条'), 1250.5, 0, '王建国', '升级']);
    expect(entries.rows[2]![2]).toBe('阳42井站（单位）');
    expect(entries.rows[4]![2]).toBe('刘强（直接上级）');
    expect(entries.formats[1]![4]).toBe('#,##0.00');
    for (const sheet of Object.values(book)) {
      expect(sheet.frozen).toBe('A2');
      expect(sheet.bold.every(Boolean)).toBe(true);
    }
  });

  it('CSV: UTF-8 with a byte-order mark, the same tables one after another', async () => {
    const { rollup } = await november();
    const csv = rollupCsv(rollup, labels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows[0]).toEqual(['按人员']);
    expect(rows[2]).toEqual(['张伟', '阳42井站', '1250.50', '0', '1']);
    const totals = rows.filter((row) => row[0] === '合计');
    expect(totals).toEqual([
      ['合计', '3001.00', '5', '4', '1250.50'],
      ['合计', '3001.00', '5', '4'],
    ]);
  });
});
