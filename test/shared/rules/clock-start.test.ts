import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { seed002Doc8PropertyPack } from '../../../shared/rules/packs/seed002-doc8-property';

const withStart = (startsAt: string) => ({
  ...seed002Doc8PropertyPack,
  deadlines: seed002Doc8PropertyPack.deadlines.map((d) => (d.step === 'escalation.supervisor' ? { ...d, startsAt } : d)),
});

describe('a deadline’s clock start in a pack (seed002 客户管理制度8 具体内容6 接报后)', () => {
  it('accepts a role or a step of the pack as the party told, and a known document date', () => {
    expect(rulePackSchema.safeParse(withStart('notified:station_lead')).success).toBe(true);
    expect(rulePackSchema.safeParse(withStart('notified:escalation.dept')).success).toBe(true);
    expect(rulePackSchema.safeParse(withStart('document:testReportReceivedOn')).success).toBe(true);
    expect(rulePackSchema.safeParse(withStart('received')).success).toBe(true);
  });

  it('refuses a party that is neither (a clock that would never start) and an unknown document', () => {
    const typo = rulePackSchema.safeParse(withStart('notified:station_laed'));
    expect(typo.success ? null : typo.error.issues.map((i) => i.message)).toEqual(['unknown role or step station_laed']);
    expect(rulePackSchema.safeParse(withStart('document:contractSignedOn')).success).toBe(false);
    expect(rulePackSchema.safeParse(withStart('notified')).success).toBe(false);
  });
});
