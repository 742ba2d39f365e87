import { describe, expect, it } from 'vitest';
import { barsOf, mineLevelState, type MineEvent } from '../../../shared/checklists/coal-mine-level';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { findTemplate } from '../../../shared/checklists/templates';

const graded = (on: string, level: 'level1' | 'level2' | 'level3', id = 'g'): MineEvent => ({ id, kind: 'graded', occurredOn: on, level });
const accident = (on: string, accidentClass: 'general' | 'larger' | 'major' | 'especially-major', id = 'a'): MineEvent => ({ id, kind: 'accident', occurredOn: on, accidentClass });

describe('a coal mine’s level from its events (seed004 §A 第十一条)', () => {
  it('第十一条(二): a Level-1 mine with a general fatal accident drops to Level 3 from the accident date; a larger one revokes it', () => {
    const events = [graded('2023-06-30', 'level1'), accident('2024-03-15', 'general')];
    expect(mineLevelState(events, '2024-03-14').status).toBe('level1');
    expect(mineLevelState(events, '2024-03-15')).toMatchObject({ status: 'level3', since: '2024-03-15' });
    expect(mineLevelState([graded('2023-06-30', 'level2'), accident('2024-03-15', 'larger')], '2024-03-15').status).toBe('revoked');
    expect(mineLevelState([graded('2023-06-30', 'level3'), accident('2024-03-15', 'general')], '2024-03-15').status).toBe('revoked');
  });

  it('第五条 一级2: a general accident bars Level 1 for 1 year — day 364 and day 365 (the corresponding day) still barred, day 366 free', () => {
    const events = [graded('2023-06-30', 'level1'), accident('2024-03-15', 'general')];
    const level1 = (on: string) => mineLevelState(events, on).bars.filter((b) => b.grade === 'level1');
    expect(level1('2025-03-14')).toHaveLength(1); // 364 days after
    expect(level1('2025-03-15')).toEqual([expect.objectContaining({ until: '2025-03-15', source: 'seed004 §A 第五条 一级2 一般事故未满1年' })]); // 365
    expect(level1('2025-03-16')).toEqual([]); // 366: 满1年
    // 二级2: half a year for Level 2, to the corresponding day six months on.
    expect(mineLevelState(events, '2024-09-15').bars.map((b) => b.grade)).toEqual(['level1', 'level2']);
    expect(mineLevelState(events, '2024-09-16').bars.map((b) => b.grade)).toEqual(['level1']);
  });

  it('第五条 一级3, 一级4 / 二级3, 第七条(三), 第十一条(五): each event’s bars from its date', () => {
    const until = (event: MineEvent) => barsOf(event).map((b) => [b.grade, b.until]);
    expect(until({ id: 'i', kind: 'inspectionFailed', occurredOn: '2025-01-10' })).toEqual([['level1', '2026-01-10']]);
    expect(until({ id: 'h', kind: 'majorHazard', occurredOn: '2025-03-01' })).toEqual([['level1', '2026-03-01'], ['level2', '2025-09-01']]);
    expect(until({ id: 'f', kind: 'fraud', occurredOn: '2025-02-28' })).toEqual([['level1', '2026-02-28'], ['level2', '2026-02-28']]);
    expect(until({ id: 'd', kind: 'downgraded', occurredOn: '2025-05-20', level: 'level2', cause: 'extendedSpotCheck' })).toEqual([['level1', '2026-05-20']]);
    expect(until({ id: 'r', kind: 'revoked', occurredOn: '2025-05-20', cause: 'extendedSpotCheck' })).toEqual([['level1', '2027-05-20']]);
    expect(until({ id: 'r', kind: 'revoked', occurredOn: '2025-05-20', cause: 'decline' })).toEqual([['level1', '2026-05-20']]);
  });

  it('changes the level as the source says: a major hazard revokes (第十一条(一)), falsified material is 不达标 (第七条(三)), a downgrade takes the level given', () => {
    const base = [graded('2023-06-30', 'level1')];
    expect(mineLevelState([...base, { id: 'h', kind: 'majorHazard', occurredOn: '2025-03-01' }], '2025-03-01').status).toBe('revoked');
    expect(mineLevelState([...base, { id: 'f', kind: 'fraud', occurredOn: '2025-03-01' }], '2025-03-01').status).toBe('notCompliant');
    expect(mineLevelState([...base, { id: 'd', kind: 'downgraded', occurredOn: '2025-03-01', level: 'level2', cause: 'decline' }], '2025-03-01').status).toBe('level2');
    expect(mineLevelState([...base, { id: 'i', kind: 'inspectionFailed', occurredOn: '2025-03-01' }], '2025-03-01').status).toBe('level1');
  });

  it('第八条: the 3-year validity and the re-application 3 months before show as due dates', () => {
    const state = mineLevelState([graded('2023-06-30', 'level2')], '2025-01-01');
    expect(state.validity).toEqual({ gradedOn: '2023-06-30', expiresOn: '2026-06-30', reapplyBy: '2026-03-30' });
    expect(state.dues.map((d) => [d.kind, d.on])).toEqual([
      ['reapply', '2026-03-30'],
      ['review', '2026-06-30'],
    ]);
    expect(mineLevelState([graded('2023-06-30', 'level2'), { id: 'h', kind: 'majorHazard', occurredOn: '2024-01-01' }], '2025-01-01').validity).toBeNull();
  });

  it('第十一条(一): stopped more than 6 months revokes the level from the day after the 6 months; resuming before keeps it', () => {
    const stop: MineEvent = { id: 's', kind: 'stopped', occurredOn: '2024-01-15' };
    const events = [graded('2023-06-30', 'level1'), stop];
    expect(mineLevelState(events, '2024-07-15')).toMatchObject({ status: 'level1', stoppedSince: '2024-01-15' });
    expect(mineLevelState(events, '2024-07-15').dues).toContainEqual(expect.objectContaining({ kind: 'stopRevokes', on: '2024-07-16' }));
    expect(mineLevelState(events, '2024-07-16')).toMatchObject({ status: 'revoked', since: '2024-07-16' });
    expect(mineLevelState([...events, { id: 'r', kind: 'resumed', occurredOn: '2024-07-15' }], '2025-01-01').status).toBe('level1');
  });
});

