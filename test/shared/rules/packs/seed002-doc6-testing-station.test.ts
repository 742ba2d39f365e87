import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs';
import { seed002Doc6TestingStationPack, seed002Doc6TestingStationPackV100 } from '../../../../shared/rules/packs/seed002-doc6-testing-station';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed002Doc6TestingStationPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });

describe('seed002-doc6-testing-station pack (seed002 客户管理制度6)', () => {
  it('validates with the two kinds of complaint and the urgent appeal', () => {
    expect(pack.id).toBe('seed002-doc6-testing-station');
    expect(pack.version).toBe('1.5.0');
    expect(pack.classes.map((c) => c.code)).toEqual(['general-matter', 'monitoring-data', 'urgent-appeal']);
    expect(pack.defaultClass).toBe('general-matter');
  });

  it('cites seed002 客户管理制度6 on every item', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度6 \S/);
  });

  it.each([
    [[], 'general-matter'],
    [['general-matter.department'], 'general-matter'],
    [['monitoring-data.test-result'], 'monitoring-data'],
    [['urgent-appeal'], 'urgent-appeal'],
    [['monitoring-data.test-result', 'urgent-appeal'], 'urgent-appeal'],
  ])('ticking %j grades %s', (ticked, expected) => {
    expect(grade(record({ ticked }), pack, monday, calendar).classCode).toBe(expected);
  });

  it.each([
    // class, received (UTC), reply due (2.2.5)
    ['monitoring-data.test-result', '2026-11-23T02:00:00Z', '2026-12-08T16:00:00.000Z'], // 15 日: 24:00 Tue 8 Dec Shanghai
    ['monitoring-data.test-result', '2026-09-30T02:00:00Z', '2026-10-15T16:00:00.000Z'], // calendar days run through the National Day holiday
    ['urgent-appeal', '2026-11-23T02:00:00Z', '2026-11-26T09:30:00.000Z'], // 三个工作日: Thu 26 Nov 17:30
    ['urgent-appeal', '2026-09-30T02:00:00Z', '2026-10-10T09:30:00.000Z'], // Oct 1–7 off; Thu 8, Fri 9, Sat 10 (调休 working day)
  ])('%s received %s: written reply due %s', (tick, received, due) => {
    const receivedAt = new Date(received);
    const result = grade(record({ receivedAt, ticked: [tick] }), pack, receivedAt, calendar);
    // Beside the appeal window (1.1), which waits for the report's date: test/core/clock-starts.test.ts.
    expect(result.deadlines.filter((d) => d.milestone === 'reply')).toEqual([expect.objectContaining({ milestone: 'reply', step: 'reply', due, provisional: false, overdue: false })]);
  });

  it('sets no time limit on general-matter complaints (the source gives none)', () => {
    expect(grade(record(), pack, monday, calendar).deadlines).toEqual([]);
  });

  it('is overdue one minute after the urgent reply deadline and not before', () => {
    const urgent = record({ ticked: ['urgent-appeal'] });
    expect(grade(urgent, pack, new Date('2026-11-26T09:30:00Z'), calendar).overdue).toEqual([]);
    expect(grade(urgent, pack, new Date('2026-11-26T09:31:00Z'), calendar).overdue).toEqual(['reply']);
    const replied = record({ ticked: ['urgent-appeal'], done: { reply: new Date('2026-11-26T09:00:00Z') } });
    expect(grade(replied, pack, new Date('2026-12-01T00:00:00Z'), calendar).overdue).toEqual([]);
  });

  it('is overdue one minute after the 15-day re-test notice and not before', () => {
    const data = record({ ticked: ['monitoring-data.test-result'] });
    expect(grade(data, pack, new Date('2026-12-08T16:00:00Z'), calendar).overdue).toEqual([]);
    expect(grade(data, pack, new Date('2026-12-08T16:01:00Z'), calendar).overdue).toEqual(['reply']);
  });

  it('tells the quality manager of every complaint and the responsible department when the customer is dissatisfied', () => {
    const result = grade(record(), pack, monday, calendar);
    expect(result.notifications.map((n) => n.notify.map((t) => t.zh))).toEqual([['质量负责人']]);
    expect(pack.notifications.find((n) => n.when.event === 'dissatisfied')?.notify[0]?.zh).toBe('职责部门');
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['beyond-department', 'customer-not-satisfied']);
    expect(result.escalations).toEqual([]);
  });

  it('lists the ten-day written appeal rule of 1.1 as invalid reasons', () => {
    expect(pack.invalidReasons.map((r) => r.code)).toEqual(['late-appeal', 'not-in-writing']);
  });

  describe('1.1 接到测试报告后十日内申诉: the days from the report to the appeal, in calendar days', () => {
    // Received Monday 23 Nov 10:00 Shanghai; the report's day is not counted.
    const late = (testReportReceivedOn?: string, receivedAt = monday) => grade(record({ receivedAt, testReportReceivedOn }), pack, receivedAt, calendar).invalidReasons;

    it.each([
      ['2026-11-13', 10, []], // the 10th day after the report: in time
      ['2026-11-12', 11, ['late-appeal']], // the 11th: late
      ['2026-11-23', 0, []],
    ])('report received %s: appeal on day %i, invalid reasons met %j', (reportDay, days, codes) => {
      const met = late(reportDay);
      expect(met.map((r) => r.code)).toEqual(codes);
      if (codes.length) expect(met[0]).toMatchObject({ source: 'seed002 客户管理制度6 1.1', detail: `appealDaysAfterReport ${days} > 10` });
    });

    it('counts the local day of receipt (Shanghai), across a month end, and nothing without the report date', () => {
      // 00:30 on 1 Dec in Shanghai is still 30 Nov in UTC: the 10th day after 21 Nov, in time.
      expect(late('2026-11-21', new Date('2026-11-30T16:30:00Z'))).toEqual([]);
      expect(late('2026-11-20', new Date('2026-11-30T16:30:00Z')).map((r) => r.code)).toEqual(['late-appeal']);
      expect(late(undefined)).toEqual([]);
    });

    it('grades nothing by it: the class stays the one its criteria give, and ruling it invalid is a person’s step', () => {
      expect(grade(record({ testReportReceivedOn: '2026-11-01', ticked: ['monitoring-data.test-result'] }), pack, monday, calendar).classCode).toBe('monitoring-data');
    });

    it('keeps 1.0.0, where the 10 days were not checked, for the complaints graded by it', () => {
      const v100 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.0.0')!;
      expect(v100).toEqual(rulePackSchema.parse(seed002Doc6TestingStationPackV100));
      expect(pack.version).toBe('1.5.0');
      expect(grade(record({ testReportReceivedOn: '2026-11-01' }), v100, monday, calendar).invalidReasons).toEqual([]);
    });
  });
});
