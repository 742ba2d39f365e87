import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_NOTIFICATION_PATHS, notificationsResponseSchema } from '../../shared/sync/console-notifications';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/** Issue 20 item 16: the console's notifications filter by the period raised, sort on an allow-list, and count; on both engines. */
let server: TestServer;
afterEach(async () => server?.close());

function notification(id: string, createdAt: string, dueAt: string | null) {
  return entry({
    entity: 'notification',
    entityId: id,
    payload: { id, complaintId: 'c-1', serial: `S-${id}`, obligation: 'major.closed.head-office', event: 'closed', level: 0, notify: [], recipients: ['head_office'], copies: [], source: 'seed003 篇5 4.5.5', confirmByPhone: false, acknowledgeRequired: true, startsAt: createdAt, dueAt, createdAt, acknowledgedAt: null, version: 1 },
  });
}

describe('console notifications: period, sorting, count', () => {
  it('filters by when they were raised and sorts by due time with undated ones last; refuses other sort keys', async () => {
    server = await openTestServer({ now: () => new Date('2026-11-23T03:00:00.000Z') });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const entries = [notification('n1', '2026-11-01T00:00:00.000Z', '2026-11-30T00:00:00.000Z'), notification('n2', '2026-11-05T00:00:00.000Z', null), notification('n3', '2026-11-09T00:00:00.000Z', '2026-11-10T00:00:00.000Z')];
    await push(server.app, yy.auth, { batchId: 'b', entries });
    const ids = async (query: string) => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_NOTIFICATION_PATHS.list}?scope=all&state=all&${query}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      const page = notificationsResponseSchema.parse(response.json());
      return { ids: page.rows.map((r) => r.id), total: page.total };
    };
    expect(await ids('')).toEqual({ ids: ['n3', 'n2', 'n1'], total: 3 });
    expect(await ids('from=2026-11-05T00:00:00.000Z&to=2026-11-09T00:00:00.000Z')).toEqual({ ids: ['n2'], total: 1 });
    expect((await ids('sort=dueAt&dir=asc')).ids).toEqual(['n3', 'n1', 'n2']);
    expect((await ids('sort=dueAt&dir=desc')).ids).toEqual(['n1', 'n3', 'n2']);
    expect(await ids('sort=createdAt&dir=asc&limit=2')).toEqual({ ids: ['n1', 'n2'], total: 3 });
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_NOTIFICATION_PATHS.list}?sort=serial`, headers: { cookie } })).statusCode).toBe(400);
  });
});
