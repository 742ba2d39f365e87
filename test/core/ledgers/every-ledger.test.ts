import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { LEDGERS } from '../../../shared/reports/ledgers';
import type { LedgerDefinition } from '../../../shared/reports/ledgers/ledger-schema';
import { fillSampleRecord, useProfileWith } from '../../support/sample-checklist';
import { openFixture, type Fixture } from './ledger-fixture';

/**
 * Every ledger that holds data, over the fixture (see ledger-fixture.ts) and
 * one sample record of each checklist template behind a ledger, dated
 * 2026-09-20 and entered by 王建国 (阳42井站). Expected rows, by hand:
 * - complaint ledgers in September: the fixture's A, B, F, C (complaints by time received), with E where suggestions
 *   count and without F where the opinion book has its own book; the closed-case batch: A only;
 * - checklist ledgers: the sample's two register rows, or its one record; none in October, none for 集团呼叫中心.
 */
let f: Fixture;
const TABLE_ROWS = 2; // fillSampleRecord adds two rows to every register table

async function sampleFor(ledger: LedgerDefinition): Promise<void> {
  const data = ledger.data;
  if (data.kind !== 'checklistRows' && data.kind !== 'checklistRecords') return;
  const session = await f.core.signIn('wangjg');
  // A template is filled only at a site of an organisation whose profile lists it.
  await useProfileWith(f.core, session, data.templateId);
  let record: ChecklistRecord = await fillSampleRecord(f.core, session, data.templateId);
  const items = record.template.sections.flatMap((s) => s.items);
  const save = async (input: Record<string, unknown>) => {
    record = await f.core.call('checklists.saveAnswers', { id: record.id, version: record.version, ...input } as never, session);
  };
  const dated = (kind: string | undefined) => (kind === 'date' ? '2026-09-20' : '2026-09-20T10:00:00+08:00');
  if ('row' in data.dateFrom) {
    const column = items.find((i) => i.id === (data as { tableItemId: string }).tableItemId)!.columns!.find((c) => c.id === (data.dateFrom as { row: string }).row)!;
    for (const rowId of ['sample-1', 'sample-2']) await save({ itemId: (data as { tableItemId: string }).tableItemId, rowId, cells: { [column.id]: dated(column.kind) } });
  } else {
    const item = items.find((i) => i.id === (data.dateFrom as { item: string }).item)!;
    await save({ itemId: item.id, value: dated(item.kind) });
  }
  await f.core.call('checklists.complete', { id: record.id, version: record.version }, session);
}

beforeAll(async () => {
  f = await openFixture();
  const templates = new Set<string>();
  for (const ledger of LEDGERS) {
    const data = ledger.data;
    if ((data.kind === 'checklistRows' || data.kind === 'checklistRecords') && !templates.has(data.templateId)) {
      templates.add(data.templateId);
      await sampleFor(ledger);
    }
  }
}, 120_000);
afterAll(() => f.core.close());

const COMPLAINT_ROWS: Record<string, ('A' | 'B' | 'C' | 'E' | 'F')[]> = {
  's15.complaint-handling': ['A', 'B', 'F', 'C'],
  's6.feedback-register': ['A', 'B', 'E', 'F', 'C'],
  'bank.opinion-register': ['A', 'B', 'C'],
  'lab.appeal-statement': ['A', 'B', 'F', 'C'],
  'lab.appeal-acceptance': ['A', 'B', 'F', 'C'],
  'lab.complaint-handling': ['A', 'B', 'F', 'C'],
  'lab.complaint-acceptance': ['A', 'B', 'F', 'C'],
  'insurance.closed-cases': ['A'],
  'service-company.complaint-register': ['A', 'B', 'E', 'F', 'C'],
  'manufacturer.complaint-register': ['A', 'B', 'F', 'C'],
  'dealer.complaint-table': ['A', 'B', 'F', 'C'],
};

describe('every ledger with data', () => {
  it('complaint ledgers: the month\'s records of their kinds in order, A alone for 阳42井站, hand-written columns empty', async () => {
    const complaintLedgers = LEDGERS.filter((l) => l.data.kind === 'complaints');
    expect(complaintLedgers.map((l) => l.id).sort()).toEqual(Object.keys(COMPLAINT_ROWS).sort());
    for (const ledger of complaintLedgers) {
      const sheet = await f.sheet({ ledgerId: ledger.id, period: '2026-09' });
      expect(sheet.rows.map((r) => r.key), ledger.id).toEqual(COMPLAINT_ROWS[ledger.id]!.map((k) => f.ids[k]));
      for (const column of ledger.columns.filter((c) => 'hand' in c.value)) expect(sheet.rows.map((r) => r.cells[column.id]), `${ledger.id} ${column.id}`).toEqual(sheet.rows.map(() => null));
      const unit = await f.sheet({ ledgerId: ledger.id, period: '2026-09', unit: '阳42井站' });
      expect(unit.rows.map((r) => r.key), `${ledger.id} 阳42井站`).toEqual([f.ids.A]);
    }
  });

  it('checklist ledgers: the sample record\'s rows in its month, every column of the record filled, none in October or for another unit', async () => {
    for (const ledger of LEDGERS.filter((l) => l.data.kind === 'checklistRows' || l.data.kind === 'checklistRecords')) {
      const sheet = await f.sheet({ ledgerId: ledger.id, period: '2026-09' });
      expect(sheet.rows, ledger.id).toHaveLength(ledger.data.kind === 'checklistRows' ? TABLE_ROWS : 1);
      for (const column of ledger.columns.filter((c) => !('hand' in c.value))) {
        for (const row of sheet.rows) expect(row.cells[column.id], `${ledger.id} ${column.id}`).not.toBeNull();
      }
      expect((await f.sheet({ ledgerId: ledger.id, period: '2026-10' })).rows, `${ledger.id} October`).toEqual([]);
      expect((await f.sheet({ ledgerId: ledger.id, period: '2026-09', unit: '集团呼叫中心' })).rows, `${ledger.id} another unit`).toEqual([]);
    }
  });

  it('the other sources: extensions and call-backs of A in September, none for 采气作业区', async () => {
    for (const ledgerId of ['group.extensions', 'lab.result-feedback']) {
      expect((await f.sheet({ ledgerId, period: '2026-09' })).rows, ledgerId).toHaveLength(1);
      expect((await f.sheet({ ledgerId, period: '2026-09', unit: '采气作业区' })).rows, ledgerId).toEqual([]);
    }
  });
});
