import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, complaintClassesResponseSchema, complaintsResponseSchema } from '../../shared/sync/console-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { datasetRow } from '../support/report-dataset';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 20 item 16: the console's complaint list filters by class (等级, as
 * the site graded it under its rule pack) and, separately, by kind (投诉 /
 * 建议 / 咨询), on the server, with the count and the pages of what matches;
 * the class filter offers the classes of the packs the sites run. On SQLite
 * here and on PostgreSQL under scripts/test-server-pg.mjs.
 */
let server: TestServer;
let cookie: string;
let yySiteId: string;
const NOW = new Date('2026-11-23T08:00:00.000Z');

/** A complaint payload as a site sends it: its class in the payload and in the report row it carries. */
function complaint(siteId: string, n: number, kind: string, classCode: string | null) {
  const id = randomUUID();
  const receivedAt = new Date(Date.UTC(2026, 10, 1 + n, 2)).toISOString();
  const report = { ...datasetRow(0, siteId), complaint_id: id, version: 1, kind, class_code: classCode, received_at: receivedAt };
  return { id, serial: `S-${n}`, kind, classCode, status: 'in_progress', content: `第${n}件`, receivedAt, dueAt: null, version: 1, report };
}

async function get<T>(url: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await server.app.inject({ method: 'GET', url, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return schema.parse(response.json());
}
const serials = async (query: string) => {
  const page = await get(`${CONSOLE_PATHS.complaints}?${query}`, complaintsResponseSchema);
  return { serials: page.rows.map((r) => r.serial), classes: page.rows.map((r) => r.classCode), total: page.total };
};

beforeAll(async () => {
  server = await openTestServer({ now: () => NOW });
  ({ cookie } = await signedInStaff(server.app));
  const yy = await enrolledSite(server.app, 'YY42');
  const ab = await enrolledSite(server.app, 'AB01');
  yySiteId = yy.siteId;
  const site = (pack: string) => entry({ entity: 'site', entityId: randomUUID(), payload: { rulePack: pack } as PushEntry['payload'] });
  // YY42 grades by the insurance pack (一般 / 疑难 / 重大投诉件), AB01 by the group's (一般 / 重大投诉): "major" in both, named differently.
  const atYy = [
    complaint(yy.siteId, 1, 'complaint', 'general'),
    complaint(yy.siteId, 2, 'complaint', 'major'),
    complaint(yy.siteId, 3, 'suggestion', 'general'),
    complaint(yy.siteId, 4, 'complaint', 'general'),
    complaint(yy.siteId, 5, 'inquiry', null),
  ];
  const atAb = [complaint(ab.siteId, 6, 'complaint', 'major'), complaint(ab.siteId, 7, 'complaint', 'ordinary')];
  const entries = (rows: ReturnType<typeof complaint>[]) => rows.map((p) => entry({ entityId: p.id, payload: p as unknown as PushEntry['payload'] }));
  await push(server.app, yy.auth, { batchId: 'y', entries: [site('insurance-branch-p5'), ...entries(atYy)] });
  await push(server.app, ab.auth, { batchId: 'a', entries: [site('sichuan-group-p6'), ...entries(atAb)] });
});
afterAll(async () => server?.close());

describe(`console complaints: class and kind filters on ${process.env.BRANCHLINE_TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('lists each complaint with the class the site graded it', async () => {
    expect(await serials('')).toEqual({ serials: ['S-7', 'S-6', 'S-5', 'S-4', 'S-3', 'S-2', 'S-1'], classes: ['ordinary', 'major', null, 'general', 'general', 'major', 'general'], total: 7 });
  });

  it('filters by class across sites and for one site, counting what matches', async () => {
    expect(await serials('classCode=major')).toMatchObject({ serials: ['S-6', 'S-2'], total: 2 });
    expect(await serials('classCode=general')).toMatchObject({ serials: ['S-4', 'S-3', 'S-1'], total: 3 });
    expect(await serials(`classCode=major&siteId=${yySiteId}`)).toMatchObject({ serials: ['S-2'], total: 1 });
    expect(await serials('classCode=difficult')).toEqual({ serials: [], classes: [], total: 0 });
  });

  it('filters by kind apart from class, and by both together', async () => {
    expect(await serials('kind=complaint')).toMatchObject({ serials: ['S-7', 'S-6', 'S-4', 'S-2', 'S-1'], total: 5 });
    expect(await serials('kind=complaint&classCode=general')).toMatchObject({ serials: ['S-4', 'S-1'], total: 2 });
    expect(await serials('kind=suggestion&classCode=general')).toMatchObject({ serials: ['S-3'], total: 1 });
  });

  it('pages through the matches with the full count on every page', async () => {
    expect(await serials('classCode=general&limit=2')).toMatchObject({ serials: ['S-4', 'S-3'], total: 3 });
    expect(await serials('classCode=general&limit=2&offset=2')).toMatchObject({ serials: ['S-1'], total: 3 });
  });

  it('offers the classes of the packs the sites run, a code two packs name differently with both names', async () => {
    const all = await get(CONSOLE_PATHS.complaintClasses, complaintClassesResponseSchema);
    expect(all.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['general', '一般投诉件'],
      ['major', '重大投诉件 / 重大投诉'],
      ['ordinary', '一般投诉'],
    ]);
    // One site: every class of its pack, graded complaints or not.
    const yy = await get(`${CONSOLE_PATHS.complaintClasses}?siteId=${yySiteId}`, complaintClassesResponseSchema);
    expect(yy.classes.map((c) => [c.code, c.label.zh])).toEqual([
      ['general', '一般投诉件'],
      ['difficult', '疑难投诉件'],
      ['major', '重大投诉件'],
    ]);
  });

  it('refuses a class code that is not a code', async () => {
    const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?classCode=${'x'.repeat(65)}`, headers: { cookie } });
    expect(response.statusCode).toBe(400);
  });
});
