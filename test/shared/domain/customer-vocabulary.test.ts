import { describe, expect, it } from 'vitest';
import {
  classificationProblem,
  CUSTOMER_SCHEME_BY_PACK,
  CUSTOMER_SCHEMES,
  customerSchemeFor,
  DEFAULT_CUSTOMER_SCHEME,
  findCustomerScheme,
} from '../../../shared/domain/customer-vocabulary';
import { findPack } from '../../../shared/rules/packs';

describe('customer schemes', () => {
  it('each cites its source on every group and type, with unique codes and nested types pointing at real groups', () => {
    expect(new Set(CUSTOMER_SCHEMES.map((s) => s.id)).size).toBe(CUSTOMER_SCHEMES.length);
    for (const scheme of CUSTOMER_SCHEMES) {
      expect(scheme.source).toMatch(/^seed00\d /);
      const groups = scheme.groups.map((g) => g.code);
      const types = scheme.types.map((t) => t.code);
      expect(new Set(groups).size).toBe(groups.length);
      expect(new Set(types).size).toBe(types.length);
      for (const item of [...scheme.groups, ...scheme.types]) {
        expect(item.source).toMatch(/^seed00\d /);
        expect(item.label.zh).not.toBe('');
        expect(item.label.en).not.toBe('');
      }
      for (const type of scheme.types) if (type.group) expect(groups).toContain(type.group);
    }
  });

  it('keeps 篇6 第二条 exactly: eight external types and three partner types, nothing added', () => {
    const p6 = findCustomerScheme('seed003-p6')!;
    const of = (group: string) => p6.types.filter((t) => t.group === group).map((t) => t.label.zh);
    expect(p6.groups.map((g) => g.label.zh)).toEqual(['外部客户', '合作伙伴客户']);
    expect(of('external')).toEqual(['潜在客户', '意向客户', '准客户', '签约客户', '准业主', '业主', '租户', '俱乐部会员']);
    expect(of('partner')).toEqual(['战略合作伙伴', '材料供应商', '合作单位']);
  });

  it('is chosen by the site’s pack (only real packs are mapped), else 篇7’s grouping', () => {
    for (const [pack, scheme] of Object.entries(CUSTOMER_SCHEME_BY_PACK)) {
      expect(findPack(pack), pack).toBeDefined();
      expect(findCustomerScheme(scheme), scheme).toBeDefined();
    }
    expect(customerSchemeFor('sichuan-group-p6').id).toBe('seed003-p6');
    expect(customerSchemeFor('bank-outlet').id).toBe(DEFAULT_CUSTOMER_SCHEME);
    expect(customerSchemeFor(null).groups.map((g) => g.label.zh)).toEqual(['重要客户和大客户', '居民客户']);
  });

  it('refuses a group or type the scheme lacks, and a type of another group', () => {
    const p6 = findCustomerScheme('seed003-p6')!;
    expect(classificationProblem(p6, undefined, undefined)).toBeNull();
    expect(classificationProblem(p6, 'partner', 'material_supplier')).toBeNull();
    expect(classificationProblem(p6, undefined, 'tenant')).toBeNull();
    expect(classificationProblem(p6, 'residential', undefined)).toBe('group');
    expect(classificationProblem(p6, undefined, 'vip_a')).toBe('type');
    expect(classificationProblem(p6, 'partner', 'owner')).toBe('type');
  });
});
