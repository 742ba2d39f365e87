import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../../shared/calendar/working-calendar';
import { grade } from '../../../../shared/rules/grade';
import { rulePackSchema } from '../../../../shared/rules/pack-schema';
import { bankOutletPack } from '../../../../shared/rules/packs/bank-outlet';
import { SHIPPED_PACK_VERSIONS } from '../../../../shared/rules/packs';
import { citedSources } from '../../../support/rule-packs';

const pack = rulePackSchema.parse(bankOutletPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);

describe('bank-outlet pack (seed002 客户管理制度4)', () => {
  it('validates, with one class and no criteria (the source grades no severity)', () => {
    expect(pack.id).toBe('bank-outlet');
    expect(pack.classes.map((c) => c.code)).toEqual(['complaint']);
    expect(pack.criteria).toEqual([]);
    // Grading tells no one by class: the two obligations wait for workflow events (第六条, 第七条).
    expect(pack.notifications.map((n) => [n.id, n.when.event, n.to])).toEqual([
      ['beyond-employee.outlet-head', 'escalated', ['station_lead']],
      ['referred.head-office', 'referred', ['head_office']],
    ]);
  });

  it('cites seed002 客户管理制度4 on every class, deadline and trigger', () => {
    const sources = citedSources(pack);
    for (const source of sources) expect(source).toMatch(/^seed002 客户管理制度4 第.+条/);
    for (const d of pack.deadlines) expect(d.choice).toBeTruthy();
  });

  it.each([
    // received (UTC)           reply by (第七条(二), 三日)
    ['2026-11-23T02:00:00Z', '2026-11-26T16:00:00.000Z'],
    ['2026-11-23T15:59:00Z', '2026-11-26T16:00:00.000Z'], // 23:59 Shanghai, Mon 23 Nov
    ['2026-11-27T16:30:00Z', '2026-12-01T16:00:00.000Z'], // 00:30 Shanghai, Sat 28 Nov: calendar days run over the weekend
  ])('a complaint received at %s must be replied to by %s', (received, due) => {
    const receivedAt = new Date(received);
    const result = grade({ receivedAt, ticked: [], facts: {} }, pack, receivedAt, calendar);
    expect(result.classCode).toBe('complaint');
    expect(result.deadlines).toEqual([expect.objectContaining({ milestone: 'reply', due, provisional: false, done: false, overdue: false })]);
  });

  it('flags a late reply and accepts one in time', () => {
    const receivedAt = new Date('2026-11-23T02:00:00Z');
    const now = new Date('2026-11-28T00:00:00Z');
    expect(grade({ receivedAt, ticked: [], facts: {} }, pack, now, calendar).overdue).toEqual(['reply']);
    const replied = grade({ receivedAt, ticked: [], facts: {}, done: { reply: new Date('2026-11-26T15:00:00Z') } }, pack, now, calendar);
    expect(replied.overdue).toEqual([]);
  });

  it('escalates beyond the employee’s and beyond the outlet’s authority', () => {
    expect(pack.escalationTriggers.map((t) => t.code)).toEqual(['beyond-employee-authority', 'beyond-outlet-authority']);
  });
});

describe('bank-outlet 1.2.0 paths: 当场答复 and 约定回复时限 (seed002 客户管理制度4 第七条(二), 第八条, 第十一条(一))', () => {
  it('declares the on-the-spot answer meeting the 3-day reply, and the agreed reply time within it, by the complaint manager', () => {
    expect(pack.version).toBe('1.2.0');
    expect(pack.paths?.onTheSpot).toMatchObject({ meets: ['reply'] });
    expect(pack.paths?.onTheSpot?.source).toContain('第七条(二)');
    expect(pack.paths?.agreedReply).toMatchObject({ step: 'reply', roles: ['complaint_manager'], withinLimit: true });
    expect(pack.paths?.agreedReply?.source).toContain('第八条(三)');
    expect(pack.paths?.agreedReply?.choice?.en).toMatch(/may not be later/);
  });

  it('keeps 1.1.0 shipped without the paths, for the complaints graded by it', () => {
    const v110 = SHIPPED_PACK_VERSIONS.find((p) => p.id === 'bank-outlet' && p.version === '1.1.0');
    expect(v110?.paths).toBeUndefined();
    expect(v110?.deadlines[0]?.choice?.en).toMatch(/cannot tell on-the-spot answers apart/);
  });

  it('refuses paths naming a step, class or role the pack does not have', () => {
    const bad = { ...bankOutletPack, paths: { onTheSpot: { meets: ['nope'], classes: ['nada'], source: 'seed002 x' }, agreedReply: { step: 'reply', roles: ['clerk'], withinLimit: true, source: 'seed002 x' } } };
    const messages = rulePackSchema.safeParse(bad).error?.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['unknown step nope', 'unknown class nada', 'unknown role clerk']));
  });
});
