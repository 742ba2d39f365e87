import { periodLastDay } from './accident-cool-off';
import type { Bilingual } from './template-schema';

/**
 * What becomes of a coal mine's standardisation level after the events of
 * seed004 §A 第十一条 (downgrade and revocation). Pure; the grade codes and
 * accident classes are those of the coal-mine-grading template.
 */
export type CoalMineLevel = 'level1' | 'level2' | 'level3';
export type CoalAccidentClass = 'general' | 'larger' | 'major' | 'especially-major';
export type LevelAfter = { level: CoalMineLevel | 'revoked'; reason: Bilingual; source: string };

const LEVEL_ZH: Record<CoalMineLevel, string> = { level1: '一级', level2: '二级', level3: '三级' };

/** 第十一条(二): a fatal accident, from its date — 一级/二级 + 一般事故 → 三级; 一级/二级 + 较大及以上 → 撤消; 三级 + 一般及以上 → 撤消. */
export function levelAfterFatalAccident(level: CoalMineLevel, accident: CoalAccidentClass): LevelAfter {
  const source = 'seed004 §A 第十一条(二)';
  if (level !== 'level3' && accident === 'general') {
    return { level: 'level3', source, reason: { zh: `${LEVEL_ZH[level]}煤矿发生一般事故，降为三级`, en: 'A Level 1 or 2 mine with a general accident drops to Level 3' } };
  }
  return {
    level: 'revoked',
    source,
    reason:
      level === 'level3'
        ? { zh: '三级煤矿发生一般及以上事故，撤消等级', en: 'A Level 3 mine with a general or worse accident loses its level' }
        : { zh: `${LEVEL_ZH[level]}煤矿发生较大及以上事故，撤消等级`, en: 'A Level 1 or 2 mine with a larger or worse accident loses its level' },
  };
}

/**
 * 第十一条(一): production stopped more than 6 months → 撤消 (re-apply on resuming).
 * "超过6个月" counts as the cool-off does (accident-cool-off.ts): the 6 months
 * end on the corresponding day, so a stop from 2024-01-15 is over 6 months from 2024-07-16.
 */
export function stoppedOverSixMonths(stoppedOn: string, on: string): boolean {
  return on > periodLastDay(stoppedOn, 6);
}

/** 第十一条(五): after a downgrade no 一级 application for 1 year; after a revocation, for 2 years (to the period's last day). */
export function level1BarredUntil(change: 'downgraded' | 'revoked', on: string): string {
  return periodLastDay(on, change === 'downgraded' ? 12 : 24);
}
