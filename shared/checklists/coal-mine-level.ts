import { periodLastDay, periodWords } from './accident-cool-off';
import { levelAfterFatalAccident, level1BarredUntil, stoppedOverSixMonths, type CoalAccidentClass, type CoalMineLevel } from './coal-mine-downgrade';
import type { Bilingual } from './template-schema';
import { coalMineGradingTemplate } from './templates/coal-mine-grading';
import { LEVEL_EVENT_KINDS, type LevelEventKind } from './templates/coal-mine-grading-events';

/**
 * A coal mine's standardisation level as a record with its history (seed004
 * §A 第五、七、八、十一条; issue 17 "no rule only in tests"). Pure: events in,
 * the level, its validity, the periods that bar a grade and the due dates out,
 * on a given day (yyyy-mm-dd, Asia/Shanghai). Periods count as the civil code
 * counts them (accident-cool-off.ts): from the day after the event, the last
 * day still within.
 */

export const MINE_EVENT_KINDS = ['graded', 'accident', 'inspectionFailed', 'downgraded', 'revoked', 'majorHazard', 'fraud', 'stopped', 'resumed'] as const;
export type MineEventKind = (typeof MINE_EVENT_KINDS)[number];
/** Why the authority downgraded or revoked: a spot check found the mine below its level (管理滑坡, 第十一条(一)), or a key spot check of a directly extended Level-1 mine (第十一条(五)). */
export const MINE_CHANGE_CAUSES = ['decline', 'extendedSpotCheck'] as const;
export type MineChangeCause = (typeof MINE_CHANGE_CAUSES)[number];

export interface MineEvent {
  id: string;
  kind: MineEventKind;
  occurredOn: string;
  /** graded: the level announced; downgraded: the level it went down to. */
  level?: CoalMineLevel | null;
  accidentClass?: CoalAccidentClass | null;
  cause?: MineChangeCause | null;
}

/** 不达标: found not up to standard (第七条(三)); none: no level recorded yet. */
export type MineStatus = CoalMineLevel | 'revoked' | 'notCompliant' | 'none';

export interface LevelChange {
  eventId: string | null;
  on: string;
  from: MineStatus;
  to: MineStatus;
  reason: Bilingual;
  source: string;
}

export interface GradeBar {
  grade: 'level1' | 'level2';
  /** The last day the grade is barred (未满); free from the day after. */
  until: string;
  eventId: string;
  /** The row kind of the grading form's tables: an accident class, or a level event (coal-mine-grading-events.ts). */
  rowKind: CoalAccidentClass | LevelEventKind;
  reason: Bilingual;
  source: string;
}

export interface DueDate {
  on: string;
  kind: 'reapply' | 'review' | 'barEnds' | 'stopRevokes';
  label: Bilingual;
  source: string;
}

export interface MineLevelState {
  status: MineStatus;
  since: string | null;
  changes: LevelChange[];
  /** While a level holds: announced on, reviewed every 3 years (复查复核), re-apply 3 months before (第八条). */
  validity: { gradedOn: string; expiresOn: string; reapplyBy: string } | null;
  /** Bars still running on the day asked (until ≥ that day). */
  bars: GradeBar[];
  stoppedSince: string | null;
  dues: DueDate[];
}

const LEVEL_ZH: Record<MineStatus, string> = { level1: '一级', level2: '二级', level3: '三级', revoked: '撤消等级', notCompliant: '不达标', none: '无等级' };
const LEVEL_EN: Record<MineStatus, string> = { level1: 'Level 1', level2: 'Level 2', level3: 'Level 3', revoked: 'revoked', notCompliant: 'not up to standard', none: 'no level' };
export const mineStatusLabel = (status: MineStatus): Bilingual => ({ zh: LEVEL_ZH[status], en: LEVEL_EN[status] });

/** The accident periods of 第五条 一级2/二级2, as the grading form carries them (one source for both). */
const ACCIDENT_PERIODS = (coalMineGradingTemplate.computedVetoes ?? []).flatMap((v) => v.periods);

