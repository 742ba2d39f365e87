import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/checklists/templates';
import { failedCount } from '../../renderer/screens/checklists/failed-count';

const patrol = findTemplate('well.pipeline-patrol')!;
const haulage = findTemplate('well.sewage-haulage-register')!;

describe('the failed count said before 完成并提交', () => {
  it('counts each failed check that offers 提出整改, not a "no" recorded as a fact', () => {
    expect(failedCount(patrol, {})).toBe(0);
    expect(failedCount(patrol, { 'static-hazard': true, 'dynamic-hazard': false, reported: false })).toBe(2);
    // 管道保护法宣传 "no" is recorded, not a defect (correctiveAction: false).
    expect(failedCount(patrol, { 'pipeline-law-publicity': false })).toBe(0);
  });

  it('counts a register row once however many of its checks failed', () => {
    const rows = [
      { id: 'r1', 'pipe-intact': false, 'vehicle-qualified': false },
      { id: 'r2', 'pipe-intact': true },
    ];
    expect(failedCount(haulage, { truckloads: rows })).toBe(1);
  });
});