describe('the grading form (1.1.0) computes the level events’ bars to the assessment date instead of asking six ticks', () => {
  const template = findTemplate('coal-mine-grading')!;
  const answers = (assessedOn: string, events: { date: string; kind: string }[]) => ({
    'mine-name': '某煤矿',
    'mine-type': 'underground',
    'assessed-on': assessedOn,
    'part-scores': [{ id: 'p1', name: '全部', weight: 1, score: 95 }],
    'basic-condition-missing': false,
    'over-headcount': false,
    'had-fatal-accident': false,
    blacklisted: false,
    'dispatch-workers': false,
    'level-events': events.map((e, i) => ({ id: `e${i}`, ...e })),
  });

  it('has no "…未满1年" tick left; a revocation for a major hazard vetoes Level 2 to the last day of the half year, Level 1 for the year', () => {
    const ids = template.sections.flatMap((s) => s.items.map((i) => i.id));
    for (const gone of ['failed-level1-inspection', 'downgraded-within-year', 'revoked-within-half-year', 'fraud-within-year', 'spot-check-downgraded', 'spot-check-revoked']) expect(ids).not.toContain(gone);
    const events = [{ date: '2025-03-01', kind: 'revoked-major-hazard' }];
    expect(scoreRecord(template, answers('2025-09-01', events)).grade?.code).toBe('level3');
    expect(scoreRecord(template, answers('2025-09-02', events)).grade?.code).toBe('level2');
    expect(scoreRecord(template, answers('2026-03-02', events)).grade?.code).toBe('level1');
  });
});
