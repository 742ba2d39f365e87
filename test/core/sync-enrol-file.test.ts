import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readState } from '../../electron/core/sync/sync-state';
import type { EnrolmentFileResponse } from '../../shared/sync/enrolment-file';
import { PATHS } from '../../shared/sync/protocol';
import type { TransferImportResponse } from '../../shared/sync/transfer-file';
import { admin, createSite, openTestServer, type TestServer } from '../server/support/test-server';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
let server: TestServer;
let lead: string;
let url: string;

beforeEach(async () => {
  core = await openTestCore({ demo: true });
  // Head office on the site's clock, so "seven days" means the same at both ends.
  server = await openTestServer({ now: core.clock.now });
  // Listening only for the tests that show what happens once a network appears; the file path never uses it.
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  lead = await core.signIn('wangjg');
});
afterEach(async () => {
  core.close();
  await server.close();
});

/** Head office registers YY42 and saves its enrolment file; the code goes by telephone. */
async function enrolmentFile(): Promise<EnrolmentFileResponse & { code: string }> {
  const { siteId, enrolCode } = await createSite(server.app, 'YY42');
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminEnrolFile(siteId), headers: admin, payload: { enrolCode, deviceName: '站长电脑', serverUrl: url } });
  if (response.statusCode !== 201) throw new Error(`enrol file: ${response.statusCode} ${response.body}`);
  return { ...(response.json() as EnrolmentFileResponse), code: enrolCode };
}

