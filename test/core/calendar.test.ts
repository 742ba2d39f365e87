import { afterEach, describe, expect, it } from 'vitest';
import { calendarReleaseSchema } from '../../shared/calendar/calendar-release';
import { applyCalendarRelease, loadCalendar } from '../../electron/core/calendar/calendar';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '黄德明', content: '巡检踩坏田埂。' };
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const resolutionDue = (c: { grade: { deadlines: { step: string; due: string | null; provisional: boolean }[] } | null }) =>
  c.grade?.deadlines.find((d) => d.step === 'resolution');

describe('site working hours', () => {
  it('a station lead sets them; working-day deadlines end at the new closing time', async () => {
    core = await openTestCore(); // Mon 2026-11-23 10:00 Shanghai; demo site on 篇6 (ordinary: 3 working days)
    const receiver = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, receiver);
    expect(resolutionDue(created)?.due).toBe(sh('2026-11-26T17:30:00'));

    const lead = await core.signIn('wangjg');
    const site = await core.call('site.setWorkingHours', { opens: '08:00', closes: '18:00' }, lead);
    expect(site.workingHours).toEqual({ opens: '08:00', closes: '18:00' });
    const after = await core.call('complaints.get', { id: created.id }, receiver);
    expect(resolutionDue(after)?.due).toBe(sh('2026-11-26T18:00:00'));
    expect((await core.call('rules.calendar', {}, receiver)).workingHours).toEqual({ opens: '08:00', closes: '18:00' });

    const audit = core.context.store.read.prepare("SELECT before, after FROM audit_log WHERE action = 'site.setWorkingHours'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toEqual({ opens: '08:30', closes: '17:30' });
    const outbox = core.context.store.read.prepare("SELECT entity_version FROM outbox WHERE entity = 'site' ORDER BY seq DESC LIMIT 1").get() as { entity_version: number };
    expect(outbox.entity_version).toBe(2);
  });

  it('refuses hours that close before they open, bad times and people without site.manage, changing nothing', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    for (const [input, path] of [
      [{ opens: '18:00', closes: '08:00' }, 'closes'],
      [{ opens: '8:30', closes: '17:30' }, 'opens'],
      [{ opens: '08:30', closes: '24:00' }, 'closes'],
    ] as const) {
      const response = await core.dispatch({ method: 'site.setWorkingHours', session: lead, input });
      expect(response, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path }] } });
    }
    const receiver = await core.signIn('limei');
    expect(await core.dispatch({ method: 'site.setWorkingHours', session: receiver, input: { opens: '08:00', closes: '18:00' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await core.call('site.get', {}, lead)).workingHours).toEqual({ opens: '08:30', closes: '17:30' });
  });
});

describe('head office calendar releases', () => {
  const release2027 = calendarReleaseSchema.parse({
    version: 'ho-2027.1',
    years: [{ year: 2027, holidays: [{ day: '2027-01-01', name: '元旦' }], makeUpWorkdays: [] }],
  });

  it('a deadline beyond the known years is provisional until head office publishes the year, then exact', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-12-31T10:00:00'))); // Thursday
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, session);
    // Counted on weekdays: Fri 1, Mon 4, Tue 5 January.
    expect(resolutionDue(created)).toMatchObject({ due: sh('2027-01-05T17:30:00'), provisional: true });
    expect((await core.call('rules.calendar', {}, session)).coveredYears).not.toContain(2027);

    core.context.store.transaction((tx) => applyCalendarRelease(tx, release2027, core.clock.now()));
    core.context.calendar = loadCalendar(core.context.store.read);
    const after = await core.call('complaints.get', { id: created.id }, session);
    // 1 January is a holiday: Mon 4, Tue 5, Wed 6.
    expect(resolutionDue(after)).toMatchObject({ due: sh('2027-01-06T17:30:00'), provisional: false });
    const calendar = await core.call('rules.calendar', {}, session);
    expect(calendar.coveredYears).toContain(2027);
    expect(calendar.version).toContain('ho-2027.1');
  });

  it('is kept in the store: a restarted core counts with it', async () => {
    core = await openTestCore();
    const dataDir = core.dataDir;
    core.context.store.transaction((tx) => applyCalendarRelease(tx, release2027, core.clock.now()));
    core.close();
    core = await openTestCore({ dataDir });
    expect(core.context.calendar.data.coveredYears).toContain(2027);
    expect(core.context.calendar.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('a second release of the same year replaces it whole', async () => {
    core = await openTestCore();
    const corrected = calendarReleaseSchema.parse({
      version: 'ho-2027.2',
      years: [{ year: 2027, holidays: [{ day: '2027-01-04', name: '测试' }], makeUpWorkdays: [{ day: '2027-01-09', name: '调休' }] }],
    });
    core.context.store.transaction((tx) => applyCalendarRelease(tx, release2027, core.clock.now()));
    core.context.store.transaction((tx) => applyCalendarRelease(tx, corrected, core.clock.now()));
    const days = core.context.store.read.prepare('SELECT day, working, calendar_version FROM calendar_days ORDER BY day').all();
    expect(days).toEqual([
      { day: '2027-01-04', working: 0, calendar_version: 'ho-2027.2' },
      { day: '2027-01-09', working: 1, calendar_version: 'ho-2027.2' },
    ]);
  });

  it('refuses a release whose days are not in the year they are filed under', () => {
    const parsed = calendarReleaseSchema.safeParse({ version: 'x', years: [{ year: 2027, holidays: [{ day: '2028-01-01', name: '元旦' }], makeUpWorkdays: [] }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['years', 0, 'holidays', 0, 'day'] });
  });
});
