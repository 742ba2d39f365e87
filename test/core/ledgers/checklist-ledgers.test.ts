import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { fillSampleRecord, useProfileWith } from '../../support/sample-checklist';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * Registers kept as checklist records, over fixed records entered through the
 * checklist service:
 * - 污水拉运登记台帐 rows (a row counts from the moment it is saved, drafts too; its own 日期 places it):
 *   R1 by 李梅 (阳42井站), completed: 川E-101 on 09-29, 川E-102 on 10-01;
 *   R2 by 李梅, still a draft: 川E-201 on 09-30;
 *   R3 by 赵丽 (集团呼叫中心), completed: 川E-301 on 09-15.
 *   → September: 川E-301, 川E-101, 川E-201 (by date); October: 川E-102; 阳42井站 in September: 川E-101, 川E-201.
 * - 法律法规培训记录 (one line per completed record, by 培训日期): T1 09-08 with 2 attendees (completed), T2 09-22 (a draft, not printed), T3 10-05 (completed).
 * - 测温报表: one record switched from 楼房 day hours to 其它时间, 17 ℃: the reading printed is the one the record now asks.
 */
let core: TestCore;
const sheet = async (ledgerId: string, period: string, unit?: string) => core.call('ledgers.sheet', { ledgerId, period, ...(unit ? { unit } : {}) }, await core.signIn('wangjg'));
const column = (rows: { cells: Record<string, unknown> }[], id: string) => rows.map((r) => r.cells[id]);

async function save(login: string, record: ChecklistRecord, input: Record<string, unknown>): Promise<ChecklistRecord> {
  return core.call('checklists.saveAnswers', { id: record.id, version: record.version, ...input } as never, await core.signIn(login));
}

async function sewageRecord(login: string, rows: [plate: string, date: string][], complete: boolean): Promise<void> {
  let record = await fillSampleRecord(core, await core.signIn(login), 'well.sewage-haulage-register');
  for (const [index, [plate, date]] of rows.entries()) record = await save(login, record, { itemId: 'truckloads', rowId: `sample-${index + 1}`, cells: { plate, date } });
  if (rows.length === 1) record = await save(login, record, { itemId: 'truckloads', rowId: 'sample-2', remove: true });
  if (complete) await core.call('checklists.complete', { id: record.id, version: record.version }, await core.signIn(login));
}

async function trainingRecord(heldOn: string, topic: string, complete: boolean): Promise<void> {
  let record = await fillSampleRecord(core, await core.signIn('wangjg'), 'well.legal-training-record');
  record = await save('wangjg', record, { itemId: 'held-on', value: heldOn });
  record = await save('wangjg', record, { itemId: 'topic', value: topic });
  if (complete) await core.call('checklists.complete', { id: record.id, version: record.version }, await core.signIn('wangjg'));
}

beforeAll(async () => {
  core = await openTestCore();
  await sewageRecord('limei', [['川E-101', '2026-09-29'], ['川E-102', '2026-10-01']], true);
  await sewageRecord('limei', [['川E-201', '2026-09-30']], false);
  await sewageRecord('zhaoli', [['川E-301', '2026-09-15']], true);
  await trainingRecord('2026-09-08', '安全生产法', true);
  await trainingRecord('2026-09-22', '环境保护法', false);
  await trainingRecord('2026-10-05', '合同法', true);

  // The heat company's form: the site takes its profile for it (the well station's records stay).
  await useProfileWith(core, await core.signIn('wangjg'), 'heat.room-temperature-record');
  let heat = await fillSampleRecord(core, await core.signIn('wangjg'), 'heat.room-temperature-record');
  heat = await save('wangjg', heat, { itemId: 'measured-at', value: '2026-09-20T21:30:00+08:00' });
  heat = await save('wangjg', heat, { itemId: 'user-period', value: 'building' });
  heat = await save('wangjg', heat, { itemId: 'temp-building', value: 17 });
  await core.call('checklists.complete', { id: heat.id, version: heat.version }, await core.signIn('wangjg'));
});
afterAll(() => core.close());

describe('污水拉运登记台帐: rows of the register across its records', () => {
  it('prints every saved row of the period in date order, drafts included', async () => {
    const september = await sheet('well.sewage-haulage', '2026-09');
    expect(column(september.rows, 'plate')).toEqual(['川E-301', '川E-101', '川E-201']);
    expect(column(september.rows, 'date')).toEqual(['2026-09-15', '2026-09-29', '2026-09-30']);
    expect(column((await sheet('well.sewage-haulage', '2026-10')).rows, 'plate')).toEqual(['川E-102']);
  });

  it('prints the checks, times and signature as the row holds them, and no photo', async () => {
    const row = (await sheet('well.sewage-haulage', '2026-09-29')).rows[0]!;
    expect(row.cells).toMatchObject({ 'vehicle-qualified': true, 'pipe-intact': true, volume: 1, 'recorded-by': '王建国' });
    expect(row.cells['departed-at']).toBe(new Date('2026-11-10T09:30:00+08:00').toISOString());
    expect(Object.keys(row.cells)).not.toContain('photos');
  });

  it('narrows to the unit of whoever keeps the register', async () => {
    expect(column((await sheet('well.sewage-haulage', '2026-09', '阳42井站')).rows, 'plate')).toEqual(['川E-101', '川E-201']);
    expect(column((await sheet('well.sewage-haulage', '2026-09', '集团呼叫中心')).rows, 'plate')).toEqual(['川E-301']);
  });
});

describe('法律法规培训记录: one line per completed record', () => {
  it('places each session by its date and leaves out one still being filled', async () => {
    const september = await sheet('well.legal-training', '2026-09');
    expect(september.rows.map((r) => r.cells)).toEqual([
      { 'held-on': '2026-09-08', topic: '安全生产法', trainer: '示例1：授课人', attendees: 2, 'test-held': true, 'recorded-by': '王建国' },
    ]);
    expect(column((await sheet('well.legal-training', '2026-Q4')).rows, 'topic')).toEqual(['合同法']);
  });
});

describe('测温报表: the reading the record asks', () => {
  it('takes the temperature of the category now chosen, with the category\'s label', async () => {
    const [row] = (await sheet('heat.temperature-report', '2026-09')).rows;
    expect(row!.cells).toMatchObject({
      'measured-at': new Date('2026-09-20T21:30:00+08:00').toISOString(),
      'user-period': { zh: '楼房用户（早六时至二十一时≥18℃，其它时间≥16℃，按测温时间判定）', en: 'Apartment building (6:00–21:00 ≥ 18 ℃, other hours ≥ 16 ℃, by the measuring time)' },
      temperature: 17,
    });
  });
});
