import { describe, expect, it } from 'vitest';
import { failedVetoes } from '../../../shared/checklists/record-score';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { findTemplate } from '../../../shared/checklists/templates';
import { sampleValue } from '../../support/sample-checklist';

/**
 * The vetoes of a stored record, one list for the site's grading and head
 * office's overview (issue 20 item 13): ticked veto items, veto items the
 * template computes from a count, and the cool-offs it computes from dated
 * rows (seed004 §A 第五条).
 */
const grading = findTemplate('coal-mine-grading', '1.0.0')!;
const events = findTemplate('coal-mine-grading', '1.1.0')!;
const passing = (template: typeof grading) => Object.fromEntries(template.sections.flatMap((s) => s.items).map((item) => [item.id, sampleValue(item, template)]));
const accident = (date: string) => ({ 'fatal-accidents': [{ id: 'row-1', date, class: 'general', count: 1 }] });

describe('failedVetoes', () => {
  it('finds none in a record that passes', () => {
    expect(failedVetoes(grading, passing(grading))).toEqual([]);
  });

  it('names a ticked veto item by its label', () => {
    expect(failedVetoes(grading, { ...passing(grading), 'basic-condition-missing': true }).map((v) => v.zh)).toEqual(['有《管理体系》总则设定的基本条件不具备']);
  });

  it('counts a veto item computed from a number: more than 2 stripping contractors (一级5)', () => {
    const answers = { ...passing(grading), 'mine-type': 'open-pit', 'stripping-contractors': 3 };
    expect(failedVetoes(grading, answers).map((v) => v.zh)).toEqual(['将剥离工程承包给2家(不含)以上施工单位']);
    expect(failedVetoes(grading, { ...answers, 'stripping-contractors': 2 })).toEqual([]);
  });

  it('counts an accident cool-off computed from the dates: within a year for level 1, past half a year for level 2 (一级2、二级2)', () => {
    // Assessed on 2026-11-10 (the sample date).
    expect(failedVetoes(grading, { ...passing(grading), ...accident('2026-05-01') })).toEqual([
      { zh: '2026-05-01发生一般事故，至评定日2026-11-10未满1年（一级）', en: 'General accident on 2026-05-01: less than 1 year before the assessment date 2026-11-10 (Level 1)' },
    ]);
    expect(failedVetoes(grading, { ...passing(grading), ...accident('2026-09-01') }).map((v) => v.zh)).toEqual([
      '2026-09-01发生一般事故，至评定日2026-11-10未满1年（一级）',
      '2026-09-01发生一般事故，至评定日2026-11-10未满半年（二级）',
    ]);
    expect(failedVetoes(grading, { ...passing(grading), ...accident('2025-11-09') })).toEqual([]);
  });

  it('counts a dated level event of version 1.1.0 (一级3)', () => {
    const answers = { ...passing(events), 'level-events': [{ id: 'row-1', date: '2026-06-01', kind: 'inspection-failed' }] };
    const vetoes = failedVetoes(events, answers);
    expect(vetoes).toHaveLength(1);
    expect(vetoes[0]!.zh).toContain('2026-06-01');
  });

  it('is the list the grading applies', () => {
    const answers = { ...passing(grading), ...accident('2026-05-01'), 'basic-condition-missing': true };
    expect(failedVetoes(grading, answers)).toEqual(scoreRecord(grading, answers).vetoes.map((v) => v.reason));
  });
});
