import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR } from '../../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../../shared/rules/grade';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../shared/rules/packs';
import { seed002Doc14FranchiseSalesPack } from '../../../shared/rules/packs/seed002-doc14-franchise-sales';

/**
 * Restart at the next level after escalation (issue 23 item 3), as the franchise sales centre's rules say it
 * (seed002 客户管理制度14 5.3.1.6: 客户选择第4或第5项答案，视为自动升级到下一级别，则重新填报《投诉处理单》).
 */
const pack = rulePackSchema.parse(seed002Doc14FranchiseSalesPack);
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const monday = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 Shanghai
const wednesday = new Date('2026-11-25T06:00:00Z'); // Wednesday 14:00 Shanghai: the dissatisfied answer
const friday = new Date('2026-11-27T03:00:00Z');
const record = (over: Partial<GradingRecord> = {}): GradingRecord => ({ receivedAt: monday, ticked: [], facts: {}, ...over });
const dissatisfied = (at: Date) => ({ code: 'callback_dissatisfied', at });

describe('restart at the next level after escalation (seed002 客户管理制度14 5.3.1.6)', () => {
  it('1.3.0 declares it for an answer of 4 or 5, at the call-back or by hand, citing 5.3.1.6', () => {
    expect(pack.version).toBe('1.3.0');
    expect(pack.restartOnEscalation).toMatchObject({ reasons: ['dissatisfied', 'callback_dissatisfied'], source: 'seed002 客户管理制度14 5.3.1.6' });
    expect(pack.restartOnEscalation?.choice?.zh).toContain('重新填报《投诉处理单》');
  });

  it('raises the level one per escalation, up to level 3; other escalations raise nothing', () => {
    const classAfter = (escalations: GradingRecord['escalations']) => grade(record({ escalations }), pack, friday, calendar).classCode;
    expect(classAfter([])).toBe('level1');
    expect(classAfter([dissatisfied(wednesday)])).toBe('level2');
    expect(classAfter([dissatisfied(wednesday), { code: 'dissatisfied', at: friday }])).toBe('level3');
    expect(classAfter([dissatisfied(monday), dissatisfied(wednesday), dissatisfied(friday)])).toBe('level3');
    expect(classAfter([{ code: 'level3-not-satisfied', at: wednesday }])).toBe('level1');
    // From the level the ticks give: a level-2 complaint goes to level 3.
    expect(grade(record({ ticked: ['level2.policy'], escalations: [dissatisfied(wednesday)] }), pack, friday, calendar).classCode).toBe('level3');
  });

  it('counts the 1-working-day contact and 《投诉处理单》 from the escalation, a step met before it to be met again', () => {
    const deadlines = grade(record({ escalations: [dissatisfied(wednesday)], done: { handlingSheet: monday, firstContact: friday } }), pack, friday, calendar).deadlines;
    const sheet = deadlines.find((d) => d.step === 'handlingSheet')!;
    expect(sheet).toMatchObject({ clockStartedAt: wednesday.toISOString(), clockBasis: { kind: 'restarted', reasonCode: 'callback_dissatisfied' }, done: false });
    // One working day from Wednesday 14:00 ends at the close of Thursday (17:30), as it does from receipt; Friday is past it.
    expect(sheet.due).toBe('2026-11-26T09:30:00.000Z');
    expect(sheet.overdue).toBe(true);
    expect(deadlines.find((d) => d.step === 'firstContact')).toMatchObject({ done: true, overdue: true });
    // Without the escalation the same steps count from receipt.
    const before = grade(record({ done: { handlingSheet: monday } }), pack, friday, calendar).deadlines.find((d) => d.step === 'handlingSheet')!;
    expect(before).toMatchObject({ clockStartedAt: monday.toISOString(), clockBasis: { kind: 'from' }, done: true });
  });

  it('1.2.0, kept for the complaints graded by it, does not restart', () => {
    const v120 = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.2.0')!;
    expect(v120.restartOnEscalation).toBeUndefined();
    expect(grade(record({ escalations: [dissatisfied(wednesday)] }), v120, friday, calendar).classCode).toBe('level1');
  });

  it('refuses a restart on an escalation reason the pack does not know', () => {
    const result = rulePackSchema.safeParse({ ...seed002Doc14FranchiseSalesPack, restartOnEscalation: { reasons: ['no-such'], source: 'seed002 客户管理制度14 5.3.1.6' } });
    expect(result.error?.issues[0]).toMatchObject({ path: ['restartOnEscalation', 'reasons', 0], message: 'unknown escalation reason no-such' });
  });
});
