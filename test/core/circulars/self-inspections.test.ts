import { afterEach, describe, expect, it } from 'vitest';
import { fillSampleRecord, useProfileWith } from '../../support/sample-checklist';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * The same mechanism for seed004 §A's self-inspections (第十一条(六) 每季度至少1次全面的自查):
 * a coal mine's completed grading self-assessment counts on its 自评日期, under
 * the mine's name and the person who completed it; the source sets no weight,
 * so the score stands unweighted until the lead sets one.
 */

let core: TestCore;
afterEach(() => core?.close());

describe('self-inspections (seed004 §A)', () => {
  it('a completed self-assessment with a veto condition present is a finding of its week and scores its month unweighted', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    await useProfileWith(core, lead, 'coal-mine-grading');
    let record = await fillSampleRecord(core, lead, 'coal-mine-grading');
    for (const [itemId, value] of Object.entries({ 'mine-name': '一号煤矿', 'assessed-on': '2026-11-20', 'over-headcount': true })) {
      record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId, value }, lead);
    }
    await core.call('checklists.complete', { id: record.id, version: record.version }, lead);

    // 2026-11-20 is a Friday of week 47 (11-16..11-22).
    const week = await core.call('circulars.weekly', { definitionId: 'self-inspections', period: { kind: 'week', key: '2026-W47' } }, lead);
    expect(week.checks).toBe(1);
    expect(week.findings.map((f) => [f.day, f.area, f.person, f.itemLabel?.zh])).toContainEqual(['2026-11-20', '一号煤矿', '王建国', expect.stringContaining('单班')]);
    const other = await core.call('circulars.weekly', { definitionId: 'self-inspections', period: { kind: 'week', key: '2026-W46' } }, lead);
    expect(other.checks).toBe(0);

    const month = await core.call('circulars.monthly', { definitionId: 'self-inspections', period: { kind: 'month', key: '2026-11' } }, lead);
    expect(month.weightPercent).toBeNull();
    expect(month.rows).toHaveLength(1);
    const row = month.rows[0]!;
    expect(row).toMatchObject({ person: '王建国', area: '一号煤矿', checks: 1, findings: week.findings.length, weighted: null });
    expect(row.passed + row.findings).toBe(row.judged);
    expect(row.score).toBe(Math.round((row.passed / row.judged) * 1000) / 10);

    await core.call('circulars.setWeight', { definitionId: 'self-inspections', weightPercent: 20, note: '本矿考核办法' }, lead);
    const weighted = await core.call('circulars.monthly', { definitionId: 'self-inspections', period: { kind: 'month', key: '2026-11' } }, lead);
    expect(weighted.rows[0]!.weighted).toBe(Math.round(row.score! * 20) / 100);
  });
});
