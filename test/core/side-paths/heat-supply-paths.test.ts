import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api/contract';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from '../procedure/routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度11';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A moment `ms` before the test clock's now. */
const ago = (ms: number) => new Date(core.clock.now().getTime() - ms).toISOString();

async function heat() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('heat-supply');
  await d.map('zhaoli', ['dispatch_room']);
  await d.map('zhangwei', ['heat_station']);
  await d.map('limei', ['repair_department']);
  const c = await d.create('zhaoli', { content: '小区停热，家里冰凉。' });
  return { d, c };
}

type StoppageInput = ApiInput<'heatSupply.saveStoppage'>;
const save = async (login: string, input: StoppageInput) => core.call('heatSupply.saveStoppage', input, await core.signIn(login));
const refused = async (login: string, method: 'heatSupply.saveStoppage' | 'heatSupply.recordMeasurement', input: unknown) => {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`expected ${method} by ${login} to be refused`);
  return response.error;
};
const stoppage = (complaintId: string, stoppedAt: string, restoredAt: string | null, change: Partial<StoppageInput> = {}): StoppageInput => ({
  complaintId,
  version: 0,
  stoppedAt,
  restoredAt,
  faultStopsSupply: false,
  notice: null,
  ...change,
});

describe(`停热通知: a stoppage of 8 hours or more is announced to the users (${S} 九(三))`, () => {
  it('computes the length from the start and the restoration: 7 h 59 min needs no notice, 8 h exactly and 8 h 1 min do', async () => {
    const { c } = await heat();
    const start = ago(20 * HOUR);
    const at = (ms: number) => new Date(Date.parse(start) + ms).toISOString();
    for (const [length, due] of [
      [8 * HOUR - MINUTE, null],
      [8 * HOUR, 'hours'],
      [8 * HOUR + MINUTE, 'hours'],
    ] as const) {
      const records = await save('zhangwei', stoppage(c.id, start, at(length)));
      const saved = records.stoppages.at(-1)!;
      expect(saved).toMatchObject({ minutes: length / MINUTE, ongoing: false, dueBecause: due, atLeastHours: 8, hoursReachedAt: at(8 * HOUR) });
      expect(saved.source).toBe(`${S} 九(三)`);
    }
  });

  it('counts a stoppage still going on up to now: not due at 7 h 59 min, due a minute later', async () => {
    const { c } = await heat();
    const records = await save('zhangwei', stoppage(c.id, ago(8 * HOUR - MINUTE), null));
    expect(records.stoppages[0]).toMatchObject({ ongoing: true, minutes: 8 * 60 - 1, dueBecause: null });
    core.clock.advance(MINUTE);
    const later = await core.call('heatSupply.get', { complaintId: c.id }, await core.signIn('zhangwei'));
    expect(later.stoppages[0]).toMatchObject({ ongoing: true, minutes: 8 * 60, dueBecause: 'hours' });
  });

  it('makes a notice due whatever the length when the station judges a fault stops normal supply (the source’s own judgement)', async () => {
    const { c } = await heat();
    const records = await save('zhangwei', stoppage(c.id, ago(2 * HOUR), ago(HOUR), { faultStopsSupply: true }));
    expect(records.stoppages[0]).toMatchObject({ minutes: 60, dueBecause: 'fault' });
  });

  it('records the notice (when, how, to whom, by whom), then the restoration at the version seen; a stale version and removing the notice are refused', async () => {
    const { c } = await heat();
    const notice = { at: ago(HOUR), way: 'announcement' as const, to: '3号楼全体住户' };
    let records = await save('zhangwei', stoppage(c.id, ago(10 * HOUR), null, { notice }));
    const first = records.stoppages[0]!;
    expect(first).toMatchObject({ version: 1, ongoing: true, dueBecause: 'hours', notice: { ...notice, byName: '张伟' }, recordedByName: '张伟' });
    records = await save('zhangwei', stoppage(c.id, first.stoppedAt, ago(MINUTE), { stoppageId: first.id, version: 1, notice }));
    expect(records.stoppages).toHaveLength(1);
    expect(records.stoppages[0]).toMatchObject({ version: 2, ongoing: false, notice: { way: 'announcement', byName: '张伟' } });
    expect(await refused('zhangwei', 'heatSupply.saveStoppage', stoppage(c.id, first.stoppedAt, null, { stoppageId: first.id, version: 1, notice }))).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'sidePaths.errors.changedMeanwhile' },
    });
    expect(await refused('zhangwei', 'heatSupply.saveStoppage', stoppage(c.id, first.stoppedAt, null, { stoppageId: first.id, version: 2 }))).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'sidePaths.errors.noticeStays' },
    });
    const audit = core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'heatSupply.saveStoppage'").get() as { n: number };
    const outbox = core.context.store.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'heat_stoppage'").get() as { n: number };
    expect([audit.n, outbox.n]).toEqual([2, 2]);
  });

  it('refuses a restoration before the stop, a way the source does not name, and a post the route does not name, saying who may', async () => {
    const { c } = await heat();
    expect(await refused('zhangwei', 'heatSupply.saveStoppage', stoppage(c.id, ago(HOUR), ago(HOUR)))).toMatchObject({ code: 'VALIDATION', reason: { key: 'sidePaths.errors.restoredBeforeStopped' } });
    expect(await refused('zhangwei', 'heatSupply.saveStoppage', { ...stoppage(c.id, ago(9 * HOUR), null), notice: { at: ago(HOUR), way: 'sms', to: '住户' } })).toMatchObject({ code: 'VALIDATION' });
    expect(await refused('limei', 'heatSupply.saveStoppage', stoppage(c.id, ago(9 * HOUR), null))).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '供热站', source: `${S} 九(三)` } },
    });
  });

  it('is not offered where the site’s pack names no stoppage notice', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    const c = await d.create('limei');
    const records = await core.call('heatSupply.get', { complaintId: c.id }, await core.signIn('wangjg'));
    expect(records).toEqual({ offers: { stoppageNotice: false, roomTemperature: false }, stoppages: [], measurements: [] });
    expect(await refused('wangjg', 'heatSupply.saveStoppage', stoppage(c.id, ago(9 * HOUR), null))).toMatchObject({ code: 'CONFLICT', reason: { key: 'sidePaths.errors.stoppageNotInPack' } });
  });
});

