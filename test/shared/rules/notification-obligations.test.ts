import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { GENERIC_ESCALATION_REASONS } from '../../../shared/domain/workflow';
import { notifyDue } from '../../../shared/rules/notify-due';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACKS } from '../../../shared/rules/packs';
import { insuranceBranchP5Pack } from '../../../shared/rules/packs/insurance-branch-p5';

const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const terms = { immediately: 10, promptly: 60, unstated: null };

describe('notification obligations in the rule packs', () => {
  it('still reads a pack published before routing existed: its notifications stay display text', () => {
    const old = { ...insuranceBranchP5Pack, version: '0.9.0', notifications: [{ when: { classCode: 'major' }, notify: [{ zh: '分公司负责人', en: 'Branch head' }], confirmByPhone: false, source: 'seed003 篇5 5.1' }] };
    const [notification] = rulePackSchema.parse(old).notifications;
    expect(notification).toMatchObject({ to: [], copyTo: [], limit: { term: 'unstated' }, confirmByPhone: false });
    expect(notification!.id).toBeUndefined();
  });

  it('refuses a reason code on anything but an escalation, and two obligations with one id', () => {
    const bad = (notifications: unknown[]) => rulePackSchema.safeParse({ ...insuranceBranchP5Pack, notifications }).success;
    const base = { notify: [{ zh: '甲', en: 'A' }], source: 'seed003 篇5 5.1' };
    expect(bad([{ ...base, when: { event: 'closed', reasonCode: 'x' } }])).toBe(false);
    expect(bad([{ ...base, id: 'a', when: {} }, { ...base, id: 'a', when: {} }])).toBe(false);
    expect(bad([{ ...base, when: {}, to: ['no_such_role'] }])).toBe(false);
    expect(bad([{ ...base, id: 'a', when: { event: 'escalated', reasonCode: 'x' }, to: ['unit_head'], limit: { unit: 'minutes', amount: 5 } }])).toBe(true);
  });

  it('gives every routed obligation of every shipped pack an id, a citation of its own pack’s source, and a known escalation reason', () => {
    let routed = 0;
    for (const pack of SHIPPED_PACKS) {
      const prefix = pack.source.split(' ').slice(0, 2).join(' ');
      const reasons = new Set([...pack.escalationTriggers.map((t) => t.code), ...GENERIC_ESCALATION_REASONS]);
      for (const n of pack.notifications) {
        expect(n.id, `${pack.id}: ${n.source}`).toMatch(/^[a-z0-9_.-]+$/);
        expect(n.source.startsWith(prefix), `${pack.id}: ${n.source}`).toBe(true);
        if (n.when.reasonCode) expect(reasons.has(n.when.reasonCode), `${pack.id}/${n.id}: ${n.when.reasonCode}`).toBe(true);
        // Display only (no recipient in the app) must say why.
        if (n.to.length + n.copyTo.length === 0) expect(n.choice, `${pack.id}/${n.id}`).toBeTruthy();
        else routed++;
      }
    }
    // By hand: 篇6 4, 篇5 7, 篇1 3, 篇4 1, 制度4 2, 制度6 2, 制度8 3 (+1 display only), 制度11 5, 制度12 1, 制度14 3, §D 4, §E 2, §H 2, §P 6, S10 5, S4 1.
    expect(routed).toBe(61);
  });

  it('counts a stated limit on the site’s calendar and a worded one in the site’s minutes, or none', () => {
    const start = new Date('2026-11-23T06:00:00.000Z'); // Monday 14:00 Shanghai
    expect(notifyDue(start, { unit: 'halfWorkingDays', amount: 1 }, terms, calendar)?.toISOString()).toBe('2026-11-24T01:30:00.000Z'); // half of 08:30–17:30 is 4.5 h: 3.5 h left today + 1 h Tuesday
    expect(notifyDue(start, { unit: 'sameWorkingDay' }, terms, calendar)?.toISOString()).toBe('2026-11-23T09:30:00.000Z');
    expect(notifyDue(start, { term: 'immediately' }, terms, calendar)?.toISOString()).toBe('2026-11-23T06:10:00.000Z');
    expect(notifyDue(start, { term: 'unstated' }, terms, calendar)).toBeNull();
  });
});
