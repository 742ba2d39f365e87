import { afterEach, describe, expect, it } from 'vitest';
import { buildAreaCheckDataSet } from '../../support/area-checks';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * 每周通报 and 每月考核 from stored area checks (issue 16 item 6; seed000 第一篇 五).
 * A fixed data set, the totals worked out by hand below. The demo store
 * brings one area check of its own: 2026-11-20 (week 2026-W47), 分离器区,
 * 张伟, risk-point controls failed, its action open and due 2026-11-25.
 *
 * Weeks (Monday–Sunday, Asia/Shanghai): W48 = 11-23..11-29, W49 = 11-30..12-06, W50 = 12-07..12-13.
 *  R5 2026-11-28 分离器区 张伟   op fail, risk fail           → W48, November
 *  R1 2026-11-30 分离器区 张伟   op pass, risk fail  A1       → W49, but November (a week spans two months)
 *  R3 2026-12-01 井口区   李梅   op fail, risk fail  A2       → W49, December
 *  R4 2026-12-02 井口区   张伟   op pass, risk n/a            → W49, December
 *  R2 2026-12-07 分离器区 张伟   op pass, risk pass          → W50, December
 *  R6 2026-12-09 分离器区 张伟   op fail, risk pass          → W50, December
 *  a draft with both failed (never completed)                 → nowhere
 *  A1 on R1, due 12-03 18:00, closed 12-08 10:00 (after W49 ended): open and overdue in W49's circular, gone from W50's.
 *  A3 on R3, due 12-05 18:00, closed 2026-12-07 07:30 Shanghai = 2026-12-06 23:30 UTC: still Sunday of W49
 *     in UTC, but after W49 ended in Shanghai (12-07 00:00 = 12-06 16:00 UTC) → listed open in W49.
 *  A2 on R3, due 12-10 18:00, never closed.
 *
 * W49: checks 3 (R1 R3 R4); findings 3 (R1 risk; R3 op, risk); open at the end
 *      (12-07 00:00 Shanghai), by due time: demo (overdue), A1 (overdue), A3 (overdue), A2 (not yet due).
 * W50 asked on 12-10 12:00: checks 2 (R2 R6); findings 1 (R6 op); open now: demo, A2 (due later today: not overdue).
 * December, asked on 2027-01-05, weight 5%:
 *   李梅/井口区   checks 1, judged 2, passed 0, findings 2, raised 2, open at end 1, score 0,    weighted 0
 *   张伟/分离器区 checks 2, judged 4, passed 3, findings 1, raised 0, open at end 0, score 75,   weighted 3.75 (R2 R6)
 *   张伟/井口区   checks 1, judged 1, passed 1, findings 0, raised 0, open at end 0, score 100,  weighted 5
 *   open actions at the month's end: A2 only (the demo's and R1's records are November's).
 * November: 张伟/分离器区 R5 + R1 (+ the demo's 11-20 check: op pass, risk fail): checks 3, judged 6, passed 2, score 33.3.
 */

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`);
const at = (local: string) => sh(local).toISOString();
const as = (login: string) => core.signIn(login);

async function buildDataSet(): Promise<void> {
  core = await buildAreaCheckDataSet();
}

describe('weekly circular (每周通报)', () => {
  it('lists the week’s findings and the actions open at its end, counting days in Shanghai', async () => {
    await buildDataSet();
    core.clock.set(sh('2026-12-10T12:00'));
    const w49 = await core.call('circulars.weekly', { definitionId: 'area-checks', period: { kind: 'week', key: '2026-W49' } }, await as('limei'));
    expect(w49.period).toEqual({ kind: 'week', key: '2026-W49', firstDay: '2026-11-30', lastDay: '2026-12-06' });
    expect(w49.checks).toBe(3);
    expect(w49.findings.map((f) => [f.day, f.area, f.person, f.itemLabel?.zh])).toEqual([
      ['2026-11-30', '分离器区', '张伟', '风险点的防控是否执行到位'],
      ['2026-12-01', '井口区', '李梅', '本区域的操作是否规范'],
      ['2026-12-01', '井口区', '李梅', '风险点的防控是否执行到位'],
    ]);
    expect(w49.openActions.map((a) => [a.area, a.ownerName, a.status, a.overdueAtEnd])).toEqual([
      ['分离器区', '张伟', 'open', true],
      ['分离器区', '张伟', 'closed', true],
      ['井口区', '李梅', 'closed', true],
      ['井口区', '李梅', 'open', false],
    ]);
    expect(w49.openActions.map((a) => a.closedAt)).toEqual([null, at('2026-12-08T10:00'), '2026-12-06T23:30:00.000Z', null]);

    const w50 = await core.call('circulars.weekly', { definitionId: 'area-checks', period: { kind: 'week', key: '2026-W50' } }, await as('limei'));
    expect(w50.checks).toBe(2);
    expect(w50.findings.map((f) => [f.day, f.area, f.itemLabel?.zh])).toEqual([['2026-12-09', '分离器区', '本区域的操作是否规范']]);
    expect(w50.openActions.map((a) => [a.ownerName, a.overdueAtEnd])).toEqual([
      ['张伟', true],
      ['李梅', false],
    ]);
  });

  it('refuses a future week, a week that does not exist and an unknown definition with their reasons', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-12-10T12:00'));
    const session = await as('limei');
    const refused = async (input: unknown) => {
      const response = await core.dispatch({ method: 'circulars.weekly', input, session } as never);
      return response.ok ? null : response.error;
    };
    expect(await refused({ definitionId: 'area-checks', period: { kind: 'week', key: '2026-W52' } })).toMatchObject({ code: 'VALIDATION', reason: { key: 'reports.errors.futurePeriod' } });
    expect(await refused({ definitionId: 'area-checks', period: { kind: 'week', key: '2026-W54' } })).toMatchObject({ code: 'VALIDATION', reason: { key: 'reports.errors.noSuchPeriod' } });
    expect(await refused({ definitionId: 'nope', period: { kind: 'week', key: '2026-W49' } })).toMatchObject({ code: 'VALIDATION', reason: { key: 'circulars.errors.unknownDefinition' } });
    expect(await refused({ definitionId: 'area-checks', period: { kind: 'month', key: '2026-12' } })).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('monthly assessment (每月考核)', () => {
  it('scores each person and area and weighs the score at the source’s 5%, then at the lead’s weight', async () => {
    await buildDataSet();
    core.clock.set(sh('2027-01-05T09:00'));
    const lead = await as('wangjg');
    const december = await core.call('circulars.monthly', { definitionId: 'area-checks', period: { kind: 'month', key: '2026-12' } }, lead);
    expect(december.weightPercent).toBe(5);
    expect(december.weightSource).toContain('5%');
    expect(december.rows.map((r) => [r.person, r.area, r.checks, r.judged, r.passed, r.findings, r.actionsRaised, r.actionsOpenAtEnd, r.score, r.weighted])).toEqual([
      ['李梅', '井口区', 1, 2, 0, 2, 2, 1, 0, 0],
      ['张伟', '分离器区', 2, 4, 3, 1, 0, 0, 75, 3.75],
      ['张伟', '井口区', 1, 1, 1, 0, 0, 0, 100, 5],
    ]);
    expect(december.openActions.map((a) => [a.ownerName, a.area])).toEqual([['李梅', '井口区']]);

    const changed = await core.call('circulars.setWeight', { definitionId: 'area-checks', weightPercent: 10, note: '本站考核标准' }, lead);
    expect(changed).toMatchObject({ weightPercent: 10, sourceWeightPercent: 5, weightNote: '本站考核标准', weightSetBy: '王建国' });
    const reweighed = await core.call('circulars.monthly', { definitionId: 'area-checks', period: { kind: 'month', key: '2026-12' } }, lead);
    expect(reweighed.rows.map((r) => r.weighted)).toEqual([0, 7.5, 10]);
    const audit = core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'circulars.setWeight'").get() as { n: number };
    expect(audit.n).toBe(1);

    const november = await core.call('circulars.monthly', { definitionId: 'area-checks', period: { kind: 'month', key: '2026-11' } }, lead);
    expect(november.rows.map((r) => [r.person, r.area, r.checks, r.judged, r.passed, r.score])).toEqual([['张伟', '分离器区', 3, 6, 2, 33.3]]);
  });

  it('is read by those who read site statistics; the weight is the lead’s; a month that does not exist or has not begun is refused', async () => {
    core = await openTestCore();
    core.clock.set(sh('2026-12-10T12:00'));
    const call = async (method: string, input: unknown, login: string) => {
      const response = await core.dispatch({ method, input, session: await as(login) } as never);
      return response.ok ? null : response.error;
    };
    const month = (key: string) => ({ definitionId: 'area-checks', period: { kind: 'month', key } });
    expect(await call('circulars.monthly', month('2026-12'), 'limei')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await call('circulars.setWeight', { definitionId: 'area-checks', weightPercent: 8 }, 'limei')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await call('circulars.setWeight', { definitionId: 'area-checks', weightPercent: 101 }, 'wangjg')).toMatchObject({ code: 'VALIDATION' });
    expect(await call('circulars.monthly', month('2026-13'), 'wangjg')).toMatchObject({ reason: { key: 'reports.errors.noSuchPeriod' } });
    expect(await call('circulars.monthly', month('2027-01'), 'wangjg')).toMatchObject({ reason: { key: 'reports.errors.futurePeriod' } });
    expect(await call('circulars.monthly', month('2026-12'), 'wangjg')).toBeNull();
  });
});
