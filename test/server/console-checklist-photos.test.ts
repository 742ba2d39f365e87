import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { PATHS, type PushEntry } from '../../shared/sync/protocol';
import { png } from '../support/png';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 20 item 15: the console shows a checklist result's photos. They reach
 * head office in the ordinary sync (an attachment record and its bytes as a
 * blob); the console serves one only to a signed-in staff member, only when
 * the record's answers name it and only from the record's own site. On SQLite
 * here and on PostgreSQL under scripts/test-server-pg.mjs.
 */
let server: TestServer;
let cookie: string;
let site: Awaited<ReturnType<typeof enrolledSite>>;
let other: Awaited<ReturnType<typeof enrolledSite>>;
const photo = png(4, 3, [200, 40, 40]);
const inTable = png(2, 2, [40, 200, 40]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const attachment = (bytes: Buffer) => ({ id: randomUUID(), sha256: sha(bytes), mimeType: 'image/png', size: bytes.length });
const itemPhoto = attachment(photo);
const cellPhoto = attachment(inTable);
const notUploaded = attachment(png(1, 1, [0, 0, 0]));
const unnamed = attachment(png(1, 2, [9, 9, 9]));
const record = {
  id: randomUUID(),
  template_id: 'station-inspection',
  template_version: '1.0.0',
  status: 'completed',
  answers: {
    'site-photos': [{ attachmentId: itemPhoto.id, fileName: '门口.png', evidence: 0 }, { attachmentId: notUploaded.id, fileName: '未传.png' }],
    register: [{ id: 'row-1', 'vehicle-photo': [{ attachmentId: cellPhoto.id, fileName: '车辆.png' }] }],
  },
  started_at: '2026-11-02T00:00:00.000Z',
  completed_at: '2026-11-02T01:00:00.000Z',
  version: 1,
};
const url = (siteId: string, attachmentId: string, recordId: string = record.id) => CONSOLE_PATHS.checklistPhoto(siteId, recordId, attachmentId);
const get = (path: string, headers: Record<string, string> = { cookie }) => server.app.inject({ method: 'GET', url: path, headers });

beforeAll(async () => {
  server = await openTestServer({ now: () => new Date('2026-11-23T08:00:00.000Z') });
  ({ cookie } = await signedInStaff(server.app));
  site = await enrolledSite(server.app, 'YY42');
  other = await enrolledSite(server.app, 'AB01');
  // As the site's sync does: the bytes first (only what head office lacks), then the batch naming them.
  for (const bytes of [photo, inTable, png(1, 2, [9, 9, 9])]) {
    const put = await server.app.inject({ method: 'PUT', url: PATHS.blob(sha(bytes)), headers: { ...site.auth, 'content-type': 'application/octet-stream' }, payload: bytes });
    expect(put.statusCode).toBe(200);
  }
  const attachments = [itemPhoto, cellPhoto, notUploaded, unnamed].map((a) => entry({ entity: 'attachment', entityId: a.id, payload: a }));
  await push(server.app, site.auth, { batchId: 'p', entries: [...attachments, entry({ entity: 'checklist_record', entityId: record.id, payload: record as PushEntry['payload'] })] });
});
afterAll(async () => server?.close());

describe(`console: a checklist result's photos on ${process.env.BRANCHLINE_TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('serves a photo item’s image and a table cell’s, as the bytes the site took, typed from their content', async () => {
    for (const [ref, bytes] of [
      [itemPhoto, photo],
      [cellPhoto, inTable],
    ] as const) {
      const response = await get(url(site.siteId, ref.id));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(response.rawPayload, bytes)).toBe(0);
    }
  });

  it('says so when the site has not uploaded the bytes yet', async () => {
    const response = await get(url(site.siteId, notUploaded.id));
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('尚未上传');
  });

  it('serves nothing the record does not name, nothing under another site or record, and nothing without a session', async () => {
    // Uploaded by the site, but not a photo of this record.
    expect((await get(url(site.siteId, unnamed.id))).statusCode).toBe(404);
    expect((await get(url(other.siteId, itemPhoto.id))).statusCode).toBe(404);
    expect((await get(url(site.siteId, itemPhoto.id, 'another-record'))).statusCode).toBe(404);
    expect((await get(url(site.siteId, itemPhoto.id), {})).statusCode).toBe(401);
    // A site's device credential is not a console session.
    expect((await get(url(site.siteId, itemPhoto.id), site.auth)).statusCode).toBe(401);
  });
});
