import { describe, expect, it } from 'vitest';
import { computedAnswer, computedDetail } from '../../../shared/checklists/computed-answers';
import { scoreRecord } from '../../../shared/checklists/scoring';
import type { ChecklistTemplate, TemplateItem } from '../../../shared/checklists/template-schema';
import { findTemplate, SHIPPED_TEMPLATE_VERSIONS } from '../../../shared/checklists/templates';

const report = findTemplate('service.customer-revisit-report')!;
const items = (t: ChecklistTemplate): TemplateItem[] => t.sections.flatMap((s) => s.items);
const nextDay = items(report).find((i) => i.id === 'reported-next-day')!;
const labelOf = (id: string) => items(report).find((i) => i.id === id)!.label;
const filled = (visitedOn: string, reportedOn: string) => ({ 'visited-on': visitedOn, 'reported-on': reportedOn });

describe('客户回访报告表: the report is filled the day after the visit (seed002 客户管理制度15 五、1 在结束回访的第二天)', () => {
  it('is in time the day after the visit and late two days after, across a month end', () => {
    expect(computedAnswer(nextDay, filled('2026-11-23', '2026-11-24'))).toBe(true);
    expect(computedAnswer(nextDay, filled('2026-11-23', '2026-11-25'))).toBe(false);
    expect(computedAnswer(nextDay, filled('2026-11-30', '2026-12-01'))).toBe(true);
    expect(computedAnswer(nextDay, filled('2026-11-30', '2026-12-02'))).toBe(false);
  });

  it('takes a report filled on the visit day as early, not late, and fails one dated before the visit', () => {
    expect(computedAnswer(nextDay, filled('2026-11-23', '2026-11-23'))).toBe(true);
    expect(computedAnswer(nextDay, filled('2026-11-23', '2026-11-22'))).toBe(false);
    expect(computedAnswer(nextDay, { 'visited-on': '2026-11-23' })).toBeUndefined();
  });

  it('cites 五、1, is never ticked, and a late report fails the item with a corrective action', () => {
    expect(nextDay).toMatchObject({ kind: 'yesNo', required: false, failsOn: 'no', correctiveAction: true });
    expect(nextDay.source).toMatch(/^seed002 客户管理制度15 五、1/);
    const late = scoreRecord(report, filled('2026-11-23', '2026-11-25'));
    expect(late.failedItems).toContainEqual(expect.objectContaining({ itemId: 'reported-next-day', correctiveAction: true }));
    expect(scoreRecord(report, filled('2026-11-23', '2026-11-24')).failedItems.map((f) => f.itemId)).not.toContain('reported-next-day');
    expect(computedDetail(nextDay, filled('2026-11-23', '2026-11-25'), labelOf)).toEqual({
      zh: '回访日期 2026-11-23 后第 2 天（不晚于第 1 天）',
      en: '2 day(s) after the visit date 2026-11-23 (at most 1)',
    });
  });

  it('is version 1.1.0; 1.0.0, which did not check the day, is kept to read its records', () => {
    expect(report.version).toBe('1.1.0');
    const old = SHIPPED_TEMPLATE_VERSIONS.find((t) => t.id === report.id && t.version === '1.0.0')!;
    expect(items(old).map((i) => i.id)).toEqual(items(report).map((i) => i.id).filter((id) => id !== 'reported-next-day'));
  });
});
