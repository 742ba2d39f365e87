import { afterEach, describe, expect, it } from 'vitest';
import { remindFrom, stepOn } from '../../electron/core/notifications/report-reminders';
import { startEscalationTimer } from '../../electron/core/notifications';
import { openSiteWithPack } from '../support/notification-site';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Due-date reminders of the narrative reports (issue 16 item 7) on the core's
 * fake clock. The insurance branch's monthly analysis (seed003 篇5 4.5.6) is
 * due by the 10th of the next month and signed by the station lead (王建国).
 * November 2026's report is due Thursday 2026-12-10; with the default of 3
 * working days the lead is reminded from Tuesday 12-08 (Tue, Wed, Thu).
 */
let core: TestCore;
afterEach(() => core?.close());

const KIND = 'insurance-p5-monthly-analysis-report';
const november = { kind: 'month' as const, key: '2026-11' };
/** Shanghai wall-clock time. */
const at = (local: string) => core.clock.set(new Date(`${local}+08:00`));
const reminders = async (login = 'wangjg', show: 'open' | 'all' = 'open') => (await core.call('notifications.reportReminders', { show }, await core.signIn(login))).items;
const reminderRows = () => (core.context.store.read.prepare('SELECT kind_id, period_key, step, recipient, closed_at FROM report_reminders ORDER BY raised_at, step').all() as { period_key: string; step: string; closed_at: string | null }[]);

