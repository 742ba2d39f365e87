import { describe, expect, it } from 'vitest';
import { recordScore } from '../../../shared/checklists/record-score';
import { findTemplate } from '../../../shared/checklists/templates';

const coalMine = findTemplate('coal-mine-grading');

/** A stored record as the fill screen writes it: table rows carry their row id, answers are plain JSON. */
const stored = (over: Record<string, unknown> = {}) => ({
  'mine-name': '示范煤矿',
  'mine-type': 'underground',
  'assessed-on': '2025-06-30',
  'part-scores': [
    { id: 'r1', name: '第1部分', weight: 1, score: 95 },
    { id: 'r2', name: '第2部分', weight: 1, score: 79 },
  ],
  'basic-condition-missing': false,
  'over-headcount': false,
  'had-fatal-accident': false,
  'failed-level1-inspection': false,
  'downgraded-within-year': false,
  'dispatch-workers': false,
  blacklisted: false,
  'revoked-within-half-year': false,
  'fraud-within-year': false,
  'spot-check-downgraded': false,
  'spot-check-revoked': false,
  ...over,
});

describe('the score of a stored record', () => {
  it('grades a stored coal-mine self-assessment and explains it part by part', () => {
    expect(coalMine).toBeDefined();
    const score = recordScore(coalMine!, stored())!;
    expect(score.status).toBe('graded');
    expect(score.total).toBe(87);
    expect(score.grade?.zh).toBe('三级');
    expect(score.explanation.map((e) => e.zh)).toContain('第2部分 79分，低于二级要求80分');
  });

  it('says a record with required answers missing is not graded yet', () => {
    const { 'mine-type': _type, ...incomplete } = stored();
    expect(recordScore(coalMine!, incomplete)?.status).toBe('incomplete');
  });

  it('gives registers and plain checklists no score', () => {
    expect(recordScore(findTemplate('well.sewage-haulage-register')!, {})).toBeNull();
  });
});
