import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { findPack } from '../../../../shared/rules/packs';
import { seed004LSkodaDealerPack } from '../../../../shared/rules/packs/seed004-l-skoda-dealer';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004LSkodaDealerPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z');
const graded = (ticked: string[], facts = {}) => grade({ receivedAt, ticked, facts }, pack, receivedAt, calendar);

describe('seed004-l-skoda-dealer pack (seed004 §L)', () => {
  it('is shipped, and cites seed004 §L everywhere', () => {
    expect(findPack('seed004-l-skoda-dealer')?.version).toBe('1.1.0');
    for (const source of citedSources(pack)) expect(source).toMatch(/^seed004 §L \S/);
  });

  it('grades 抱怨 by default, 投诉 or 重大 as a person judges (the source gives no criteria)', () => {
    expect(pack.criteria.every((c) => !c.predicate)).toBe(true);
    expect(graded([]).classCode).toBe('grievance');
    expect(graded(['complaint.formal']).classCode).toBe('complaint');
    expect(graded(['complaint.formal', 'major.quality-media']).classCode).toBe('major');
  });

  it('states no time limit, and says why', () => {
    expect(pack.deadlines).toEqual([]);
    expect(pack.choice?.en).toContain('及时预警、快速响应');
  });

  it('routes every result to the Customer Care director, majors to the general manager, media to the RBO and headquarters', () => {
    const told = (ticked: string[], facts = {}) => graded(ticked, facts).notifications.flatMap((n) => n.notify.map((p) => p.zh));
    expect(told([])).toEqual(['客户关爱总监（处理结果统一汇总）']);
    expect(told(['major.complaint'])).toEqual(['客户关爱总监（处理结果统一汇总）', '总经理']);
    expect(told([], { mediaInvolved: 1 })).toEqual(['客户关爱总监（处理结果统一汇总）', 'RBO（区域）', '总部']);
  });
});
