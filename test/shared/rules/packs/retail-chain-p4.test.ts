import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { retailChainP4Pack } from '../../../../shared/rules/packs/retail-chain-p4';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(retailChainP4Pack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);

describe('retail-chain-p4 pack (seed003 篇4)', () => {
  it('validates, with one class and no criteria (the source grades no severity)', () => {
    expect(pack.id).toBe('retail-chain-p4');
    expect(pack.classes.map((c) => c.code)).toEqual(['complaint']);
    expect(pack.criteria).toEqual([]);
  });

  it('cites seed003 篇4 on every class, reason, deadline and notification', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed003 篇4 第.+条/);
    for (const d of pack.deadlines) expect(d.choice).toBeTruthy();
  });

  it.each([
    // received (UTC)            close by (第二十六条)          statistics by (第二十七条)
    ['2026-11-23T02:00:00Z', '2026-11-30T16:00:00.000Z', '2026-12-10T16:00:00.000Z'],
    ['2026-11-30T15:59:00Z', '2026-12-07T16:00:00.000Z', '2026-12-10T16:00:00.000Z'], // 23:59 Shanghai, 30 Nov
    ['2026-11-30T16:00:00Z', '2026-12-08T16:00:00.000Z', '2027-01-10T16:00:00.000Z'], // 00:00 Shanghai, 1 Dec
  ])('a complaint received at %s closes by %s and is in the statistics due %s', (received, close, report) => {
    const receivedAt = new Date(received);
    const result = grade({ receivedAt, ticked: [], facts: {} }, pack, receivedAt, calendar);
    expect(result.classCode).toBe('complaint');
    expect(result.deadlines.map((d) => [d.milestone, d.due])).toEqual([
      ['resolution', close],
      ['monthlyReport', report],
    ]);
  });

  it('is overdue when not closed within 7 days and not when closed in time', () => {
    const receivedAt = new Date('2026-11-23T02:00:00Z');
    const now = new Date('2026-12-01T00:00:00Z');
    expect(grade({ receivedAt, ticked: [], facts: {} }, pack, now, calendar).overdue).toEqual(['resolution']);
    const closed = grade({ receivedAt, resolvedAt: new Date('2026-11-30T15:00:00Z'), ticked: [], facts: {} }, pack, now, calendar);
    expect(closed.overdue).toEqual([]);
  });

  it('records 第七条: not accepted when the reason fails or the customer is at fault; superior rules on acceptance', () => {
    expect(pack.invalidReasons.map((r) => r.code)).toEqual(['reason-not-established', 'customer-cause']);
    expect(pack.notifications).toHaveLength(1);
    expect(pack.notifications[0].when).toEqual({});
    expect(pack.escalationTriggers).toEqual([]);
  });
});