/** Which row of the grading form's level-event table an event is, if it bars a grade. */
export function levelEventKind(event: MineEvent): LevelEventKind | null {
  switch (event.kind) {
    case 'inspectionFailed':
      return 'inspection-failed';
    case 'downgraded':
      return event.cause === 'extendedSpotCheck' ? 'downgraded-spot-check' : 'downgraded-decline-or-hazard';
    case 'revoked':
      return event.cause === 'extendedSpotCheck' ? 'revoked-spot-check' : 'revoked-decline';
    case 'majorHazard':
      return 'revoked-major-hazard';
    case 'fraud':
      return 'fraud';
    default:
      return null;
  }
}

/** Every bar an event sets, with its last day (running or not). */
export function barsOf(event: MineEvent): GradeBar[] {
  if (event.kind === 'accident' && event.accidentClass) {
    const accidentClass = event.accidentClass;
    return ACCIDENT_PERIODS.filter((p) => p.accidentClass === accidentClass).map((p) => bar(event, p.grade as GradeBar['grade'], p.months, p.source, accidentClass, ACCIDENT_ZH[accidentClass]));
  }
  const rowKind = levelEventKind(event);
  const kind = LEVEL_EVENT_KINDS.find((k) => k.value === rowKind);
  if (!rowKind || !kind) return [];
  return kind.periods.map((p) => bar(event, p.grade, p.months, p.source, rowKind, kind.label.zh));
}

const ACCIDENT_ZH: Record<CoalAccidentClass, string> = { general: '一般事故', larger: '较大事故', major: '重大事故', 'especially-major': '特别重大事故' };

function bar(event: MineEvent, grade: GradeBar['grade'], months: number, source: string, rowKind: GradeBar['rowKind'], what: string): GradeBar {
  // 第十一条(五)'s bars on a Level-1 application after a key spot check (1 year after a downgrade, 2 after a revocation).
  const spotCheck = grade === 'level1' && event.cause === 'extendedSpotCheck' && (event.kind === 'downgraded' || event.kind === 'revoked');
  const until = spotCheck ? level1BarredUntil(event.kind === 'revoked' ? 'revoked' : 'downgraded', event.occurredOn) : periodLastDay(event.occurredOn, months);
  const words = periodWords(months);
  return {
    grade,
    until,
    eventId: event.id,
    rowKind,
    source,
    reason: { zh: `${event.occurredOn}${what}：${words.zh}内不得评定${LEVEL_ZH[grade]}（至${until}）`, en: `${what} on ${event.occurredOn}: no ${LEVEL_EN[grade]} for ${words.en} (to ${until})` },
  };
}

/** The level after one event, and why (第七条、第十一条). */
function apply(status: MineStatus, event: MineEvent): Omit<LevelChange, 'eventId' | 'on' | 'from'> | null {
  const to = (next: MineStatus, zh: string, en: string, source: string) => ({ to: next, reason: { zh, en }, source });
  switch (event.kind) {
    case 'graded':
      return event.level ? to(event.level, `公告确认为${LEVEL_ZH[event.level]}`, `Announced as ${LEVEL_EN[event.level]}`, 'seed004 §A 第七条(五)') : null;
    case 'accident': {
      if (!event.accidentClass || !(status === 'level1' || status === 'level2' || status === 'level3')) return null;
      const after = levelAfterFatalAccident(status, event.accidentClass);
      return { to: after.level, reason: after.reason, source: after.source };
    }
    case 'downgraded':
      return event.level ? to(event.level, `抽查不再达到原等级，降为${LEVEL_ZH[event.level]}`, `Below its level in a spot check: down to ${LEVEL_EN[event.level]}`, downgradeSource(event)) : null;
    case 'revoked':
      return to('revoked', '抽查不再达到原等级，撤消等级', 'Below its level in a spot check: level revoked', downgradeSource(event));
    case 'majorHazard':
      return to('revoked', '存在重大事故隐患且组织生产，撤消等级', 'Producing with a major accident hazard: level revoked', 'seed004 §A 第十一条(一)');
    case 'fraud':
      return to('notCompliant', '自评材料弄虚作假，取消申报资格，认定为不达标煤矿', 'Falsified self-evaluation: application cancelled, found not up to standard', 'seed004 §A 第七条(三)');
    default:
      return null;
  }
}

