import { describe, expect, it } from 'vitest';
import { lastMeasurementDay } from '../../electron/core/demo/demo-checklists';

describe('the demo’s last H2S measurement day (the 10th and 25th, seed000 §1.6)', () => {
  it.each([
    ['2026-11-23', '2026-11-10'],
    ['2026-11-11', '2026-11-10'],
    ['2026-11-10', '2026-10-25'],
    ['2026-11-26', '2026-11-25'],
    ['2026-11-25', '2026-11-10'],
    ['2026-01-05', '2025-12-25'],
  ])('on %s it is %s', (today, day) => {
    expect(lastMeasurementDay(today)).toBe(day);
  });
});