describe('narrative report reminders', () => {
  it('reminds the signer once when the report is due within 3 working days, again once overdue, and no more after it is issued', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    at('2026-12-07T09:00:00'); // Monday: four working days before the 10th
    expect(core.remindReports()).toBe(0);
    expect(await reminders()).toEqual([]);

    at('2026-12-08T09:00:00');
    expect(core.remindReports()).toBe(1);
    expect(core.remindReports()).toBe(0); // the timer's next turn
    const [soon] = await reminders();
    expect(soon).toMatchObject({
      kindId: KIND,
      title: { zh: '月度投诉处理分析报告' },
      period: { kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' },
      step: 'dueSoon',
      dueDate: '2026-12-10',
      recipient: 'station_lead',
      signer: { zh: '分支机构负责人' },
      source: 'seed003 篇5 4.5.6 每月10日前',
      canAcknowledge: true,
    });
    // Only the signer role is told: the call centre (the report's recipient) is not.
    expect(await reminders('zhaoli')).toEqual([]);
    expect(await core.call('notifications.summary', {}, await core.signIn('wangjg'))).toEqual({ unread: 1, overdue: 0 });

    // A restart on the same store: the timer's first turn raises nothing again.
    core.close();
    core = await openTestCore({ demo: false, dataDir: core.dataDir });
    at('2026-12-10T17:00:00');
    expect(core.remindReports()).toBe(0);

    at('2026-12-11T08:00:00'); // the 10th has passed, not issued
    expect(core.remindReports()).toBe(1);
    expect(core.remindReports()).toBe(0);
    expect((await reminders()).map((r) => r.step)).toEqual(['overdue', 'dueSoon']);
    expect(await core.call('notifications.summary', {}, await core.signIn('wangjg'))).toEqual({ unread: 2, overdue: 1 });

    const lead = await core.signIn('wangjg');
    const { id } = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: november, sections: { focus: '理赔时效', causes: '资料不全', solutions: '一次性告知' } }, lead);
    await core.call('narrativeReports.issue', { id }, lead);
    expect(await reminders()).toEqual([]);
    expect(reminderRows().every((r) => r.closed_at === '2026-12-11T00:00:00.000Z')).toBe(true);
    expect((await reminders('wangjg', 'all')).map((r) => [r.step, r.canAcknowledge])).toEqual([['overdue', false], ['dueSoon', false]]);
    at('2026-12-14T09:00:00');
    expect(core.remindReports()).toBe(0);
    expect(reminderRows()).toHaveLength(2);
    expect(await core.call('notifications.summary', {}, await core.signIn('wangjg'))).toEqual({ unread: 0, overdue: 0 });
  });

  it('an overdue report gets the overdue reminder alone when the app was not running in the days before', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    at('2026-12-15T09:00:00');
    expect(core.remindReports()).toBe(1);
    expect(reminderRows()).toMatchObject([{ kind_id: KIND, period_key: '2026-11', step: 'overdue', recipient: 'station_lead' }]);
  });

  it('acknowledging takes a reminder off the signer’s list; only the signer role may, once', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    at('2026-12-09T09:00:00');
    core.remindReports();
    const [soon] = await reminders();
    const refused = await core.dispatch({ method: 'notifications.acknowledgeReminder', input: { id: soon!.id, version: soon!.version }, session: await core.signIn('zhaoli') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const done = await core.call('notifications.acknowledgeReminder', { id: soon!.id, version: soon!.version }, await core.signIn('wangjg'));
    expect(done).toMatchObject({ acknowledgedAt: '2026-12-09T01:00:00.000Z', acknowledgedByName: '王建国', canAcknowledge: false, version: 2 });
    expect(await reminders()).toEqual([]);
    const again = await core.dispatch({ method: 'notifications.acknowledgeReminder', input: { id: soon!.id, version: 2 }, session: await core.signIn('wangjg') });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { key: 'notifications.errors.reminderDone' } } });
  });

  it('follows the site’s working days: more days remind earlier, none leaves only the overdue reminder', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    const settings = await core.call('notifications.settings', {}, await core.signIn('wangjg'));
    expect(settings.reportReminderWorkingDays).toBe(3);
    const five = await core.call('notifications.setSettings', { ...settings, reportReminderWorkingDays: 5 }, await core.signIn('wangjg'));
    at('2026-12-04T09:00:00'); // Friday: Fri, Mon, Tue, Wed, Thu = 5 working days to the 10th
    expect(core.remindReports()).toBe(1);
    await core.call('notifications.setSettings', { ...five, reportReminderWorkingDays: null }, await core.signIn('wangjg'));
    // December's report, due Sunday 2027-01-10: no early reminder any more, the overdue one on the 11th.
    at('2027-01-08T09:00:00');
    expect(core.remindReports()).toBe(0);
    at('2027-01-11T09:00:00');
    expect(core.remindReports()).toBe(1);
    expect(reminderRows().map((r) => [r.period_key, r.step])).toEqual([
      ['2026-11', 'dueSoon'],
      ['2026-12', 'overdue'],
    ]);
  });

  it('raises nothing for kinds whose source sets no due day (seed003 篇6 第三十八条: 定期编制)', async () => {
    core = await openSiteWithPack('sichuan-group-p6');
    for (const day of ['2026-12-01', '2026-12-09', '2026-12-31', '2027-01-20']) {
      at(`${day}T09:00:00`);
      expect(core.remindReports()).toBe(0);
    }
  });

  it('counts back over holidays and make-up working days (National Day 2026; 10 October is a working Saturday)', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    const calendar = core.context.calendar;
    // September's report, due Saturday 10-10 (a make-up working day): 10, 9, 8 October.
    expect(remindFrom('2026-10-10', 3, calendar)).toBe('2026-10-08');
    // Five days reach back over 1–7 October to 30 and 29 September.
    expect(remindFrom('2026-10-10', 5, calendar)).toBe('2026-09-29');
    // November's report, due Thursday 12-10.
    expect(remindFrom('2026-12-10', 1, calendar)).toBe('2026-12-10');
    expect(stepOn('2026-12-07', '2026-12-10', 3, calendar)).toBeNull();
    expect(stepOn('2026-12-08', '2026-12-10', 3, calendar)).toBe('dueSoon');
    expect(stepOn('2026-12-10', '2026-12-10', null, calendar)).toBeNull();
    expect(stepOn('2026-12-11', '2026-12-10', null, calendar)).toBe('overdue');
  });
});

describe('the notification timer', () => {
  it('raises the reminders on its first turn after start-up, and not again on later turns', async () => {
    core = await openSiteWithPack('insurance-branch-p5');
    at('2026-12-09T09:00:00');
    const stop = startEscalationTimer(core.context, 20);
    try {
      await new Promise((resolve) => setTimeout(resolve, 120)); // the first turn and several more
      expect(reminderRows()).toMatchObject([{ step: 'dueSoon', period_key: '2026-11' }]);
    } finally {
      stop();
    }
  });
});
