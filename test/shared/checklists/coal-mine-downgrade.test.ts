import { describe, expect, it } from 'vitest';
import { level1BarredUntil, levelAfterFatalAccident, stoppedOverSixMonths } from '../../../shared/checklists/coal-mine-downgrade';

describe('coal-mine downgrade and revocation (seed004 §A 第十一条)', () => {
  it('a fatal accident drops 一级/二级 to 三级 when general, revokes when larger or worse, and revokes 三级 on any', () => {
    expect(levelAfterFatalAccident('level1', 'general').level).toBe('level3');
    expect(levelAfterFatalAccident('level2', 'general').level).toBe('level3');
    for (const cls of ['larger', 'major', 'especially-major'] as const) {
      expect(levelAfterFatalAccident('level1', cls).level).toBe('revoked');
      expect(levelAfterFatalAccident('level2', cls).level).toBe('revoked');
    }
    for (const cls of ['general', 'larger', 'major', 'especially-major'] as const) expect(levelAfterFatalAccident('level3', cls).level).toBe('revoked');
    expect(levelAfterFatalAccident('level2', 'general').reason.zh).toBe('二级煤矿发生一般事故，降为三级');
  });

  it('revokes after production stopped more than 6 months, one day either side', () => {
    expect(stoppedOverSixMonths('2024-01-15', '2024-07-15')).toBe(false);
    expect(stoppedOverSixMonths('2024-01-15', '2024-07-16')).toBe(true);
  });

  it('bars a 一级 application for 1 year after a downgrade and 2 after a revocation', () => {
    expect(level1BarredUntil('downgraded', '2024-02-29')).toBe('2025-02-28');
    expect(level1BarredUntil('revoked', '2024-05-10')).toBe('2026-05-10');
  });
});
