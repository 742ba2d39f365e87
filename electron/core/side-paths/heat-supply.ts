import { ApiError } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { HeatSupplyRecords, Measurement, Stoppage } from '../../../shared/api/heat-supply';
import type { User } from '../../../shared/api/users';
import { newId } from '../../../shared/ids';
import { judgeStoppage, judgeTemperature, type HeatUserType, type NoticeWay } from '../../../shared/side-paths/heat-supply';
import type { SidePaths } from '../../../shared/rules/side-paths-schema';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { complaintRow } from '../complaints/complaint-actor';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { insertMeasurement, insertStoppage, measurementsOf, stoppageById, stoppagesOf, updateStoppage, type StoppageRow } from './heat-supply-repository';
import { requirePathActor } from './path-actor';

/**
 * The heat-supply company's side paths on a complaint (issue 23 item 3): a stoppage with the notice of
 * seed002 客户管理制度11 九(三), and a room temperature measured against the band of 七(一) chosen from its time.
 * Each write is the record, its audit row and its outbox row in one transaction (entity `heat_stoppage`,
 * `heat_room_measurement`).
 */

type Paths = SidePaths | undefined;

function toStoppage(row: ReturnType<typeof stoppagesOf>[number], path: NonNullable<SidePaths['stoppageNotice']>, now: Date): Stoppage {
  const judged = judgeStoppage(path, { stoppedAt: row.stopped_at, restoredAt: row.restored_at, faultStopsSupply: row.fault_stops_supply === 1 }, now);
  const notice = row.notice_at ? { at: row.notice_at, way: row.notice_way as NoticeWay, to: row.notice_to ?? '', byName: row.notice_by_name ?? '' } : null;
  return {
    id: row.id,
    version: row.version,
    stoppedAt: row.stopped_at,
    restoredAt: row.restored_at,
    faultStopsSupply: row.fault_stops_supply === 1,
    ...judged,
    atLeastHours: path.atLeastHours,
    notice,
    recordedByName: row.recorded_by_name,
    source: path.source,
  };
}

function toMeasurement(row: ReturnType<typeof measurementsOf>[number], path: NonNullable<SidePaths['roomTemperature']>): Measurement {
  const reading = { measuredAt: row.measured_at, userType: row.user_type as HeatUserType, temperature: row.temperature, contractedMin: row.contracted_min };
  return { id: row.id, ...reading, ...judgeTemperature(path, reading), recordedByName: row.recorded_by_name, source: path.source };
}

/** The case's stoppages and readings, judged by the pack version it is graded by (none where the pack offers no path). */
export function heatSupplyOf(db: ReadDb, complaintId: string, siteEnv: GradingEnv | null, now: Date): HeatSupplyRecords {
  const row = complaintRow(db, complaintId);
  const paths: Paths = recordGradingEnv(db, row, siteEnv)?.pack.paths;
  const stop = paths?.stoppageNotice;
  const temp = paths?.roomTemperature;
  return {
    offers: { stoppageNotice: !!stop, roomTemperature: !!temp },
    stoppages: stop ? stoppagesOf(db, complaintId).map((r) => toStoppage(r, stop, now)) : [],
    measurements: temp ? measurementsOf(db, complaintId).map((r) => toMeasurement(r, temp)) : [],
  };
}

function stoppageRowOf(input: ApiParsedInput<'heatSupply.saveStoppage'>, before: StoppageRow | undefined, user: User, at: string): StoppageRow {
  const notice = input.notice;
  const sameNotice = before?.notice_at === notice?.at && before?.notice_way === notice?.way && before?.notice_to === notice?.to;
  return {
    id: before?.id ?? newId(),
    complaint_id: input.complaintId,
    version: (before?.version ?? 0) + 1,
    stopped_at: new Date(input.stoppedAt).toISOString(),
    restored_at: input.restoredAt === null ? null : new Date(input.restoredAt).toISOString(),
    fault_stops_supply: input.faultStopsSupply ? 1 : 0,
    notice_at: notice ? new Date(notice.at).toISOString() : null,
    notice_way: notice?.way ?? null,
    notice_to: notice?.to ?? null,
    notice_by: notice ? (sameNotice && before?.notice_by ? before.notice_by : user.id) : null,
    recorded_by: before?.recorded_by ?? user.id,
    recorded_at: before?.recorded_at ?? at,
    updated_at: at,
  };
}

