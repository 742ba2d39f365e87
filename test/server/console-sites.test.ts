import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { findPack } from '../../shared/rules/packs';
import { CONSOLE_PATHS, referenceBodyIssues, sitesResponseSchema } from '../../shared/sync/console-api';
import { PATHS } from '../../shared/sync/protocol';
import { admin, enrolledSite, entry, openTestServer, push, rowCounts, type TestServer } from './support/test-server';
import { signedInStaff } from './support/console';

let server: TestServer;
afterEach(async () => server.close());

describe('console: sites', () => {
  it('lists each site with its devices, records received, last sync and the backlog its devices reported', async () => {
    let now = new Date('2026-11-23T08:00:00.000Z');
    server = await openTestServer({ now: () => now });
    const { cookie } = await signedInStaff(server.app);
    const site = await enrolledSite(server.app, 'YY42');
    await enrolledSite(server.app, 'AB01');
    now = new Date('2026-11-23T09:30:00.000Z');
    expect((await push(server.app, site.auth, { batchId: 'b1', entries: [entry(), entry(), entry()], pendingAfterBatch: 7 })).statusCode).toBe(200);
    // An older client sends no backlog: the last reported value stays.
    now = new Date('2026-11-23T09:31:00.000Z');
    expect((await push(server.app, site.auth, { batchId: 'b2', entries: [entry()] })).statusCode).toBe(200);

    const response = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const { sites } = sitesResponseSchema.parse(response.json());
    expect(sites.map((s) => s.code)).toEqual(['AB01', 'YY42']);
    expect(sites[0]).toMatchObject({ recordsReceived: 0, lastSyncAt: null, backlog: null });
    expect(sites[1]).toMatchObject({ recordsReceived: 4, lastSyncAt: '2026-11-23T09:31:00.000Z', backlog: 7 });
    expect(sites[1]!.devices).toEqual([
      { id: site.deviceId, name: '前台电脑', enrolledAt: '2026-11-23T08:00:00.000Z', revokedAt: null, lastPushAt: '2026-11-23T09:31:00.000Z', pendingAfterBatch: 7 },
    ]);

    // A revoked device's backlog no longer counts (it will never send it).
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.revokeDevice(site.deviceId), headers: { cookie } })).statusCode).toBe(200);
    const after = sitesResponseSchema.parse((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).json());
    expect(after.sites[1]).toMatchObject({ backlog: null, devices: [{ revokedAt: '2026-11-23T09:31:00.000Z' }] });
    expect((await push(server.app, site.auth, { batchId: 'b3', entries: [entry()] })).statusCode).toBe(403);
  });

  it('creates a site with a one-time code that enrols once, and issues a new one', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    const created = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.sites, headers: { cookie }, payload: { code: 'yy43', name: '阳43井站' } });
    expect(created.statusCode).toBe(201);
    const { siteId, enrolCode, expiresAt } = created.json();
    expect(enrolCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.sites, headers: { cookie }, payload: { code: 'YY43', name: '重复' } })).statusCode).toBe(409);
    const enrol = await server.app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: enrolCode, deviceName: '站长电脑' } });
    expect(enrol.json()).toMatchObject({ siteCode: 'YY43', siteName: '阳43井站' });
    const next = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.enrolCode(siteId), headers: { cookie } });
    expect(next.statusCode).toBe(201);
    expect(next.json().enrolCode).not.toBe(enrolCode);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.enrolCode('no-such-site'), headers: { cookie } })).statusCode).toBe(404);
  });
});

