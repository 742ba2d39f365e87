import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_NOTIFICATION_PATHS, notificationsResponseSchema } from '../../shared/sync/console-notifications';
import { PATHS, pullResponseSchema } from '../../shared/sync/protocol';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer({ now: () => new Date('2026-11-23T03:00:00.000Z') });
});
afterEach(async () => server.close());

/** A notification as a site pushes it (electron/core/notifications/notification-records.ts). */
function notification(id: string, version: number, fields: Record<string, unknown> = {}) {
  return entry({
    entity: 'notification',
    entityId: id,
    entityVersion: version,
    payload: {
      id,
      complaintId: 'c-1',
      serial: 'YY42-20261123-0001',
      obligation: 'major.closed.head-office',
      event: 'closed',
      level: 0,
      notify: [{ zh: '总公司（报备处理方案）', en: 'Head office (the handling plan filed)' }],
      recipients: ['head_office'],
      copies: [],
      source: 'seed003 篇5 4.5.5',
      confirmByPhone: false,
      acknowledgeRequired: true,
      startsAt: '2026-11-23T02:00:00.000Z',
      dueAt: '2026-11-26T09:30:00.000Z',
      createdAt: '2026-11-23T02:00:00.000Z',
      acknowledgedAt: null,
      version,
      ...fields,
    },
  });
}

async function list(cookie: string, query = '') {
  const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_NOTIFICATION_PATHS.list}${query}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return notificationsResponseSchema.parse(response.json());
}

describe('notifications at head office', () => {
  it('keeps each pushed notification’s latest version, lists head office’s inbox, and acknowledges one back to its site', async () => {
    const site = await enrolledSite(server.app, 'YY42');
    const { cookie } = await signedInStaff(server.app);
    const toSite = notification('n-site', 1, { recipients: ['unit_head'], obligation: 'major.department' });
    expect((await push(server.app, site.auth, { batchId: 'b1', entries: [notification('n-ho', 1), toSite] })).statusCode).toBe(200);

    const inbox = await list(cookie);
    expect(inbox.rows.map((r) => [r.id, r.siteCode, r.toHeadOffice, r.canAcknowledge])).toEqual([['n-ho', 'YY42', true, true]]);
    expect(inbox.open).toBe(1);
    expect((await list(cookie, '?scope=all')).rows.map((r) => r.id).sort()).toEqual(['n-ho', 'n-site']);
    expect((await list(cookie, '?scope=all&state=overdue')).rows).toEqual([]); // due on the 26th

    // Only what is addressed to head office is acknowledged here.
    const notMine = await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(site.siteId, 'n-site'), headers: { cookie } });
    expect(notMine.statusCode).toBe(403);
    const unknown = await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(site.siteId, 'nope'), headers: { cookie } });
    expect(unknown.statusCode).toBe(404);

    const ack = await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(site.siteId, 'n-ho'), headers: { cookie } });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ notification: { acknowledgedAt: '2026-11-23T03:00:00.000Z', acknowledgedByName: '张总部', acknowledgedAtHeadOffice: true, canAcknowledge: false } });
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(site.siteId, 'n-ho'), headers: { cookie } })).statusCode).toBe(409);
    expect((await list(cookie)).rows).toEqual([]);

    // The site pulls it as a remark on the notification.
    const pulled = pullResponseSchema.parse((await server.app.inject({ method: 'GET', url: `${PATHS.pull}?cursor=0`, headers: site.auth })).json());
    expect(pulled.items.map((i) => [i.kind, i.body])).toEqual([
      ['remark', { entity: 'notification', entityId: 'n-ho', basedOnVersion: 1, fields: { headOfficeAcknowledgement: { at: '2026-11-23T03:00:00.000Z', by: '张总部' } }, author: '张总部' }],
    ]);

    // A later version from the site (escalated there meanwhile) updates the site's fields, never head office's acknowledgement; an older one changes nothing.
    await push(server.app, site.auth, { batchId: 'b2', entries: [notification('n-ho', 3, { escalatedAt: '2026-11-26T09:30:00.000Z' })] });
    await push(server.app, site.auth, { batchId: 'b3', entries: [notification('n-ho', 2, { serial: 'stale' })] });
    const [row] = (await list(cookie, '?state=all')).rows;
    expect(row).toMatchObject({ escalatedAt: '2026-11-26T09:30:00.000Z', serial: 'YY42-20261123-0001', acknowledgedAtHeadOffice: true, acknowledgedByName: '张总部' });
  });

  it('lists overdue ones of every site, filtered by site, and needs a session', async () => {
    const one = await enrolledSite(server.app, 'YY42');
    const two = await enrolledSite(server.app, 'BJ01');
    const { cookie } = await signedInStaff(server.app);
    await push(server.app, one.auth, { batchId: 'a', entries: [notification('late', 1, { dueAt: '2026-11-23T02:20:00.000Z', recipients: ['handler'] })] });
    await push(server.app, two.auth, { batchId: 'b', entries: [notification('done', 2, { recipients: ['handler'], acknowledgedAt: '2026-11-23T02:05:00.000Z', acknowledgedByName: '张伟' })] });
    expect((await list(cookie, '?scope=all&state=overdue')).rows.map((r) => [r.id, r.overdue])).toEqual([['late', true]]);
    expect((await list(cookie, `?scope=all&state=all&siteId=${two.siteId}`)).rows.map((r) => [r.id, r.acknowledgedByName])).toEqual([['done', '张伟']]);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_NOTIFICATION_PATHS.list })).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_NOTIFICATION_PATHS.list}?state=bogus`, headers: { cookie } })).statusCode).toBe(400);
  });
});
