import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { findPack } from '../../../../shared/rules/packs';
import { seed004FHomeMallPack } from '../../../../shared/rules/packs/seed004-f-home-mall';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(seed004FHomeMallPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const receivedAt = new Date('2026-11-23T02:00:00Z');
const graded = (ticked: string[], facts = {}) => grade({ receivedAt, ticked, facts }, pack, receivedAt, calendar);

describe('seed004-f-home-mall pack (seed004 §F)', () => {
  it('is shipped, and cites seed004 §F everywhere', () => {
    expect(findPack('seed004-f-home-mall')?.classes.map((c) => c.label.zh)).toEqual(['低等级客诉', '高等级客诉']);
    for (const source of citedSources(pack)) expect(source).toMatch(/^seed004 §F \S/);
  });

  it('leaves 高等级 to a person, saying the source’s criteria are missing', () => {
    expect(graded([]).classCode).toBe('low');
    expect(graded(['high']).classCode).toBe('high');
    expect(pack.criteria[0]?.predicate).toBeUndefined();
    expect(pack.criteria[0]?.choice?.en).toContain('not in the text we have');
  });

  it('sends low-grade complaints to the furniture department and reports high-grade ones to the region; media to the planning department', () => {
    const told = (ticked: string[], facts = {}) => graded(ticked, facts).notifications.flatMap((n) => n.notify.map((p) => p.zh));
    expect(told([])).toEqual(['家具建材部（低等级投诉处理）']);
    expect(told(['high'])).toEqual(['家具建材部（商户事实查证、沟通）', '区域（高等级客诉上报）']);
    expect(told([], { mediaInvolved: 1 })).toContain('企划部（舆情风险管控，跟踪与反馈媒体信息）');
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['report-to-group']);
  });
});
