import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, sitesResponseSchema } from '../../shared/sync/console-api';
import { enrolmentFileBodySchema, enrolmentFileResponseSchema } from '../../shared/sync/enrolment-file';
import { PATHS } from '../../shared/sync/protocol';
import { transferFileSchema } from '../../shared/sync/transfer-file';
import { signedInStaff } from './support/console';
import { admin, createSite, openTestServer, rowCounts, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server.close());

const request = (enrolCode: string) => ({ enrolCode, deviceName: '站长电脑', serverUrl: 'https://ho.example.com' });

function makeFile(siteId: string, payload: unknown, headers: Record<string, string> = admin) {
  return server.app.inject({ method: 'POST', url: PATHS.adminEnrolFile(siteId), headers, payload: payload as object });
}

describe('enrolment file (a site without any network)', () => {
  it('spends the code, creates the device at once and carries the credential sealed', async () => {
    server = await openTestServer({ now: () => new Date('2026-12-04T08:00:00.000Z') });
    const { siteId, enrolCode } = await createSite(server.app, 'YY42');
    const response = await makeFile(siteId, request(enrolCode));
    expect(response.statusCode).toBe(201);
    const made = enrolmentFileResponseSchema.parse(response.json());
    expect(made).toMatchObject({ siteId, fileName: 'YY42-注册-20261204.branchline', expiresAt: '2026-12-11T08:00:00.000Z' });

    const file = transferFileSchema.parse(JSON.parse(gunzipSync(Buffer.from(made.dataBase64, 'base64')).toString('utf8')));
    expect(file.header).toMatchObject({ kind: 'enrolment', siteId, deviceId: made.deviceId });
    const body = enrolmentFileBodySchema.parse(JSON.parse(file.body));
    expect(body).toMatchObject({ site: { id: siteId, code: 'YY42', name: '网点 YY42' }, deviceId: made.deviceId, deviceName: '站长电脑', serverUrl: 'https://ho.example.com/' });
    expect(body.credential).toMatchObject({ kdf: 'scrypt', cipher: 'aes-256-gcm' });
    // The credential is `<deviceId>.<secret>`: the device id is on the file, the credential is not.
    expect(file.body).not.toContain(`${made.deviceId}.`);

    // The device exists before the site ever reads the file: listed, never synced.
    const devices = await server.store.db.selectFrom('devices').selectAll().execute();
    expect(devices).toMatchObject([{ id: made.deviceId, site_id: siteId, name: '站长电脑', revoked_at: null, last_push_at: null }]);
    // The code is spent: it enrols nothing more, by network or by file.
    expect((await server.app.inject({ method: 'POST', url: PATHS.enrol, payload: { code: enrolCode, deviceName: 'x' } })).statusCode).toBe(401);
  });

  it('refuses a used, expired, foreign or unknown code with the reason, and changes nothing', async () => {
    let now = new Date('2026-12-04T08:00:00.000Z');
    server = await openTestServer({ now: () => now });
    const { siteId, enrolCode } = await createSite(server.app, 'YY42');
    const other = await createSite(server.app, 'AB01');
    expect((await makeFile(siteId, request(enrolCode))).statusCode).toBe(201);
    const held = await rowCounts(server.store);

    const replay = await makeFile(siteId, request(enrolCode));
    expect(replay.statusCode).toBe(422);
    expect(replay.json().error).toMatchObject({ code: 'enrol_code_invalid', message: expect.stringContaining('已使用或已过期') });
    // Another site's code does not make this site's file (nor spend it).
    expect((await makeFile(siteId, request(other.enrolCode))).statusCode).toBe(422);
    expect((await makeFile('no-such-site', request(other.enrolCode))).statusCode).toBe(404);
    expect((await makeFile(siteId, { ...request(other.enrolCode), serverUrl: 'ftp://ho.example.com' })).statusCode).toBe(400);
    expect(await rowCounts(server.store)).toEqual(held);

    now = new Date('2026-12-11T08:00:01.000Z'); // just past the code's seven days
    const expired = await makeFile(other.siteId, request(other.enrolCode));
    expect(expired.statusCode).toBe(422);
    expect(await rowCounts(server.store)).toEqual(held);
  });

  it('is made from the console with a session; a file-enrolled device is revoked like any other', async () => {
    server = await openTestServer();
    const { cookie } = await signedInStaff(server.app);
    const created = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.sites, headers: { cookie }, payload: { code: 'YY43', name: '阳43井站' } });
    const { siteId, enrolCode } = created.json();
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.enrolFile(siteId), payload: request(enrolCode) })).statusCode).toBe(401);
    const made = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.enrolFile(siteId), headers: { cookie }, payload: request(enrolCode) });
    expect(made.statusCode).toBe(201);
    const { deviceId } = enrolmentFileResponseSchema.parse(made.json());
    // A bad code is 422 here, never 401 (which would end the staff member's console session).
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.enrolFile(siteId), headers: { cookie }, payload: request(enrolCode) })).statusCode).toBe(422);

    const listed = sitesResponseSchema.parse((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).json());
    expect(listed.sites[0]!.devices).toMatchObject([{ id: deviceId, name: '站长电脑', lastPushAt: null, revokedAt: null }]);
    expect((await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.revokeDevice(deviceId), headers: { cookie } })).statusCode).toBe(200);
    const after = sitesResponseSchema.parse((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).json());
    expect(after.sites[0]!.devices[0]!.revokedAt).not.toBeNull();
  });
});
