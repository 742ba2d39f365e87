import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS, findPack } from '../../../shared/rules/packs';
import { judgeStoppage, judgeTemperature } from '../../../shared/side-paths/heat-supply';

const S = 'seed002 客户管理制度11';
const pack = findPack('seed002-doc11-heat-supply')!;
const stoppage = pack.paths!.stoppageNotice!;
const temperature = pack.paths!.roomTemperature!;
const start = '2026-11-22T00:00:00.000Z';
const after = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();

describe(`the heat-supply pack’s side paths (${S} 九(三), 七(一))`, () => {
  it('are in 1.3.0, cited; 1.2.0 stays shipped without them for the complaints graded by it', () => {
    expect(pack.version).toBe('1.3.0');
    expect(stoppage).toMatchObject({ atLeastHours: 8, ways: ['notifyUsers', 'announcement'], roles: ['heat_station'], source: `${S} 九(三)` });
    expect(temperature).toMatchObject({ from: '06:00', to: '21:00', minWithin: 18, minOutside: 16, utcOffsetMinutes: 480, source: `${S} 七(一)、(二)` });
    const older = SHIPPED_PACK_VERSIONS.find((p) => p.id === pack.id && p.version === '1.2.0');
    expect(older?.paths).toBeUndefined();
    expect(older?.recordFields?.map((f) => f.id)).toEqual(['stoppageHours']);
  });

  it('refuses a path naming a role the procedure does not have', () => {
    const bad = { ...pack, paths: { ...pack.paths, stoppageNotice: { ...stoppage, roles: ['boiler_room'] } } };
    expect(rulePackSchema.safeParse(bad).success).toBe(false);
  });

  it.each([
    [0, null],
    [8 * 60 - 1, null],
    [8 * 60, 'hours'],
    [8 * 60 + 1, 'hours'],
  ])('a stoppage of %i minutes makes a notice due: %s (以上 includes 8 h)', (minutes, due) => {
    expect(judgeStoppage(stoppage, { stoppedAt: start, restoredAt: after(minutes), faultStopsSupply: false }, new Date(after(2000)))).toEqual({
      minutes,
      ongoing: false,
      dueBecause: due,
      hoursReachedAt: after(480),
    });
  });

  it('counts an ongoing stoppage to now, and a fault judged by the station makes the notice due at any length', () => {
    expect(judgeStoppage(stoppage, { stoppedAt: start, restoredAt: null, faultStopsSupply: false }, new Date(after(479)))).toMatchObject({ minutes: 479, ongoing: true, dueBecause: null });
    expect(judgeStoppage(stoppage, { stoppedAt: start, restoredAt: null, faultStopsSupply: false }, new Date(after(480)))).toMatchObject({ minutes: 480, dueBecause: 'hours' });
    expect(judgeStoppage(stoppage, { stoppedAt: start, restoredAt: after(30), faultStopsSupply: true }, new Date(after(31)))).toMatchObject({ dueBecause: 'fault' });
    // 8 h reached counts before the fault: the reason shown is the measured one.
    expect(judgeStoppage(stoppage, { stoppedAt: start, restoredAt: after(480), faultStopsSupply: true }, new Date(after(481)))).toMatchObject({ dueBecause: 'hours' });
  });

  it.each([
    ['05:59', 'outside', 16],
    ['06:00', 'within', 18],
    ['12:00', 'within', 18],
    ['21:00', 'within', 18],
    ['21:01', 'outside', 16],
    ['00:00', 'outside', 16],
  ])('an apartment building measured at %s (CST) is in the %s band: at least %i ℃', (clock, band, minimum) => {
    const measuredAt = `2026-11-22T${clock}:00+08:00`;
    const judged = (t: number) => judgeTemperature(temperature, { measuredAt, userType: 'building', temperature: t, contractedMin: null });
    expect(judged(minimum)).toEqual({ band, clock, minimum, met: true });
    expect(judged(minimum - 0.1).met).toBe(false);
  });

  it('holds bungalows and non-residential users to the contract, whatever the hour', () => {
    for (const userType of ['bungalow', 'nonResidential'] as const) {
      expect(judgeTemperature(temperature, { measuredAt: '2026-11-22T12:00:00+08:00', userType, temperature: 15, contractedMin: 15 })).toMatchObject({ band: 'contract', minimum: 15, met: true });
      expect(judgeTemperature(temperature, { measuredAt: '2026-11-22T12:00:00+08:00', userType, temperature: 14.9, contractedMin: 15 }).met).toBe(false);
    }
  });
});
