import type { SidePaths } from '../rules/side-paths-schema';

type StoppageNotice = NonNullable<SidePaths['stoppageNotice']>;
type RoomTemperature = NonNullable<SidePaths['roomTemperature']>;

export const HEAT_USER_TYPES = ['building', 'bungalow', 'nonResidential'] as const;
export type HeatUserType = (typeof HEAT_USER_TYPES)[number];
export const NOTICE_WAYS = ['notifyUsers', 'announcement'] as const;
export type NoticeWay = (typeof NOTICE_WAYS)[number];

export interface StoppageJudgement {
  /** Whole minutes from the stop to the restoration, or to `now` while the heat is still off. */
  minutes: number;
  ongoing: boolean;
  /** Why a notice is due: the length reached the pack's hours, or the station judged a fault; null = not due (yet). */
  dueBecause: 'hours' | 'fault' | null;
  /** The moment the length reached the pack's hours (whether or not it has come). */
  hoursReachedAt: string;
}

/**
 * 九(三) 停热八小时以上: the length counted from the stop to the restoration (or now), the notice due when it
 * reaches the pack's hours — 以上 includes the number itself (民法典 第一千二百五十九条), so exactly 8 h is due
 * and 7 h 59 min is not — or when the station judged a fault to stop normal supply, whatever the length.
 */
export function judgeStoppage(path: StoppageNotice, stoppage: { stoppedAt: string; restoredAt: string | null; faultStopsSupply: boolean }, now: Date): StoppageJudgement {
  const from = Date.parse(stoppage.stoppedAt);
  const to = stoppage.restoredAt === null ? now.getTime() : Date.parse(stoppage.restoredAt);
  const minutes = Math.max(0, Math.floor((to - from) / 60_000));
  const threshold = path.atLeastHours * 60;
  const dueBecause = minutes >= threshold ? 'hours' : stoppage.faultStopsSupply ? 'fault' : null;
  return { minutes, ongoing: stoppage.restoredAt === null, dueBecause, hoursReachedAt: new Date(from + threshold * 60_000).toISOString() };
}

export interface TemperatureJudgement {
  /** The band the measuring time falls in (apartment buildings), or the contract (other users). */
  band: 'within' | 'outside' | 'contract';
  /** The measuring time on the pack's clock, hh:mm. */
  clock: string;
  minimum: number;
  met: boolean;
}

function clockAt(path: RoomTemperature, at: string): string {
  const minuteOfDay = (((Math.floor(Date.parse(at) / 60_000) + path.utcOffsetMinutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/**
 * 七(一): an apartment building's room is held to `minWithin` when measured from `from` to `to` (the minute of
 * 21:00 included, 21:01 is 其它时间) and to `minOutside` otherwise; a bungalow (平房, whose number the source
 * leaves blank) and a non-residential user (七(二)) to the contracted minimum.
 */
export function judgeTemperature(
  path: RoomTemperature,
  reading: { measuredAt: string; userType: HeatUserType; temperature: number; contractedMin: number | null },
): TemperatureJudgement {
  const clock = clockAt(path, reading.measuredAt);
  if (reading.userType !== 'building') {
    const minimum = reading.contractedMin ?? Number.NaN;
    return { band: 'contract', clock, minimum, met: reading.temperature >= minimum };
  }
  const within = clock >= path.from && clock <= path.to;
  const minimum = within ? path.minWithin : path.minOutside;
  return { band: within ? 'within' : 'outside', clock, minimum, met: reading.temperature >= minimum };
}
