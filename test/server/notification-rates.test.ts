import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_NOTIFICATION_PATHS } from '../../shared/sync/console-notifications';
import { CONSOLE_REPORT_PATHS, notificationRatesResponseSchema } from '../../shared/sync/console-reports-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * 通知时效 at head office (issue 16 item 8): each site's "notified within the
 * limit" counts for a period, computed by SQL over site_notifications, on
 * SQLite and (scripts/test-server-pg.mjs) PostgreSQL, with the numbers worked
 * out by hand below. The clock stands at 2026-11-25 08:00 Beijing time.
 */
let server: TestServer;
beforeEach(async () => {
  server = await openTestServer({ now: () => new Date('2026-11-25T00:00:00.000Z') });
});
afterEach(async () => server.close());

const DUE = '2026-11-23T02:20:00.000Z';
function notification(id: string, fields: Record<string, unknown> = {}) {
  return entry({
    entity: 'notification',
    entityId: id,
    entityVersion: 1,
    payload: {
      id,
      complaintId: `c-${id}`,
      serial: 'YY42-20261123-0001',
      obligation: 'dispatch.responsible',
      event: null,
      level: 0,
      notify: [{ zh: '投诉责任人', en: 'Responsible person' }],
      recipients: ['handler'],
      copies: [],
      source: 'seed003 篇5 5.1',
      confirmByPhone: false,
      acknowledgeRequired: true,
      startsAt: '2026-11-23T02:00:00.000Z',
      dueAt: DUE,
      createdAt: '2026-11-23T02:00:00.000Z',
      acknowledgedAt: null,
      version: 1,
      ...fields,
    },
  });
}

describe('notification timeliness per site at head office', () => {
  it('counts each site’s notifications of the period: within the limit, late, not acknowledged, escalated, phone and written follow-ups', async () => {
    const yy = await enrolledSite(server.app, 'YY42');
    const bk = await enrolledSite(server.app, 'BK01');
    const { cookie } = await signedInStaff(server.app);
    const ok = await push(server.app, yy.auth, {
      batchId: 'y1',
      entries: [
        // acknowledged at 02:10, within 02:20; phone asked for and made
        notification('n1', { acknowledgedAt: '2026-11-23T02:10:00.000Z', confirmByPhone: true, phoneConfirmedAt: '2026-11-23T02:05:00.000Z' }),
        // acknowledged at 02:30: late, and it was escalated at 02:20
        notification('n2', { acknowledgedAt: '2026-11-23T02:30:00.000Z', escalatedAt: DUE }),
        // never acknowledged; its written report due the next day came an hour early
        notification('n3', { writtenDueAt: '2026-11-24T02:00:00.000Z', writtenAt: '2026-11-24T01:00:00.000Z' }),
        // a copy: nothing to acknowledge, no limit
        notification('n4', { acknowledgeRequired: false, recipients: [], copies: ['unit_head'], dueAt: null }),
        // addressed to head office, due on the 26th: acknowledged in the console below (before its site merged it)
        notification('n5', { recipients: ['head_office'], dueAt: '2026-11-26T09:30:00.000Z' }),
        // n2's escalation: not counted (the consequence of lateness)
        notification('n6', { level: 1, escalationOf: 'n2', event: 'unacknowledged', startsAt: DUE }),
        // 1 November 01:00 in Beijing (still 31 October in UTC): in November; no limit set, not acknowledged
        notification('n7', { startsAt: '2026-10-31T17:00:00.000Z', dueAt: null }),
        // 31 October 23:59 in Beijing: October, not counted
        notification('n8', { startsAt: '2026-10-31T15:59:00.000Z' }),
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(yy.siteId, 'n5'), headers: { cookie } })).statusCode).toBe(200);
    // BK01: one notification acknowledged late, its phone call not made, its written report a day late
    const late = notification('m1', {
      acknowledgedAt: '2026-11-23T03:00:00.000Z',
      confirmByPhone: true,
      writtenDueAt: '2026-11-24T02:00:00.000Z',
      writtenAt: '2026-11-25T02:00:00.000Z',
    });
    expect((await push(server.app, bk.auth, { batchId: 'b1', entries: [late] })).statusCode).toBe(200);

    const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.notificationRates}?kind=month&key=2026-11`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const body = notificationRatesResponseSchema.parse(response.json());
    expect(body.period).toMatchObject({ kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' });
    const bySite = Object.fromEntries(body.sites.map((s) => [s.code, s.stats]));
    expect(bySite.YY42).toEqual({
      raised: 6, // n1 n2 n3 n4 n5 n7
      acknowledgeRequired: 5, // not the copy n4
      withDue: 4, // n1 n2 n3 n5 (n7 has no limit)
      acknowledgedWithinLimit: 2, // n1, n5 (head office, 25th ≤ 26th)
      acknowledgedLate: 1, // n2
      unacknowledged: 2, // n3, n7
      escalated: 1, // n2
      phoneRequired: 1,
      phoneConfirmed: 1,
      writtenRequired: 1,
      writtenOnTime: 1,
    });
    expect(bySite.BK01).toEqual({
      raised: 1,
      acknowledgeRequired: 1,
      withDue: 1,
      acknowledgedWithinLimit: 0,
      acknowledgedLate: 1,
      unacknowledged: 0,
      escalated: 0,
      phoneRequired: 1,
      phoneConfirmed: 0,
      writtenRequired: 1,
      writtenOnTime: 0,
    });
    expect(body.total).toEqual({
      raised: 7,
      acknowledgeRequired: 6,
      withDue: 5,
      acknowledgedWithinLimit: 2,
      acknowledgedLate: 2,
      unacknowledged: 2,
      escalated: 1,
      phoneRequired: 2,
      phoneConfirmed: 1,
      writtenRequired: 2,
      writtenOnTime: 1,
    });

    // October holds n8 alone; a period not begun is refused; staff only.
    const october = notificationRatesResponseSchema.parse((await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.notificationRates}?kind=month&key=2026-10`, headers: { cookie } })).json());
    expect(october.sites.map((s) => [s.code, s.stats.raised])).toEqual([['YY42', 1]]);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.notificationRates}?kind=month&key=2026-12`, headers: { cookie } })).statusCode).toBe(400);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_REPORT_PATHS.notificationRates}?kind=month&key=2026-11` })).statusCode).toBe(401);
  });
});