describe('console: reference data', () => {
  const template = SHIPPED_TEMPLATES[0]!;

  it('publishes a template only if it passes the checklist template schema, naming where it fails', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    const before = await rowCounts(server.store);
    const broken = { ...template, sections: [{ ...template.sections[0]!, items: [{ ...template.sections[0]!.items[0]!, source: '' }] }] };
    const cases = [
      { body: broken, located: 'sections.0.items.0.source' },
      { body: { ...template, id: 'another.id' }, located: 'id: 模板 id' },
      { body: [1, 2], located: '(body): 内容须为 JSON 对象' },
    ];
    for (const { body, located } of cases) {
      const response = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.reference, headers: { cookie }, payload: { kind: 'template', id: template.id, version: 2, body } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain(located);
    }
    expect(await rowCounts(server.store)).toEqual(before);

    const ok = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.reference, headers: { cookie }, payload: { kind: 'template', id: template.id, version: 2, body: template } });
    expect(ok.statusCode).toBe(201);
    const site = await enrolledSite(server.app, 'YY42');
    await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.reference, headers: { cookie }, payload: { kind: 'calendar', id: 'cn-2027', version: 1, body: { year: 2027 }, siteId: site.siteId } });
    // Same version again: refused, as through the admin API.
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.reference, headers: { cookie }, payload: { kind: 'template', id: template.id, version: 2, body: template } })).statusCode).toBe(409);

    const all = (await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.reference, headers: { cookie } })).json();
    expect(all.items).toEqual([
      { cursor: 2, kind: 'calendar', id: 'cn-2027', version: 1, siteId: site.siteId, siteCode: 'YY42', publishedAt: expect.any(String) },
      { cursor: 1, kind: 'template', id: template.id, version: 2, siteId: null, siteCode: null, publishedAt: expect.any(String) },
    ]);
    const templates = (await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.reference}?kind=template`, headers: { cookie } })).json();
    expect(templates.items.map((i: { kind: string }) => i.kind)).toEqual(['template']);
    // What the site then pulls.
    const pulled = (await server.app.inject({ method: 'GET', url: '/api/v1/pull?cursor=0', headers: site.auth })).json();
    expect(pulled.items.map((i: { id: string }) => i.id)).toEqual([template.id, 'cn-2027']);
  });

  it('publishes a rule pack only if it passes the rule pack schema, through the console and the admin API alike', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    const pack = findPack('sichuan-group-p6')!;
    const next = { ...pack, version: '1.1.0' };
    const before = await rowCounts(server.store);
    const cases = [
      { body: { ...next, defaultClass: 'nope' }, located: 'defaultClass: unknown class nope' },
      { body: { ...next, deadlines: [{ ...next.deadlines[0]!, duration: { unit: 'weeks', amount: 1 } }] }, located: 'deadlines.0.duration.unit' },
      { body: { ...next, version: '1.1' }, located: 'version' },
      { body: { ...next, id: 'bank-outlet' }, located: 'id: 规则包 id（bank-outlet）须与发布的编号（sichuan-group-p6）一致' },
    ];
    const viaConsole = (body: unknown) => server.app.inject({ method: 'POST', url: CONSOLE_PATHS.reference, headers: { cookie }, payload: { kind: 'rulePack', id: pack.id, version: 1, body } });
    const adminApi = (body: unknown) => server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'rulePack', id: pack.id, version: 1, body } });
    for (const { body, located } of cases) {
      for (const response of [await viaConsole(body), await adminApi(body)]) {
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'invalid_body', message: expect.stringContaining(located) });
      }
    }
    // The same function the console's form runs names each problem with its path.
    expect(referenceBodyIssues('rulePack', pack.id, cases[0]!.body)).toEqual([{ path: 'defaultClass', message: 'unknown class nope' }]);
    // A template is checked on the admin API too, as the console always did.
    const badTemplate = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'template', id: template.id, version: 1, body: { title: '缺少部分' } } });
    expect(badTemplate.statusCode).toBe(400);
    expect(await rowCounts(server.store)).toEqual(before);

    expect((await viaConsole(next)).statusCode).toBe(201);
    const site = await enrolledSite(server.app, 'YY42');
    const pulled = (await server.app.inject({ method: 'GET', url: '/api/v1/pull?cursor=0', headers: site.auth })).json();
    expect(pulled.items).toEqual([{ kind: 'rulePack', id: pack.id, version: 1, body: JSON.parse(JSON.stringify(next)) }]);
  });
});
