import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PRIVACY_PATHS, exportResponseSchema, registerResponseSchema } from '../../shared/sync/console-privacy-api';
import { signedInMember, signedInStaff } from './support/console';
import { pushPersonalRecords } from './support/personal-records';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();

/** A site's register entry as its core pushes it (electron/core/privacy/access-log-repository.ts). */
function siteAccessEntry(overrides: Record<string, unknown>) {
  const id = randomUUID();
  const payload = { id, at: daysAgo(1), userId: 'u-lead', userName: '刘站长', action: 'reveal', subject: 'customer', recordId: 'c1', rowCount: null, reason: '回访', place: '朝阳网点（PM01） PC-1', ...overrides };
  return entry({ entity: 'personal_data_access', entityId: id, payload });
}

describe('console: report exports are registered, with their purpose (issue 19 §4)', () => {
  it('registers who, when, what and how many rows; refuses an export without a purpose', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const post = (payload: Record<string, unknown>) => server.app.inject({ method: 'POST', url: CONSOLE_PRIVACY_PATHS.exports, headers: { cookie: admin.cookie }, payload });

    for (const purpose of [undefined, '', '   ']) {
      const refused = await post({ subject: '投诉统计表 2026-11.xlsx', rowCount: 12, ...(purpose === undefined ? {} : { purpose }) });
      expect(refused.statusCode).toBe(400);
    }
    expect(await server.store.db.selectFrom('head_office_personal_access').selectAll().execute()).toEqual([]);

    const done = await post({ subject: '投诉统计表 2026-11.xlsx', rowCount: 12, purpose: '月度通报' });
    expect(done.statusCode, done.body).toBe(201);
    expect(exportResponseSchema.parse(done.json()).entry).toMatchObject({ source: 'headOffice', action: 'export', subject: '投诉统计表 2026-11.xlsx', rowCount: 12, reason: '月度通报', userName: '张总部', at: NOW.toISOString(), place: '总部控制台' });
  });
});

describe('console: the register of personal data, head office and sites together', () => {
  it('lists head office entries and the sites pushed ones, newest first, filtered by site, action, person and days', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const pm = await pushPersonalRecords(server.app, 'PM01');
    const other = await enrolledSite(server.app, 'QQ02');
    const holder = await signedInMember(server.app, admin.cookie, 'li.hq', true);
    const pushedSite = await push(server.app, other.auth, {
      batchId: 'register',
      entries: [siteAccessEntry({ at: daysAgo(2), action: 'export', subject: '意见登记簿.xlsx', recordId: null, rowCount: 40, reason: '季度检查', userName: '赵站长' }), siteAccessEntry({ at: daysAgo(40), userName: '钱站长' })],
    });
    expect(pushedSite.statusCode).toBe(200);
    const revealed = await server.app.inject({ method: 'POST', url: CONSOLE_PRIVACY_PATHS.reveal, headers: { cookie: holder.cookie }, payload: { siteId: pm.siteId, entity: 'complaint', id: pm.complaintId, reason: '核对来电' } });
    expect(revealed.statusCode).toBe(200);

    const list = async (query = '') => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_PRIVACY_PATHS.register}${query}`, headers: { cookie: admin.cookie } });
      expect(response.statusCode, response.body).toBe(200);
      return registerResponseSchema.parse(response.json()).entries;
    };
    expect((await list()).map((e) => [e.source, e.siteCode, e.action, e.userName])).toEqual([
      ['headOffice', 'PM01', 'reveal', '员工li.hq'],
      ['site', 'QQ02', 'export', '赵站长'],
    ]);
    expect((await list('?days=60')).map((e) => e.userName)).toEqual(['员工li.hq', '赵站长', '钱站长']);
    expect((await list(`?siteId=${other.siteId}&days=60`)).map((e) => e.userName)).toEqual(['赵站长', '钱站长']);
    expect((await list(`?siteId=${pm.siteId}`)).map((e) => [e.subject, e.recordId, e.reason])).toEqual([['complaint', pm.complaintId, '核对来电']]);
    expect((await list('?action=export')).map((e) => [e.subject, e.rowCount, e.reason])).toEqual([['意见登记簿.xlsx', 40, '季度检查']]);
    expect((await list(`?person=${encodeURIComponent('钱')}&days=60`)).map((e) => e.userName)).toEqual(['钱站长']);
    expect((await list(`?person=${encodeURIComponent('li.hq')}`)).map((e) => e.source)).toEqual(['headOffice']);
    // `%` typed is literal, not a wildcard.
    expect(await list(`?person=${encodeURIComponent('%')}&days=60`)).toEqual([]);
    // Read by the administrators who grant the right, not by the member who used it.
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PRIVACY_PATHS.register, headers: { cookie: holder.cookie } })).statusCode).toBe(403);
  });

  it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const done = await server.app.inject({ method: 'POST', url: CONSOLE_PRIVACY_PATHS.exports, headers: { cookie: admin.cookie }, payload: { subject: '台账.csv', rowCount: 3, purpose: '审计' } });
    expect(done.statusCode).toBe(201);
    const { db } = server.store;
    await expect(sql`UPDATE head_office_personal_access SET reason = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM head_office_personal_access`.execute(db)).rejects.toThrow(/append-only/);
    expect(await db.selectFrom('head_office_personal_access').select(['reason', 'row_count']).execute()).toEqual([{ reason: '审计', row_count: 3 }]);
  });
});
