import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, createSite, entry, enrolledSite, openTestServer, push, rowCounts, siteRecords, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer();
});
afterEach(async () => server.close());

describe('enrolment', () => {
  it('accepts a code once, whatever its case and dashes', async () => {
    const { enrolCode, siteId } = await createSite(server.app, 'YY42');
    const typed = enrolCode.toLowerCase().replace(/-/g, ' ');
    const first = await server.app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: typed, deviceName: '站长电脑' } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ siteId, siteCode: 'YY42' });
    const devices = (await rowCounts(server.store)).devices;

    const second = await server.app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: enrolCode, deviceName: '另一台' } });
    expect(second.statusCode).toBe(401);
    expect(second.json().error.code).toBe('enrol_code_invalid');
    expect(second.json().error.message).toMatch(/登记码.*\/ .*enrolment code/);
    expect((await rowCounts(server.store)).devices).toBe(devices);
  });

  it('keeps only hashes of codes and credentials', async () => {
    const site = await enrolledSite(server.app);
    const device = await server.store.db.selectFrom('devices').selectAll().executeTakeFirstOrThrow();
    expect(device.credential_hash).not.toContain(site.credential.split('.')[1]);
    expect(device.credential_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses admin calls without the admin token, and a site credential as admin token', async () => {
    const site = await enrolledSite(server.app);
    for (const headers of [{}, { authorization: 'Bearer wrong' }, site.auth]) {
      const response = await server.app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers, payload: { code: 'ZZ1', name: 'x' } });
      expect(response.statusCode).toBe(401);
    }
    expect((await rowCounts(server.store)).sites).toBe(1);
  });
});

describe('credentials', () => {
  it('answers 401 to a missing or wrong credential and gives no data', async () => {
    const site = await enrolledSite(server.app);
    await server.app.inject({ method: 'POST', url: '/api/v1/admin/reference', headers: admin, payload: { kind: 'calendar', id: 'cn', version: 1, body: { year: 2027 } } });
    const wrong = `${site.deviceId}.not-the-secret-at-all`;
    for (const headers of [{}, { authorization: `Bearer ${wrong}` }, { authorization: 'Basic abc' }, { authorization: 'Bearer nodot' }]) {
      const pull = await server.app.inject({ method: 'GET', url: '/api/v1/pull?cursor=0', headers });
      expect(pull.statusCode).toBe(401);
      expect(pull.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringContaining(' / ') } });
    }
    const before = await rowCounts(server.store);
    expect((await push(server.app, { authorization: `Bearer ${wrong}` }, { batchId: 'b', entries: [entry()] })).statusCode).toBe(401);
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('answers 403 to a revoked device, on every endpoint, and writes nothing', async () => {
    const site = await enrolledSite(server.app);
    const revoke = await server.app.inject({ method: 'POST', url: `/api/v1/admin/devices/${site.deviceId}/revoke`, headers: admin });
    expect(revoke.statusCode).toBe(200);
    const before = await rowCounts(server.store);
    const answers = [
      await push(server.app, site.auth, { batchId: 'b', entries: [entry()] }),
      await server.app.inject({ method: 'GET', url: '/api/v1/pull', headers: site.auth }),
      await server.app.inject({ method: 'POST', url: '/api/v1/blobs/missing', headers: site.auth, payload: { hashes: [] } }),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error.code).toBe('device_revoked');
    }
    expect(await rowCounts(server.store)).toEqual(before);
  });
});

describe('site isolation', () => {
  it('refuses a push that names another site\'s record, and saves none of the batch', async () => {
    const a = await enrolledSite(server.app, 'AA01');
    const b = await enrolledSite(server.app, 'BB01');
    const theirs = entry({ entityId: 'complaint-of-a', payload: { owner: 'a' } });
    await push(server.app, a.auth, { batchId: 'a1', entries: [theirs] });
    const before = await rowCounts(server.store);

    const attack = await push(server.app, b.auth, { batchId: 'b1', entries: [entry(), entry({ entityId: 'complaint-of-a', entityVersion: 9, payload: { owner: 'b' } })] });
    expect(attack.statusCode).toBe(403);
    expect(attack.json().error.code).toBe('foreign_record');
    expect(await rowCounts(server.store)).toEqual(before);
    const [record] = (await siteRecords(server.store, a.siteId)).filter((r) => r.entity_id === 'complaint-of-a');
    expect(record!.site_id).toBe(a.siteId);
    expect(JSON.parse(record!.payload)).toEqual({ owner: 'a' });
  });

  it('takes the site from the credential: a siteId in the body is an unknown field', async () => {
    const a = await enrolledSite(server.app, 'AA01');
    const b = await enrolledSite(server.app, 'BB01');
    const response = await push(server.app, b.auth, { batchId: 'x', siteId: a.siteId, entries: [entry()] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_body');
  });

  it('pulls only what was published to this site or to all', async () => {
    const a = await enrolledSite(server.app, 'AA01');
    const b = await enrolledSite(server.app, 'BB01');
    const publish = (payload: object) => server.app.inject({ method: 'POST', url: '/api/v1/admin/reference', headers: admin, payload });
    expect((await publish({ kind: 'calendar', id: 'cn', version: 1, body: { year: 2027 } })).statusCode).toBe(201);
    expect((await publish({ kind: 'user', id: 'u-a', version: 1, body: { name: '王' }, siteId: a.siteId })).statusCode).toBe(201);
    expect((await publish({ kind: 'user', id: 'u-b', version: 1, body: { name: '李' }, siteId: b.siteId })).statusCode).toBe(201);
    const pullA = await server.app.inject({ method: 'GET', url: '/api/v1/pull?cursor=0', headers: a.auth });
    expect(pullA.json().items.map((i: { id: string }) => i.id)).toEqual(['cn', 'u-a']);
    expect(pullA.json().nextCursor).toBe(2);
    const after = await server.app.inject({ method: 'GET', url: '/api/v1/pull?cursor=2', headers: a.auth });
    expect(after.json()).toEqual({ items: [], nextCursor: 2, more: false });
  });

  it('keeps blobs per site: another site\'s upload of the same bytes does not count', async () => {
    const a = await enrolledSite(server.app, 'AA01');
    const b = await enrolledSite(server.app, 'BB01');
    const bytes = Buffer.from('fake image bytes');
    const sha = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    const put = await server.app.inject({ method: 'PUT', url: `/api/v1/blobs/${sha}`, headers: { ...a.auth, 'content-type': 'application/octet-stream' }, payload: bytes });
    expect(put.statusCode).toBe(200);
    const missingA = await server.app.inject({ method: 'POST', url: '/api/v1/blobs/missing', headers: a.auth, payload: { hashes: [sha] } });
    const missingB = await server.app.inject({ method: 'POST', url: '/api/v1/blobs/missing', headers: b.auth, payload: { hashes: [sha] } });
    expect(missingA.json()).toEqual({ missing: [] });
    expect(missingB.json()).toEqual({ missing: [sha] });
  });
});
