import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS, findPack } from '../../../shared/rules/packs';

const S = 'seed002 客户管理制度6';
const pack = findPack('seed002-doc6-testing-station')!;

describe(`the testing station’s re-test and withdrawal path (${S} 2.2.2–2.2.5)`, () => {
  it('is in 1.5.0 with the authorised signatory’s post, cited; 1.4.0 stays shipped as it was', () => {
    expect(pack.version).toBe('1.5.0');
    expect(pack.paths?.reportRetest).toMatchObject({
      testers: 2,
      reportField: 'reportNo',
      roles: ['tech_office'],
      testerRoles: ['testing_staff', 'tech_office'],
      approverRoles: ['authorised_signatory'],
      classes: ['monitoring-data', 'urgent-appeal'],
      source: `${S} 2.2.2–2.2.4`,
      withdrawalSource: `${S} 2.2.5`,
    });
    expect(pack.procedure?.roles.find((r) => r.id === 'authorised_signatory')).toMatchObject({ name: { zh: '授权签字人' }, source: `${S} 2.2.5` });
    const older = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.4.0');
    expect(older?.paths).toBeUndefined();
    expect(older?.procedure?.roles.map((r) => r.id)).not.toContain('authorised_signatory');
    expect(older?.recordFields).toEqual(pack.recordFields);
  });

  it('refuses a path naming a record field, a role or a class the pack does not have', () => {
    const retest = pack.paths!.reportRetest!;
    const withRetest = (change: object) => rulePackSchema.safeParse({ ...pack, paths: { reportRetest: { ...retest, ...change } } }).success;
    expect(withRetest({})).toBe(true);
    expect(withRetest({ reportField: 'sampleNo' })).toBe(false);
    expect(withRetest({ approverRoles: ['director'] })).toBe(false);
    expect(withRetest({ testerRoles: ['intern'] })).toBe(false);
    expect(withRetest({ classes: ['warranty'] })).toBe(false);
    expect(withRetest({ testers: 1 })).toBe(false);
  });
});
