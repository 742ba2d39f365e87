import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../../shared/checklists/templates';
import { DEMO_SITE_PROFILE, DEMO_SITES, SHIPPED_PROFILES, findShippedProfile } from '../../../shared/profiles';
import { profileSchema } from '../../../shared/profiles/profile-schema';
import { SHIPPED_PACKS } from '../../../shared/rules/packs';

describe('shipped organisation profiles (issue 17 §1.3)', () => {
  it('have unique ids and name only packs and templates the program ships', () => {
    const ids = SHIPPED_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const packs = new Set(SHIPPED_PACKS.map((p) => p.id));
    const templates = new Set(SHIPPED_TEMPLATES.map((t) => t.id));
    for (const profile of SHIPPED_PROFILES) {
      expect(packs.has(profile.rulePack), `${profile.id} pack ${profile.rulePack}`).toBe(true);
      for (const id of profile.templates) expect(templates.has(id), `${profile.id} template ${id}`).toBe(true);
    }
  });

  it('give every shipped template to some organisation, so none is shipped unreachable', () => {
    const given = new Set(SHIPPED_PROFILES.flatMap((p) => p.templates));
    expect(SHIPPED_TEMPLATES.map((t) => t.id).filter((id) => !given.has(id))).toEqual([]);
  });

  it('keep the well station’s forms at the well station: no other organisation gets H2S checks or the sewage register', () => {
    const withH2s = SHIPPED_PROFILES.filter((p) => p.templates.some((t) => t.startsWith('well.'))).map((p) => p.id);
    expect(withH2s).toEqual(['well-station']);
    expect(findShippedProfile('bank-outlet')?.templates).toEqual([]);
  });

  it('say why, where the organisation’s own source gives no complaint rules or media categories', () => {
    for (const profile of SHIPPED_PROFILES) {
      if (profile.rulePack === 'seed004-p-generic' && profile.id !== 'generic') expect(profile.rulePackChoice, profile.id).toBeTruthy();
      if (profile.mediaContentCategories.length === 0) expect(profile.mediaChoice, profile.id).toBeTruthy();
      for (const category of profile.mediaContentCategories) expect(category.source, `${profile.id} ${category.code}`).toMatch(/^seed00\d /);
    }
  });

  it('carry the car dealer group’s three 3.15 content categories only where the notice applies (seed001 S1 二、1)', () => {
    expect(findShippedProfile('car-dealer-group')?.mediaContentCategories.map((c) => c.label.zh)).toEqual(['售后维修纠纷', '车辆质量纠纷', '精品信贷']);
    expect(findShippedProfile('bank-outlet')?.mediaContentCategories).toEqual([]);
    expect(findShippedProfile('manufacturer-s4')?.mediaContentCategories.map((c) => c.label.zh)).toEqual(['产品质量', '运输包装', '服务质量', '其他方面']);
  });

  it('refuse a profile that lists a template twice, schedules one it does not list, or has no media categories without saying why', () => {
    const base = { id: 'x', version: '1.0.0', name: { zh: '甲', en: 'A' }, organisation: { zh: '甲', en: 'A' }, source: 'seed000 第一篇', rulePack: 'bank-outlet', mediaContentCategories: [] };
    expect(profileSchema.safeParse({ ...base, templates: ['a', 'a'], mediaChoice: 'none' }).success).toBe(false);
    expect(profileSchema.safeParse({ ...base, templates: [], schedules: [{ templateId: 'b', schedule: { kind: 'weekly', source: 'seed000' } }], mediaChoice: 'none' }).success).toBe(false);
    expect(profileSchema.safeParse({ ...base, templates: [] }).success).toBe(false);
    expect(profileSchema.safeParse({ ...base, templates: [], mediaChoice: 'none' }).success).toBe(true);
  });

  it('name a profile for each demo site', () => {
    for (const site of DEMO_SITES) expect(findShippedProfile(DEMO_SITE_PROFILE[site]), site).toBeDefined();
  });
});
