import { describe, expect, it } from 'vitest';
import { computedAnswer, computedDetail, withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { STORE_EVIDENCE, storeEvidenceItems, withStoreEvidence, type StoreEvidence } from '../../../shared/checklists/store-evidence';
import { templateSchema, type TemplateItem } from '../../../shared/checklists/template-schema';
import { findTemplate } from '../../../shared/checklists/templates';

/*
 * Issue 19 §4 (seed002 客户管理制度1 第二十六、三十一、三十四、三十五、三十七、三十八条): the self-check's
 * evidence from the store. Computed only where the source states a clear condition: 第三十一条 no vendor
 * default password, 第三十七条 operator, time, place and matter registered. The judgements stay ticks.
 */

const template = findTemplate('privacy.personal-info-self-check')!;
const items = template.sections.flatMap((s) => s.items);
const item = (id: string): TemplateItem => items.find((i) => i.id === id)!;
const labelOf = (id: string) => item(id).label;

const EVIDENCE: StoreEvidence = {
  fullReaderCount: 3,
  fullReaderNames: '王建国（站长）、赵丽（呼叫中心）、刘强（部门负责人）',
  defaultSecretCount: 0,
  defaultSecretNames: '无',
  secretAges: '王建国 2026-01-05',
  disabledNames: '无',
  neverSignedInNames: '无',
  lastSignIns: '王建国 2026-12-01',
  registerSummary: '查看完整信息 2 次',
  registerIncompleteCount: 0,
  destructionSummary: '销毁记录 0 份',
};

describe('寄递用户信息安全自查表 1.1.0: evidence from the store', () => {
  it('is the new version; every evidence item cites its article and is never required', () => {
    expect(template.version).toBe('1.1.0');
    const filled = storeEvidenceItems(template);
    expect(new Set(filled.map((f) => f.fact))).toEqual(new Set(Object.keys(STORE_EVIDENCE)));
    for (const { id, fact } of filled) {
      expect(item(id).kind, id).toBe(STORE_EVIDENCE[fact]);
      expect(item(id).required, id).toBe(false);
      expect(item(id).source, id).toMatch(/^seed002 客户管理制度1 第[二三]十.?条/);
    }
  });

  it('puts each evidence item right after the check it bears on', () => {
    const order = items.map((i) => i.id);
    const after = (check: string, evidence: string) => expect(order.indexOf(evidence), evidence).toBeGreaterThan(order.indexOf(check));
    after('a34', 'a34-readers-names');
    expect(order.slice(order.indexOf('a38'), order.indexOf('a38') + 4)).toEqual(['a38', 'a38-disabled', 'a38-never-signed-in', 'a38-last-sign-ins']);
    after('a26', 'a26-destruction');
    expect(order.indexOf('a27')).toBe(order.indexOf('a26-destruction') + 1);
  });

  it('第三十一条: passes with no account on the demo PIN, fails with one', () => {
    const rule = item('a31-default');
    expect(rule.source).toContain('第三十一条');
    expect(computedAnswer(rule, { 'a31-default-count': 0 })).toBe(true);
    expect(computedAnswer(rule, { 'a31-default-count': 1 })).toBe(false);
    expect(computedAnswer(rule, {})).toBeUndefined();
    expect(computedDetail(rule, { 'a31-default-count': 1 }, labelOf)?.zh).toBe('仍使用软件演示密码的启用账户数 1 ≤ 0');
  });

  it('第三十七条: passes with every entry complete, fails with one missing its place or matter', () => {
    const rule = item('a37-logged');
    expect(rule.source).toContain('第三十七条');
    expect(computedAnswer(rule, { 'a37-incomplete-count': 0 })).toBe(true);
    expect(computedAnswer(rule, { 'a37-incomplete-count': 1 })).toBe(false);
  });

  it('leaves the judgements (least privilege, 定期 change, 及时 disabling, destruction) as ticks', () => {
    for (const id of ['a26', 'a34', 'a35', 'a37', 'a38']) expect(item(id)).toMatchObject({ kind: 'passFail', required: true });
    for (const id of ['a26', 'a34', 'a35', 'a37', 'a38']) expect(item(id).computed).toBeUndefined();
  });

  it('fills every evidence item from what the core read, and the computed answers follow', () => {
    const answers = withComputedAnswers(template, withStoreEvidence(template, { a34: 'pass' }, { ...EVIDENCE, defaultSecretCount: 2 }));
    expect(answers).toMatchObject({ a34: 'pass', 'a34-readers-count': 3, 'a34-readers-names': EVIDENCE.fullReaderNames, 'a31-default-count': 2, 'a31-default': false, 'a37-logged': true });
  });

  it('refuses evidence on an item of the wrong kind, or required', () => {
    const bad = (extra: object) =>
      templateSchema.safeParse({ id: 'x', version: '1.0.0', kind: 'checklist', title: { zh: 'x', en: 'x' }, source: 's', sections: [{ id: 's', title: { zh: 's', en: 's' }, source: 's', items: [{ id: 'n', label: { zh: 'n', en: 'n' }, source: 's', ...extra }] }] }).success;
    expect(bad({ kind: 'number', fromStore: 'fullReaderCount' })).toBe(true);
    expect(bad({ kind: 'text', fromStore: 'fullReaderCount' })).toBe(false);
    expect(bad({ kind: 'number', fromStore: 'fullReaderCount', required: true })).toBe(false);
  });
});
