import { describe, expect, it } from 'vitest';
import { citationText } from '../../../shared/sources/citation';

/** Every module of shared/, so every `source` the app ships is walked, wherever it is declared. */
const SHARED_MODULES = import.meta.glob<Record<string, unknown>>('../../../shared/**/*.ts', { eager: true });

/** Every string held under a key named like `source` in the shipped data: templates, packs, profiles, reports, ledgers, workflow, media… */
function shippedSources(): string[] {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && /source/i.test(key)) found.add(inner);
      else walk(inner);
    }
  };
  for (const module of Object.values(SHARED_MODULES)) walk(module);
  return [...found].sort();
}

describe('citationText', () => {
  it('names the document part and keeps the section words as printed', () => {
    expect(citationText('seed003 篇6 第十三条 第一类', 'zh-CN')).toBe('《四川**实业集团有限公司客户投诉管理办法(试行)》第十三条 第一类');
    expect(citationText('seed003 篇6 第十三条 第一类', 'en')).toBe('“Sichuan industrial group complaint management measures (trial)” 第十三条 第一类');
    expect(citationText('seed001 S15 4.1 h)', 'zh-CN')).toBe('《客户投诉处理管理办法》4.1 h)');
    expect(citationText('seed004 §A 第四条', 'zh-CN')).toBe('《煤矿安全生产标准化管理体系考核定级办法(试行)》第四条');
    expect(citationText('seed000 第一篇 二、1', 'zh-CN')).toBe('《学习法律法规 防控法律风险 持续提升井站管理水平》二、1');
  });

  it('converts each part a source cites, and lists of parts', () => {
    expect(citationText('seed003 篇4 第二十七条; seed002 客户管理制度14 3.2', 'zh-CN')).toBe('《客户投诉处理管理办法》第二十七条; 《综合服务部客户投诉处理制度》3.2');
    expect(citationText('seed004 §B、§Q', 'zh-CN')).toBe('《客服中心呼叫中心岗位职责》、《呼叫中心客服人员的素质要求》');
    expect(citationText('seed002 客户管理制度8、9', 'en')).toBe('“Property company complaint handling rules”, “Property company customer-service duties”');
  });

  it('drops pointers into our own extraction notes and names a part an extraction section is about', () => {
    expect(citationText('seed000 第一篇 二、1 (seed000-part1 §1.5): 离站时间', 'zh-CN')).toBe('《学习法律法规 防控法律风险 持续提升井站管理水平》二、1: 离站时间');
    expect(citationText('seed000-part1 §1.6 1', 'zh-CN')).toBe('《学习法律法规 防控法律风险 持续提升井站管理水平》1');
  });

  it('returns a source naming no seed, or a part it does not know, unchanged', () => {
    expect(citationText('Branchline', 'zh-CN')).toBe('Branchline');
    expect(citationText('test', 'en')).toBe('test');
    expect(citationText('seed003 篇2 一', 'zh-CN')).toBe('seed003 篇2 一');
    expect(citationText('规则包 seed004-p-generic', 'zh-CN')).toBe('规则包 seed004-p-generic');
  });

  it('names the compilation where prose names a seed as a whole', () => {
    expect(citationText('seed000 gives the station no complaint rules', 'en')).toBe('“Customer complaint legal risk control (selected)” gives the station no complaint rules');
    expect(citationText('(seed004 §B and §Q)', 'zh-CN')).toBe('(《客服中心呼叫中心岗位职责》and §Q)');
  });

  it('gives every source the shipped data cites a document title, in both languages', () => {
    const sources = shippedSources();
    expect(sources.filter((s) => s.includes('seed0')).length).toBeGreaterThan(500);
    const untitled = sources.flatMap((s) => ['zh-CN', 'en'].map((lang) => citationText(s, lang))).filter((text) => /seed0/.test(text));
    expect(untitled).toEqual([]);
  });
});