const db = () => core.context.store.read;
const syncState = () => db().prepare('SELECT key, value FROM sync_state ORDER BY key').all();
const audits = () => (db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const enrolByFile = (file: { fileName: string; dataBase64: string }, code: string) => core.dispatch({ method: 'sync.enrolByFile', input: { fileName: file.fileName, dataBase64: file.dataBase64, code }, session: lead });

/** The file as JSON, changed by `edit`, and packed again; `rehash` recomputes the checksum, as a forger would. */
function tampered(dataBase64: string, edit: (file: { header: Record<string, unknown>; body: Record<string, any> }) => void, rehash = true): string {
  const file = JSON.parse(gunzipSync(Buffer.from(dataBase64, 'base64')).toString('utf8'));
  const body = JSON.parse(file.body);
  edit({ header: file.header, body });
  file.body = JSON.stringify(body);
  if (rehash) file.sha256 = createHash('sha256').update(file.body, 'utf8').digest('hex');
  return gzipSync(JSON.stringify(file)).toString('base64');
}

describe('enrolment by file, with no network', () => {
  it('stores the enrolment as a network enrolment would, after which the USB path works both ways', async () => {
    const file = await enrolmentFile();
    // The code is typed as heard: lower case, spaces instead of dashes.
    const enrolled = await core.call('sync.enrolByFile', { fileName: file.fileName, dataBase64: file.dataBase64, code: file.code.toLowerCase().replace(/-/g, ' ') }, lead);
    expect(enrolled).toMatchObject({ siteCode: 'YY42', deviceId: file.deviceId, alreadyEnrolled: false });
    expect(await core.call('sync.status', {}, lead)).toMatchObject({ enrolled: true, serverUrl: `${url}/`, intervalMinutes: 0, nextAttemptAt: null });

    // The credential is only in sync_state: not in the file as it travelled, the outbox or the audit log.
    const credential = readState(db(), 'credential')!;
    const secret = credential.split('.')[1]!;
    expect(credential.startsWith(`${file.deviceId}.`)).toBe(true);
    expect(gunzipSync(Buffer.from(file.dataBase64, 'base64')).toString('utf8')).not.toContain(secret);
    expect((db().prepare('SELECT count(*) AS n FROM outbox WHERE payload LIKE ?').get(`%${secret}%`) as { n: number }).n).toBe(0);
    expect((db().prepare('SELECT count(*) AS n FROM audit_log WHERE after LIKE ?').get(`%${secret}%`) as { n: number }).n).toBe(0);
    expect(db().prepare("SELECT after FROM audit_log WHERE action = 'sync.enrol'").get()).toEqual({ after: expect.stringContaining('"via":"file"') });

    // Head office checks the site's outbox file against the device it made, and answers a reply the site accepts.
    const exported = await core.call('sync.exportTransfer', {}, lead);
    expect(exported.entries).toBeGreaterThan(0);
    const imported = await server.app.inject({ method: 'POST', url: PATHS.adminTransfers, headers: { ...admin, 'content-type': 'application/octet-stream' }, payload: Buffer.from(exported.dataBase64, 'base64') });
    expect(imported.statusCode).toBe(200);
    const { reply } = imported.json() as TransferImportResponse;
    expect(await core.call('sync.importTransfer', { fileName: reply.fileName, dataBase64: reply.dataBase64 }, lead)).toMatchObject({ acknowledged: exported.entries });
    expect((await core.call('sync.status', {}, lead)).queueLength).toBe(0);
  });

  it('says the same file imported twice is already enrolled and changes nothing', async () => {
    const file = await enrolmentFile();
    await core.call('sync.enrolByFile', { fileName: file.fileName, dataBase64: file.dataBase64, code: file.code }, lead);
    await core.call('sync.setInterval', { minutes: 15 }, lead); // a choice made since must survive the second import
    const state = syncState();
    const audited = audits();
    const again = await enrolByFile(file, file.code);
    expect(again).toMatchObject({ ok: true, value: { alreadyEnrolled: true, siteCode: 'YY42', deviceId: file.deviceId } });
    expect(syncState()).toEqual(state);
    expect(audits()).toBe(audited);
    // Chosen where head office's reply goes, it is named for what it is.
    const asReply = await core.dispatch({ method: 'sync.importTransfer', input: { fileName: file.fileName, dataBase64: file.dataBase64 }, session: lead });
    expect(asReply).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('这是注册文件') } });
  });

  it('refuses a wrong code at the code, a damaged or altered file at the file, and stores nothing', async () => {
    const file = await enrolmentFile();
    const state = syncState();
    const audited = audits();
    const refusal = async (dataBase64: string, code: string) => {
      const answer = await enrolByFile({ fileName: file.fileName, dataBase64 }, code);
      if (answer.ok) throw new Error('accepted');
      expect(answer.error.code).toBe('VALIDATION');
      return answer.error.issues![0]!;
    };

    const wrong = `${file.code.slice(0, -1)}${file.code.endsWith('0') ? '1' : '0'}`;
    expect(await refusal(file.dataBase64, wrong)).toEqual({ path: 'code', message: expect.stringContaining('登记码与这份注册文件不符') });
    expect(await refusal(Buffer.from('not gzip').toString('base64'), file.code)).toEqual({ path: 'dataBase64', message: expect.stringContaining('文件已损坏') });
    // A byte changed on the stick: the checksum no longer matches.
    const damaged = tampered(file.dataBase64, (f) => (f.body.deviceName = '站长电月'), false);
    expect((await refusal(damaged, file.code)).message).toContain('校验和不符');
    // Edited by someone who recomputed the checksum: a later expiry (the signature), the sealed credential (AES-GCM), the header.
    const later = tampered(file.dataBase64, (f) => (f.body.expiresAt = '2027-12-31T00:00:00.000Z'));
    expect(await refusal(later, file.code)).toEqual({ path: 'dataBase64', message: expect.stringContaining('已被改动') });
    const ciphertext = tampered(file.dataBase64, (f) => (f.body.credential.ciphertext = Buffer.from('x'.repeat(60)).toString('base64')));
    expect((await refusal(ciphertext, file.code)).message).toContain('已被改动');
    const header = tampered(file.dataBase64, (f) => (f.header.createdAt = '2026-01-01T00:00:00.000Z'));
    expect((await refusal(header, file.code)).message).toContain('已被改动');

    expect(syncState()).toEqual(state);
    expect(audits()).toBe(audited);
  });

  it('refuses a file whose code expired, and an outbox file chosen by mistake', async () => {
    const file = await enrolmentFile();
    core.clock.advance(7 * 24 * 3600_000 + 1000);
    lead = await core.signIn('wangjg'); // a week idle ended the session
    const expired = await enrolByFile(file, file.code);
    expect(expired).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'code', message: expect.stringContaining('已于 ') }] } });
    expect(readState(db(), 'credential')).toBeNull();

    // Head office issues a new code and file; once enrolled, the site's outbox file picked on the enrolment form by mistake is named as such.
    const { enrolCode } = (await server.app.inject({ method: 'POST', url: PATHS.adminEnrolCode(file.siteId), headers: admin })).json() as { enrolCode: string };
    const fresh = (await server.app.inject({ method: 'POST', url: PATHS.adminEnrolFile(file.siteId), headers: admin, payload: { enrolCode, deviceName: '站长电脑', serverUrl: url } })).json() as EnrolmentFileResponse;
    await core.call('sync.enrolByFile', { fileName: fresh.fileName, dataBase64: fresh.dataBase64, code: enrolCode }, lead);
    const outbox = await core.call('sync.exportTransfer', {}, lead);
    expect(await enrolByFile(outbox, enrolCode)).toMatchObject({ ok: false, error: { issues: [{ path: 'dataBase64', message: expect.stringContaining('不是注册文件') }] } });
  });

  it('cannot know offline that head office revoked the device since: the first network sync and the first outbox import say so', async () => {
    const file = await enrolmentFile();
    await server.app.inject({ method: 'POST', url: PATHS.adminRevokeDevice(file.deviceId), headers: admin });
    await core.call('sync.enrolByFile', { fileName: file.fileName, dataBase64: file.dataBase64, code: file.code }, lead);

    const outbox = await core.call('sync.exportTransfer', {}, lead);
    const imported = await server.app.inject({ method: 'POST', url: PATHS.adminTransfers, headers: { ...admin, 'content-type': 'application/octet-stream' }, payload: Buffer.from(outbox.dataBase64, 'base64') });
    expect(imported.statusCode).toBe(403);
    expect(imported.json().error.code).toBe('device_revoked');

    const run = await core.dispatch({ method: 'sync.runNow', input: {}, session: lead });
    expect(run).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('吊销') } });
    expect((await core.call('sync.status', {}, lead)).lastError).toMatchObject({ code: 'device_revoked', status: 403 });
  });

  it('is for the station lead and head office, not front-line staff', async () => {
    const file = await enrolmentFile();
    const receiver = await core.signIn('limei');
    const refused = await core.dispatch({ method: 'sync.enrolByFile', input: { fileName: file.fileName, dataBase64: file.dataBase64, code: file.code }, session: receiver });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