/** 九(三): records a stoppage, or updates one (restored, notice given) at the version seen; a notice once recorded stays. */
export function saveStoppage(tx: WriteDb, input: ApiParsedInput<'heatSupply.saveStoppage'>, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const env = recordGradingEnv(tx, row, siteEnv);
  const path = env?.pack.paths?.stoppageNotice;
  if (!path) throw ApiError.because('CONFLICT', 'sidePaths.errors.stoppageNotInPack');
  requirePathActor(tx, row, user, env, path);
  if (input.restoredAt !== null && Date.parse(input.restoredAt) <= Date.parse(input.stoppedAt)) throw ApiError.because('VALIDATION', 'sidePaths.errors.restoredBeforeStopped', undefined, 'restoredAt');
  if (input.notice && !path.ways.includes(input.notice.way)) throw ApiError.because('VALIDATION', 'sidePaths.errors.noticeWayNotInPack', { source: path.source }, 'notice.way');
  const before = input.stoppageId ? stoppageById(tx, input.stoppageId) : undefined;
  if (input.stoppageId && (!before || before.complaint_id !== input.complaintId)) throw ApiError.because('NOT_FOUND', 'sidePaths.errors.stoppageNotFound');
  if ((before?.version ?? 0) !== input.version) throw ApiError.because('CONFLICT', 'sidePaths.errors.changedMeanwhile');
  if (before?.notice_at && !input.notice) throw ApiError.because('CONFLICT', 'sidePaths.errors.noticeStays', undefined, 'notice');
  const next = stoppageRowOf(input, before, user, at.toISOString());
  if (before) updateStoppage(tx, next, input.version);
  else insertStoppage(tx, next);
  recordChange(tx, { userId: user.id, at, action: 'heatSupply.saveStoppage', entity: 'heat_stoppage', entityId: next.id, entityVersion: next.version, before: before ?? null, after: next, syncPayload: next });
}

/** 七(一): a room temperature measured for the case; 平房 and 非居民 need the contracted minimum, a building none. */
export function recordMeasurement(tx: WriteDb, input: ApiParsedInput<'heatSupply.recordMeasurement'>, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const env = recordGradingEnv(tx, row, siteEnv);
  const path = env?.pack.paths?.roomTemperature;
  if (!path) throw ApiError.because('CONFLICT', 'sidePaths.errors.temperatureNotInPack');
  requirePathActor(tx, row, user, env, { roles: env?.pack.paths?.stoppageNotice?.roles, source: path.source });
  const building = input.userType === 'building';
  if (building && input.contractedMin !== null) throw ApiError.because('VALIDATION', 'sidePaths.errors.contractNotForBuilding', { source: path.source }, 'contractedMin');
  if (!building && input.contractedMin === null) throw ApiError.because('VALIDATION', 'sidePaths.errors.contractRequired', { source: path.source }, 'contractedMin');
  const next = {
    id: newId(),
    complaint_id: input.complaintId,
    measured_at: new Date(input.measuredAt).toISOString(),
    user_type: input.userType,
    temperature: input.temperature,
    contracted_min: input.contractedMin,
    recorded_by: user.id,
    recorded_at: at.toISOString(),
  };
  insertMeasurement(tx, next);
  recordChange(tx, { userId: user.id, at, action: 'heatSupply.recordMeasurement', entity: 'heat_room_measurement', entityId: next.id, entityVersion: 1, before: null, after: next, syncPayload: next });
}
