import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { findPack } from '../../../../shared/rules/packs';
import { seed001S14ProductCompanyPack } from '../../../../shared/rules/packs/seed001-s14-product-company';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed001S14ProductCompanyPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const sh = (local: string) => new Date(`${local}+08:00`);

describe('seed001-s14-product-company pack (seed001 S14)', () => {
  it('is shipped, with the three kinds of 5.1 as its classes, and cites seed001 S14 everywhere', () => {
    expect(findPack('seed001-s14-product-company')?.classes.map((c) => c.source)).toEqual(['seed001 S14 5.1.1', 'seed001 S14 5.1.2', 'seed001 S14 5.1.3']);
    for (const source of citedSources(pack)) expect(source).toMatch(/^seed001 S14 \S/);
  });

  it('4.2: the salesperson visits within 2 working days of receipt, the day of receipt not counted', () => {
    // Received Friday 2026-11-27 10:00: Monday and Tuesday are the two working days; due Tuesday at closing time.
    const receivedAt = sh('2026-11-27T10:00:00');
    const visit = grade({ receivedAt, ticked: [], facts: {} }, pack, receivedAt, calendar).deadlines.find((d) => d.milestone === 'arrival');
    expect(visit?.due).toBe(sh('2026-12-01T17:30:00').toISOString());
    const late = grade({ receivedAt, ticked: [], facts: {}, done: { arrival: sh('2026-12-01T17:31:00') } }, pack, receivedAt, calendar);
    expect(late.overdue).toEqual(['arrival']);
    const inTime = grade({ receivedAt, ticked: [], facts: {}, done: { arrival: sh('2026-12-01T17:30:00') } }, pack, receivedAt, calendar);
    expect(inTime.overdue).toEqual([]);
  });

  it('4.6: a product-quality complaint is made known to the management representative and the general manager', () => {
    const at = sh('2026-11-23T10:00:00');
    const told = (ticked: string[]) => grade({ receivedAt: at, ticked, facts: {} }, pack, at, calendar).notifications.flatMap((n) => n.notify.map((p) => p.zh));
    expect(told(['service-behaviour'])).toEqual(['营销副总（审批回复处理决策和意见）']);
    expect(told(['product-quality', 'service-behaviour'])).toEqual(['营销副总（审批回复处理决策和意见）', '管理者代表', '总经理']);
  });
});
