import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS, siteListResponseSchema, staffPageResponseSchema } from '../../shared/sync/console-lists-api';
import { admin, entry, openTestServer, push, type TestServer } from './support/test-server';
import { signedInStaff } from './support/console';

/** Issue 20 item 16: the sites and staff lists filter, sort on an allow-list of columns, page and count; on both engines. */
let server: TestServer;
let clock = new Date('2026-11-23T08:00:00.000Z');
afterEach(async () => server?.close());

async function get<T>(url: string, cookie: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await server.app.inject({ method: 'GET', url, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return schema.parse(response.json());
}

async function site(code: string, name: string): Promise<{ enrolCode: string; siteId: string }> {
  clock = new Date(clock.getTime() + 60_000);
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers: admin, payload: { code, name } });
  if (response.statusCode !== 201) throw new Error(`site: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function enrol(enrolCode: string): Promise<{ deviceId: string; credential: string }> {
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: enrolCode, deviceName: '前台电脑' } });
  if (response.statusCode !== 200) throw new Error(`enrol: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe('console sites and staff lists: filter, sort, page, count', () => {
  it('sites: text and device filters, pinyin name order, never-synced last, paging with the total, other sort keys refused', async () => {
    clock = new Date('2026-11-23T08:00:00.000Z');
    server = await openTestServer({ now: () => clock });
    const { cookie } = await signedInStaff(server.app);
    // Stored (code point) order would be 张 < 李 < 阿; pinyin order is 阿 < 李 < 张.
    const zh = await site('ZJ01', '张家湾网点');
    const a = await site('AC02', '阿城网点');
    await site('LZ03', '李庄网点');
    const zhDevice = await enrol(zh.enrolCode);
    const aDevice = await enrol(a.enrolCode);
    await push(server.app, { authorization: `Bearer ${zhDevice.credential}` }, { batchId: 'z', entries: [entry()] });
    clock = new Date('2026-11-23T09:00:00.000Z');
    await push(server.app, { authorization: `Bearer ${aDevice.credential}` }, { batchId: 'a', entries: [entry()] });
    const revoked = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.revokeDevice(aDevice.deviceId), headers: { cookie } });
    expect(revoked.statusCode).toBe(200);

    const codes = async (query: string) => {
      const page = await get(`${CONSOLE_LIST_PATHS.sites}?${query}`, cookie, siteListResponseSchema);
      return { codes: page.rows.map((r) => r.code), total: page.total };
    };
    expect(await codes('')).toEqual({ codes: ['AC02', 'LZ03', 'ZJ01'], total: 3 });
    expect(await codes('sort=name&dir=asc')).toEqual({ codes: ['AC02', 'LZ03', 'ZJ01'], total: 3 });
    expect((await codes('sort=name&dir=desc')).codes).toEqual(['ZJ01', 'LZ03', 'AC02']);
    // LZ03 never synced: last both ways.
    expect((await codes('sort=lastSync&dir=desc')).codes).toEqual(['AC02', 'ZJ01', 'LZ03']);
    expect((await codes('sort=lastSync&dir=asc')).codes).toEqual(['ZJ01', 'AC02', 'LZ03']);
    expect((await codes('sort=created&dir=desc')).codes).toEqual(['LZ03', 'AC02', 'ZJ01']);
    expect(await codes('q=李庄')).toEqual({ codes: ['LZ03'], total: 1 });
    expect(await codes('q=zj')).toEqual({ codes: ['ZJ01'], total: 1 });
    expect(await codes('devices=enrolled')).toEqual({ codes: ['ZJ01'], total: 1 });
    expect(await codes('devices=unenrolled')).toEqual({ codes: ['AC02', 'LZ03'], total: 2 });
    expect(await codes('devices=revoked')).toEqual({ codes: ['AC02'], total: 1 });
    expect(await codes('limit=2&offset=2')).toEqual({ codes: ['ZJ01'], total: 3 });
    // The picker's list is untouched: every site, by code.
    expect(((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).json() as { sites: unknown[] }).sites).toHaveLength(3);
    for (const bad of ['sort=backlog', 'sort=s.code', 'dir=up', 'devices=lost', 'limit=0', 'colour=red']) {
      expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_LIST_PATHS.sites}?${bad}`, headers: { cookie } })).statusCode, bad).toBe(400);
    }
  });

  it('staff: text and enabled/disabled filters, pinyin name order, paging with the total, administrators only', async () => {
    clock = new Date('2026-11-23T08:00:00.000Z');
    server = await openTestServer({ now: () => clock });
    const { cookie } = await signedInStaff(server.app); // 张总部, zhang.hq
    const make = async (login: string, displayName: string) => {
      clock = new Date(clock.getTime() + 60_000);
      const response = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.staff, headers: { cookie }, payload: { login, displayName, password: 'correct horse battery', admin: false } });
      if (response.statusCode !== 201) throw new Error(`staff: ${response.statusCode} ${response.body}`);
      return (response.json() as { account: { id: string } }).account.id;
    };
    const li = await make('li.si', '李四');
    await make('an.ming', '阿明');
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.staffAccess(li), headers: { cookie }, payload: { active: false } })).statusCode).toBe(200);

    const logins = async (query: string) => {
      const page = await get(`${CONSOLE_LIST_PATHS.staff}?${query}`, cookie, staffPageResponseSchema);
      return { logins: page.rows.map((r) => r.login), total: page.total };
    };
    expect(await logins('')).toEqual({ logins: ['an.ming', 'li.si', 'zhang.hq'], total: 3 });
    expect((await logins('sort=name&dir=asc')).logins).toEqual(['an.ming', 'li.si', 'zhang.hq']);
    expect((await logins('sort=name&dir=desc')).logins).toEqual(['zhang.hq', 'li.si', 'an.ming']);
    expect((await logins('sort=created&dir=desc')).logins).toEqual(['an.ming', 'li.si', 'zhang.hq']);
    expect(await logins('state=disabled')).toEqual({ logins: ['li.si'], total: 1 });
    expect(await logins('state=active')).toEqual({ logins: ['an.ming', 'zhang.hq'], total: 2 });
    expect(await logins('q=阿')).toEqual({ logins: ['an.ming'], total: 1 });
    expect(await logins('q=ZHANG')).toEqual({ logins: ['zhang.hq'], total: 1 });
    expect(await logins('limit=1&offset=1')).toEqual({ logins: ['li.si'], total: 3 });
    for (const bad of ['sort=password_hash', 'state=gone', 'dir=sideways', 'offset=-1']) {
      expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_LIST_PATHS.staff}?${bad}`, headers: { cookie } })).statusCode, bad).toBe(400);
    }

    // A staff member who is not an administrator may not list accounts.
    await make('wang.wu', '王五');
    const session = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login: 'wang.wu', password: 'correct horse battery' } });
    const memberCookie = String(session.headers['set-cookie']).split(';')[0]!;
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_LIST_PATHS.staff, headers: { cookie: memberCookie } })).statusCode).toBe(403);
  });
});