describe(`室温标准: the band is chosen from the measuring time (${S} 七(一)、(二))`, () => {
  const reading = (complaintId: string, measuredAt: string, temperature: number, change: Partial<ApiInput<'heatSupply.recordMeasurement'>> = {}) => ({
    complaintId,
    measuredAt,
    userType: 'building' as const,
    temperature,
    contractedMin: null,
    ...change,
  });
  const last = async (input: ApiInput<'heatSupply.recordMeasurement'>) => (await core.call('heatSupply.recordMeasurement', input, await core.signIn('zhangwei'))).measurements.at(-1)!;

  it('holds an apartment building to 18 ℃ from 06:00 to 21:00 (both minutes included) and to 16 ℃ at 05:59 and from 21:01, China Standard Time', async () => {
    const { c } = await heat();
    const day = '2026-11-22T';
    expect(await last(reading(c.id, `${day}05:59:00+08:00`, 16))).toMatchObject({ band: 'outside', clock: '05:59', minimum: 16, met: true });
    expect(await last(reading(c.id, `${day}05:59:00+08:00`, 15.9))).toMatchObject({ band: 'outside', minimum: 16, met: false });
    expect(await last(reading(c.id, `${day}06:00:00+08:00`, 17.9))).toMatchObject({ band: 'within', clock: '06:00', minimum: 18, met: false });
    expect(await last(reading(c.id, `${day}06:00:00+08:00`, 18))).toMatchObject({ band: 'within', minimum: 18, met: true });
    expect(await last(reading(c.id, `${day}21:00:00+08:00`, 17.9))).toMatchObject({ band: 'within', clock: '21:00', minimum: 18, met: false });
    expect(await last(reading(c.id, `${day}21:01:00+08:00`, 16))).toMatchObject({ band: 'outside', clock: '21:01', minimum: 16, met: true });
    // The same instant written in UTC is read on China Standard Time.
    expect(await last(reading(c.id, '2026-11-22T22:00:00Z', 17))).toMatchObject({ band: 'within', clock: '06:00', met: false, source: `${S} 七(一)、(二)` });
  });

  it('holds a bungalow and a non-residential user to the contracted minimum, which they must give and a building may not', async () => {
    const { c } = await heat();
    expect(await last(reading(c.id, '2026-11-22T12:00:00+08:00', 14, { userType: 'bungalow', contractedMin: 14 }))).toMatchObject({ band: 'contract', minimum: 14, met: true });
    expect(await last(reading(c.id, '2026-11-22T12:00:00+08:00', 13.9, { userType: 'nonResidential', contractedMin: 14 }))).toMatchObject({ band: 'contract', met: false });
    expect(await refused('zhangwei', 'heatSupply.recordMeasurement', reading(c.id, '2026-11-22T12:00:00+08:00', 14, { userType: 'bungalow' }))).toMatchObject({
      reason: { key: 'sidePaths.errors.contractRequired' },
    });
    expect(await refused('zhangwei', 'heatSupply.recordMeasurement', reading(c.id, '2026-11-22T12:00:00+08:00', 18, { contractedMin: 16 }))).toMatchObject({
      reason: { key: 'sidePaths.errors.contractNotForBuilding' },
    });
    expect(() => core.context.store.read.prepare('DELETE FROM heat_room_measurements').run()).toThrow(/append-only/);
  });
});
