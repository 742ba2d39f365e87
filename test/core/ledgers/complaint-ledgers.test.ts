import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_FIELDS } from '../../../shared/reports/ledgers/fields';
import { complaintCells } from '../../../electron/core/ledgers/complaint-cells';
import { gradingEnv } from '../../../electron/core/complaints/grading';
import { column, openFixture, sh, type Fixture } from './ledger-fixture';

/**
 * The complaint-based ledgers over the fixed data of ledger-fixture.ts.
 * Worked out by hand from the fixture's table:
 * - September 2026 (Shanghai) holds A, B, C, E, F; D was received 10-01 00:10 Shanghai (09-30 16:10 UTC) and is October's.
 * - Complaints only (E is a suggestion), in the order received: A (09-03), B (09-10), F (09-20), C (09-30 23:30).
 * - A and B were assigned: A to 张伟 of 阳42井站, B to 刘强 of 采气作业区; C and F have no unit yet.
 * - Only A was closed (09-05 10:00); its corrective action was verified effective.
 */
let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
});
afterAll(() => f.core.close());

describe('《客户投诉处理管理台帐》 (seed001 S15 4.1 h))', () => {
  it('lists the month\'s complaints in the order received, in Shanghai days', async () => {
    const sheet = await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09' });
    expect(column(sheet, 'serial')).toEqual([f.serials.A, f.serials.B, f.serials.F, f.serials.C]);
    expect(sheet).toMatchObject({ period: { code: '2026-09', from: '2026-09-01', to: '2026-09-30' }, unit: null, site: { name: '阳42井站', code: 'YY42' } });
    const october = await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-10' });
    expect(column(october, 'serial')).toEqual([f.serials.D]);
  });

  it('fills each column from the case: unit, handler, time limit, class, steps past their limit, corrective actions', async () => {
    const sheet = await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09' });
    const [a, b] = sheet.rows;
    expect(a!.cells).toMatchObject({
      customer: '欧阳甲',
      'received-at': sh('2026-09-03T09:00:00'),
      measures: '调整罐车通行时间',
      unit: '阳42井站',
      assignee: '张伟',
      due: sh('2026-09-11T17:00:00'), // the approved extension's new limit
      overdue: [],
      improvement: '制定罐车通行时间表（张伟）',
      effective: true,
      class: { zh: '一般投诉', en: 'Ordinary' },
    });
    expect(b!.cells).toMatchObject({ unit: '采气作业区', assignee: '刘强', measures: null, effective: null });
    expect(b!.cells.overdue).toContainEqual({ milestone: 'resolution' }); // open since 09-10, past its limit on 10-15
    expect(Object.keys(a!.cells)).toEqual(['serial', 'received-at', 'customer', 'content', 'class', 'measures', 'unit', 'assignee', 'due', 'overdue', 'cause', 'improvement', 'effective']);
  });

  it('narrows to one unit', async () => {
    expect(column(await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '阳42井站' }), 'serial')).toEqual([f.serials.A]);
    expect(column(await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '采气作业区' }), 'serial')).toEqual([f.serials.B]);
    // A unit people belong to but no case of the month: an empty ledger, not an error.
    expect((await f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '行政人事部' })).rows).toEqual([]);
  });

  it('takes the period\'s boundaries in Shanghai days: a day, a week, a range, a quarter and a year', async () => {
    const serials = async (period: string) => column(await f.sheet({ ledgerId: 's15.complaint-handling', period }), 'serial');
    expect(await serials('2026-09-30')).toEqual([f.serials.C]);
    expect(await serials('2026-10-01')).toEqual([f.serials.D]);
    expect(await serials('2026-W37')).toEqual([f.serials.B]); // Monday 09-07 … Sunday 09-13
    expect(await serials('2026-09-01..2026-09-10')).toEqual([f.serials.A, f.serials.B]);
    expect(await serials('2026-Q3')).toEqual([f.serials.A, f.serials.B, f.serials.F, f.serials.C]);
    const year = await serials('2026');
    expect(year.slice(0, 5)).toEqual([f.serials.A, f.serials.B, f.serials.F, f.serials.C, f.serials.D]);
  });
});

describe('other complaint-based ledgers', () => {
  it('意见登记簿 leaves out what came through the opinion book (it has its own book)', async () => {
    const sheet = await f.sheet({ ledgerId: 'bank.opinion-register', period: '2026-09' });
    expect(column(sheet, 'serial')).toEqual([f.serials.A, f.serials.B, f.serials.C]);
    expect(sheet.rows[0]!.cells).toMatchObject({ channel: 'phone', customer: '欧阳甲', phone: '138 **** 0001' /* printed masked: issue 19 §4 */, result: '罐车改为白天通行', referred: false, 'head-sign': null });
  });

  it('the feedback register holds complaints and suggestions; the service company\'s register enquiries too', async () => {
    expect(column(await f.sheet({ ledgerId: 's6.feedback-register', period: '2026-09' }), 'serial')).toEqual([f.serials.A, f.serials.B, f.serials.E, f.serials.F, f.serials.C]);
    const s6 = await f.sheet({ ledgerId: 's6.feedback-register', period: '2026-09' });
    expect(s6.rows[2]!.cells).toMatchObject({ kind: 'suggestion', channel: 'email' });
    expect(s6.rows[0]!.cells).toMatchObject({ satisfaction: 'satisfied', 'first-opinion': null, 'handler-sign': null });
  });

  it('the insurance branch\'s monthly batch is placed by the day a case was closed', async () => {
    const september = await f.sheet({ ledgerId: 'insurance.closed-cases', period: '2026-09' });
    expect(column(september, 'receiver')).toEqual(['李梅']);
    expect(september.rows[0]!.cells).toMatchObject({ 'closed-at': sh('2026-09-05T10:00:00'), 'call-back': 'satisfied', result: '罐车改为白天通行' });
    expect((await f.sheet({ ledgerId: 'insurance.closed-cases', period: '2026-10' })).rows).toEqual([]);
  });

  it('the dealer\'s table shows when the case was passed on and the verification call-back', async () => {
    const sheet = await f.sheet({ ledgerId: 'dealer.complaint-table', period: '2026-09-03' });
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.cells).toMatchObject({ 'passed-on': sh('2026-09-03T09:03:00'), 'verified-at': sh('2026-09-05T10:00:00'), satisfied: true, coordinator: '张伟' });
  });

  it('prints one case as the one-row variant', async () => {
    const sheet = await f.sheet({ ledgerId: 's15.complaint-handling', serial: f.serials.B });
    expect(sheet).toMatchObject({ period: null, unit: null, serial: f.serials.B });
    expect(column(sheet, 'serial')).toEqual([f.serials.B]);
  });

  it('builds every field of its catalogue for each complaint', () => {
    const db = f.core.context.store.read;
    const row = complaintCells(db, f.ids.A!, gradingEnv(db, f.core.clock.now(), f.core.context.calendar));
    expect(Object.keys(row.cells).sort()).toEqual(Object.keys(COMPLAINT_FIELDS).sort());
  });
});
