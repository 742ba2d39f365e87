import { describe, expect, it } from 'vitest';
import { cadenceStatus, RISK_CADENCES } from '../../../shared/risk-classes/cadence';

/*
 * seed000 第二篇 三、: class 1 is visited on site at least once a week (三(一)1), class 2 inspected every
 * month (三(二)1(4)); class 3's 定期检查 has no frequency. Due on the day one period after the latest
 * follow-up that counts (or the class day); overdue from the day after.
 */

const visit = (day: string) => ({ day, method: 'visit' as const });

describe('risk-class cadences (seed000 第二篇 三、)', () => {
  it('cites the source for each scheduled class', () => {
    expect(RISK_CADENCES.class1).toMatchObject({ source: 'seed000 第二篇 三(一)1', every: { days: 7 }, counts: ['visit'] });
    expect(RISK_CADENCES.class2).toMatchObject({ source: 'seed000 第二篇 三(二)1(4)', every: { months: 1 } });
    expect(RISK_CADENCES.class3).toBeNull();
    expect(RISK_CADENCES.normal).toBeNull();
  });

  it('三(一)1 weekly visit: planned the day before, due on the 7th day, overdue the day after', () => {
    const followUps = [visit('2026-12-01')];
    expect(cadenceStatus('class1', '2026-11-20', followUps, '2026-12-07')).toMatchObject({ lastDoneOn: '2026-12-01', dueOn: '2026-12-08', state: 'planned', daysOverdue: 0 });
    expect(cadenceStatus('class1', '2026-11-20', followUps, '2026-12-08')).toMatchObject({ dueOn: '2026-12-08', state: 'dueToday', daysOverdue: 0 });
    expect(cadenceStatus('class1', '2026-11-20', followUps, '2026-12-09')).toMatchObject({ dueOn: '2026-12-08', state: 'overdue', daysOverdue: 1 });
  });

  it('counts from the class day while nothing counted is recorded; earlier and non-counting follow-ups do not count', () => {
    const followUps = [visit('2026-11-19'), { day: '2026-11-25', method: 'phone' as const }, { day: '2026-11-26', method: null }];
    const status = cadenceStatus('class1', '2026-11-20', followUps, '2026-11-28');
    expect(status).toMatchObject({ lastDoneOn: null, dueOn: '2026-11-27', state: 'overdue', daysOverdue: 1, done: 0, planned: 1 });
  });

  it('三(二)1(4) monthly inspection: a visit or a phone call counts, a gift does not; month ends fall back', () => {
    const followUps = [{ day: '2027-01-31', method: 'phone' as const }, { day: '2027-02-10', method: 'material' as const }];
    expect(cadenceStatus('class2', '2027-01-15', followUps, '2027-02-27')).toMatchObject({ lastDoneOn: '2027-01-31', dueOn: '2027-02-28', state: 'planned', done: 1, planned: 1 });
    expect(cadenceStatus('class2', '2027-01-15', followUps, '2027-02-28')).toMatchObject({ state: 'dueToday' });
    expect(cadenceStatus('class2', '2027-01-15', followUps, '2027-03-01')).toMatchObject({ state: 'overdue', daysOverdue: 1 });
  });

  it('planned against done: whole weeks since the class day against the visits recorded', () => {
    const followUps = [visit('2026-11-21'), visit('2026-11-30')];
    expect(cadenceStatus('class1', '2026-11-20', followUps, '2026-12-10')).toMatchObject({ planned: 2, done: 2, dueOn: '2026-12-07', state: 'overdue', daysOverdue: 3 });
    expect(cadenceStatus('class1', '2026-11-20', followUps, '2026-12-11')).toMatchObject({ planned: 3 });
  });

  it('class 3 and normal have no computed cadence', () => {
    expect(cadenceStatus('class3', '2026-11-20', [visit('2026-11-21')], '2027-06-01')).toBeNull();
    expect(cadenceStatus('normal', '2026-11-20', [], '2027-06-01')).toBeNull();
  });
});
