import { newId } from '../../../shared/ids';
import { ApiError } from '../../../shared/api/errors';
import type { MineEventInput, MineLevel, MineEventRow } from '../../../shared/api/mine-level';
import type { User } from '../../../shared/api/users';
import { levelEventKind, mineLevelState, mineStatusLabel, type MineEvent } from '../../../shared/checklists/coal-mine-level';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { ReadDb, WriteDb } from '../db/handles';
import { siteProfile } from '../profiles';
import { recordChange } from '../change-log/change-log';
import { insertMineEvent, mineEvent, mineEventRecord, mineEvents, siteTimeZone, voidMineEvent } from './mine-level-repository';

/**
 * A coal mine's level record (seed004 §A; issue 17): events are entered with
 * their dates and voided, never edited; the level, its validity, the bars on a
 * grade and the due dates are computed from them for the site's today.
 */

/** The form whose organisations keep a level record. */
export const GRADING_FORM = 'coal-mine-grading';

/** Only a site whose organisation fills the coal-mine grading form keeps a level record. */
export function requireMine(db: ReadDb): void {
  if (!siteProfile(db)?.templates.includes(GRADING_FORM)) throw ApiError.because('CONFLICT', 'mineLevel.errors.notAMine');
}

export const siteToday = (db: ReadDb, now: Date) => siteDayOf(now, siteTimeZone(db));

const counted = (events: readonly MineEventRow[]): (MineEvent & MineEventRow)[] => events.filter((e) => !e.voided);

export function mineLevelOf(db: ReadDb, now: Date): MineLevel {
  const events = mineEvents(db);
  const today = siteToday(db, now);
  return { today, events, state: mineLevelState(counted(events), today) };
}

/** Refuses an event the record cannot take, at the field that is wrong. */
function check(db: ReadDb, input: MineEventInput, today: string): void {
  if (input.occurredOn > today) throw ApiError.because('VALIDATION', 'mineLevel.errors.future', { date: input.occurredOn }, 'occurredOn');
  const before = mineLevelState(counted(mineEvents(db)), input.occurredOn);
  if (input.kind === 'downgraded') {
    const held = before.status;
    const lower = held === 'level1' || (held === 'level2' && input.level === 'level3');
    if (!lower) throw ApiError.because('CONFLICT', 'mineLevel.errors.notLower', { level: mineStatusLabel(input.level).zh, held: mineStatusLabel(held).zh }, 'level');
  }
  if (input.kind === 'stopped' && before.stoppedSince) throw ApiError.because('CONFLICT', 'mineLevel.errors.alreadyStopped', { date: before.stoppedSince }, 'occurredOn');
  if (input.kind === 'resumed' && !before.stoppedSince) throw ApiError.because('CONFLICT', 'mineLevel.errors.notStopped', {}, 'occurredOn');
}

export function recordMineEvent(tx: WriteDb, input: MineEventInput, user: User, at: Date): void {
  requireMine(tx);
  check(tx, input, siteToday(tx, at));
  const id = newId();
  insertMineEvent(tx, {
    id,
    kind: input.kind,
    occurredOn: input.occurredOn,
    level: 'level' in input ? input.level : null,
    accidentClass: 'accidentClass' in input ? input.accidentClass : null,
    cause: 'cause' in input ? input.cause : null,
    note: input.note ?? '',
    enteredBy: user.id,
    enteredAt: at.toISOString(),
  });
  const after = mineEventRecord(tx, id);
  recordChange(tx, { userId: user.id, at, action: 'mineLevel.record', entity: 'mine_level_event', entityId: id, entityVersion: 1, before: null, after, syncPayload: after });
}

export function voidEvent(tx: WriteDb, input: { id: string; version: number; reason: string }, user: User, at: Date): void {
  requireMine(tx);
  const event = mineEvent(tx, input.id);
  if (!event) throw ApiError.because('NOT_FOUND', 'mineLevel.errors.noEvent');
  if (event.voided) throw ApiError.because('CONFLICT', 'mineLevel.errors.alreadyVoided', { at: { at: event.voided.at } });
  if (event.version !== input.version) throw ApiError.because('CONFLICT', 'mineLevel.errors.changed');
  const before = mineEventRecord(tx, input.id);
  const version = voidMineEvent(tx, input.id, user.id, at.toISOString(), input.reason);
  const after = mineEventRecord(tx, input.id);
  recordChange(tx, { userId: user.id, at, action: 'mineLevel.void', entity: 'mine_level_event', entityId: input.id, entityVersion: version, before, after, syncPayload: after });
}

/**
 * What the grading form reads from the level record when a self-assessment is
 * started (issue 17: "the grading form reads them"): the fatal accidents with
 * their dates and classes, and the dated level events whose bars the form
 * computes to its assessment date. Rows only, never a verdict: the form still
 * counts the periods, and its filler can add an event the record lacks.
 */
export function gradingPrefill(db: ReadDb, template: { id: string; sections: { items: { id: string }[] }[] }): Record<string, unknown> {
  const items = new Set(template.sections.flatMap((s) => s.items.map((i) => i.id)));
  if (template.id !== GRADING_FORM || !items.has('level-events') || !siteProfile(db)?.templates.includes(GRADING_FORM)) return {};
  const events = counted(mineEvents(db));
  const accidents = events.filter((e) => e.kind === 'accident' && e.accidentClass);
  const levelEvents = events.map((e) => ({ event: e, kind: levelEventKind(e) })).filter((x) => x.kind !== null);
  const answers: Record<string, unknown> = {};
  if (accidents.length) {
    answers['had-fatal-accident'] = true;
    answers['fatal-accidents'] = accidents.map((e) => ({ id: `record-${e.id}`, date: e.occurredOn, class: e.accidentClass }));
  }
  if (levelEvents.length) {
    answers['level-events'] = levelEvents.map(({ event, kind }) => ({ id: `record-${event.id}`, date: event.occurredOn, kind, note: event.note }));
  }
  return answers;
}
