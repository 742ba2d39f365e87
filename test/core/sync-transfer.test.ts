import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/checklists/templates';
import { PATHS } from '../../shared/sync/protocol';
import type { TransferImportResponse } from '../../shared/sync/transfer-file';
import { admin, rowCounts, type TestServer } from '../server/support/test-server';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import { png } from '../support/png';
import type { TestCore } from '../support/temp-core';

let site: EnrolledSite;
let server: TestServer;
let core: TestCore;
let lead: string;

beforeEach(async () => {
  // Enrolled once (at set-up, or over a phone's hotspot); the transfer tests then use no network.
  site = await openEnrolledSite();
  ({ server, core, lead } = site);
});
afterEach(() => site.close());

const pending = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;

async function importAtHeadOffice(dataBase64: string) {
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminTransfers, headers: { ...admin, 'content-type': 'application/octet-stream' }, payload: Buffer.from(dataBase64, 'base64') });
  return { status: response.statusCode, body: response.json() as TransferImportResponse & { error?: { code: string; message: string } } };
}

/** The file as JSON, changed by `edit`, and packed again: what a damaged or forged file looks like. */
function tampered(dataBase64: string, edit: (file: { header: Record<string, unknown>; body: string; sha256: string; signature: string }) => void): string {
  const file = JSON.parse(gunzipSync(Buffer.from(dataBase64, 'base64')).toString('utf8'));
  edit(file);
  return gzipSync(JSON.stringify(file)).toString('base64');
}

describe('offline transfer by USB stick', () => {
  it('carries the outbox to head office exactly once and the reply back, each file importable twice without effect', async () => {
    // An evidence photo on a checklist, so the file must carry image bytes too.
    const record = await core.call('checklists.start', { templateId: 'well.sewage-haulage-register' }, lead);
    await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: 'truckloads', rowId: 'r1', cells: { plate: '川E·12345' } }, lead);
    const photo = png(40, 30, [10, 120, 200]);
    const current = await core.call('checklists.get', { id: record.id }, lead);
    await core.call('checklists.attachPhoto', { id: record.id, version: current.version, itemId: 'truckloads', rowId: 'r1', columnId: 'photos', evidence: 0, fileName: 'front.png', mimeType: 'image/png', dataBase64: photo.toString('base64') }, lead);
    // Head office published a template version meanwhile: the reply must bring it.
    await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'template', id: 'well.h2s-measurement', version: 1, body: { ...findTemplate('well.h2s-measurement')!, version: '1.1.0' } } });

    const before = pending();
    const exported = await core.call('sync.exportTransfer', {}, lead);
    expect(exported).toMatchObject({ entries: before, remaining: 0 });
    expect(exported.fileName).toMatch(/^YY42-待同步-\d{8}-\d{4}\.branchline$/);
    expect(pending()).toBe(before); // nothing is marked until the reply comes back

    const first = await importAtHeadOffice(exported.dataBase64);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ entries: before, duplicates: 0, blobs: 1 });
    const held = await rowCounts(server.store);
    expect(held.received_entries).toBe(before);
    expect(held.blobs).toBe(1);

    // The same stick imported again: acknowledged, nothing applied twice.
    const again = await importAtHeadOffice(exported.dataBase64);
    expect(again.body).toMatchObject({ entries: before, duplicates: before });
    expect(await rowCounts(server.store)).toEqual(held);

    const reply = { fileName: first.body.reply.fileName, dataBase64: first.body.reply.dataBase64 };
    expect(await core.call('sync.importTransfer', reply, lead)).toEqual({ acknowledged: before, applied: 1, unreadable: [] });
    expect(pending()).toBe(0);
    expect((await core.call('checklists.start', { templateId: 'well.h2s-measurement' }, lead)).templateVersion).toBe('1.1.0');
    expect((await core.call('sync.status', {}, lead)).lastSuccessAt).not.toBeNull();
    // The reply imported twice changes nothing.
    expect(await core.call('sync.importTransfer', reply, lead)).toEqual({ acknowledged: 0, applied: 0, unreadable: [] });
  });

  it('refuses a damaged, altered or foreign file with a reason and changes nothing', async () => {
    const exported = await core.call('sync.exportTransfer', {}, lead);
    const empty = await rowCounts(server.store);

    const damaged = await importAtHeadOffice(Buffer.from('not a gzip file').toString('base64'));
    expect(damaged.status).toBe(422);
    expect(damaged.body.error!.message).toContain('文件已损坏');

    const bodyEdited = tampered(exported.dataBase64, (f) => (f.body = f.body.replace('"entityVersion":1', '"entityVersion":9')));
    expect((await importAtHeadOffice(bodyEdited)).body.error!.message).toContain('校验和不符');

    // Edited and the checksum recomputed: only the device's key could sign it.
    const forged = tampered(exported.dataBase64, (f) => {
      f.body = f.body.replace('"entityVersion":1', '"entityVersion":9');
      f.sha256 = createHash('sha256').update(f.body, 'utf8').digest('hex');
    });
    const refusedForgery = await importAtHeadOffice(forged);
    expect(refusedForgery.status).toBe(403);
    expect(refusedForgery.body.error!.message).toContain('签名不符');
    expect(await rowCounts(server.store)).toEqual(empty);

    // An outbox file is head office's to import, not the site's.
    const wrongWay = await core.dispatch({ method: 'sync.importTransfer', input: { fileName: exported.fileName, dataBase64: exported.dataBase64 }, session: lead });
    expect(wrongWay).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    // A revoked device's file is refused.
    const deviceId = JSON.parse(gunzipSync(Buffer.from(exported.dataBase64, 'base64')).toString('utf8')).header.deviceId as string;
    await server.app.inject({ method: 'POST', url: PATHS.adminRevokeDevice(deviceId), headers: admin });
    const revoked = await importAtHeadOffice(exported.dataBase64);
    expect(revoked).toMatchObject({ status: 403, body: { error: { code: 'device_revoked' } } });
    expect(await rowCounts(server.store)).toEqual(empty);
  });

  it('refuses a reply forged or meant for another computer', async () => {
    const exported = await core.call('sync.exportTransfer', {}, lead);
    const { body } = await importAtHeadOffice(exported.dataBase64);
    const before = pending();
    const otherDevice = tampered(body.reply.dataBase64, (f) => (f.header = { ...f.header, deviceId: 'someone-else' }));
    expect(await core.dispatch({ method: 'sync.importTransfer', input: { fileName: 'x.branchline', dataBase64: otherDevice }, session: lead })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('其他网点或其他电脑') } });
    const forged = tampered(body.reply.dataBase64, (f) => (f.signature = '0'.repeat(64)));
    expect(await core.dispatch({ method: 'sync.importTransfer', input: { fileName: 'x.branchline', dataBase64: forged }, session: lead })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('签名不符') } });
    expect(pending()).toBe(before);
  });

  it('is for the station lead and head office, not front-line staff', async () => {
    const receiver = await core.signIn('limei');
    expect(await core.dispatch({ method: 'sync.exportTransfer', input: {}, session: receiver })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