const downgradeSource = (event: MineEvent) => (event.cause === 'extendedSpotCheck' ? 'seed004 §A 第十一条(五)' : 'seed004 §A 第十一条(一)');

const byDate = (a: MineEvent, b: MineEvent) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0);

/** The mine's level on `asOf` from its events (those dated after it are not yet counted), with its validity, bars and due dates. */
export function mineLevelState(events: readonly MineEvent[], asOf: string): MineLevelState {
  let status = 'none' as MineStatus;
  let since: string | null = null;
  let gradedOn: string | null = null;
  let stoppedSince: string | null = null;
  const changes: LevelChange[] = [];
  const change = (on: string, eventId: string | null, next: Omit<LevelChange, 'eventId' | 'on' | 'from'>) => {
    changes.push({ eventId, on, from: status, ...next });
    status = next.to;
    since = on;
  };
  const stopRevocation = (until: string) => {
    // 第十一条(一): stopped over 6 months → revoked, the day after the 6 months end.
    if (stoppedSince && stoppedOverSixMonths(stoppedSince, until) && status !== 'revoked') {
      const on = nextDay(periodLastDay(stoppedSince, 6));
      change(on, null, { to: 'revoked', reason: { zh: `自${stoppedSince}停产超过6个月，撤消等级`, en: `Stopped since ${stoppedSince} for over 6 months: level revoked` }, source: 'seed004 §A 第十一条(一)' });
    }
  };
  for (const event of [...events].filter((e) => e.occurredOn <= asOf).sort(byDate)) {
    stopRevocation(event.occurredOn);
    if (event.kind === 'stopped') stoppedSince ??= event.occurredOn;
    else if (event.kind === 'resumed') stoppedSince = null;
    const next = apply(status, event);
    if (next) change(event.occurredOn, event.id, next);
    if (event.kind === 'graded' && event.level) gradedOn = event.occurredOn;
  }
  stopRevocation(asOf);
  const holds = status === 'level1' || status === 'level2' || status === 'level3';
  const validity = holds && gradedOn ? { gradedOn, expiresOn: periodLastDay(gradedOn, 36), reapplyBy: periodLastDay(gradedOn, 33) } : null;
  const bars = events.filter((e) => e.occurredOn <= asOf).flatMap(barsOf).filter((b) => b.until >= asOf);
  return { status, since, changes, validity, bars, stoppedSince, dues: duesOf(validity, bars, stoppedSince, status) };
}

function duesOf(validity: MineLevelState['validity'], bars: readonly GradeBar[], stoppedSince: string | null, status: MineStatus): DueDate[] {
  const dues: DueDate[] = [];
  if (validity) {
    dues.push({ on: validity.reapplyBy, kind: 'reapply', label: { zh: '3年期满前3个月重新自评申报', en: 'Re-apply (self-evaluation) 3 months before the 3 years end' }, source: 'seed004 §A 第八条' });
    dues.push({ on: validity.expiresOn, kind: 'review', label: { zh: '等级3年期满，复查复核', en: 'Level’s 3 years end: review' }, source: 'seed004 §A 第八条' });
  }
  for (const b of bars) dues.push({ on: nextDay(b.until), kind: 'barEnds', label: { zh: `可申报${LEVEL_ZH[b.grade]}（${b.reason.zh}）`, en: `${LEVEL_EN[b.grade]} may be applied for (${b.reason.en})` }, source: b.source });
  if (stoppedSince && status !== 'revoked') {
    dues.push({ on: nextDay(periodLastDay(stoppedSince, 6)), kind: 'stopRevokes', label: { zh: '停产超过6个月将撤消等级（恢复生产须重新申请）', en: 'Stopped over 6 months: the level is revoked (re-apply on resuming)' }, source: 'seed004 §A 第十一条(一)' });
  }
  return dues.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
