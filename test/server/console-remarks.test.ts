import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, complaintDetailSchema, writeRemarkResponseSchema } from '../../shared/sync/console-api';
import { remarkBodySchema } from '../../shared/sync/merge-rules';
import { PATHS, errorBodySchema, pullResponseSchema } from '../../shared/sync/protocol';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import { signedInStaff, STAFF } from './support/console';
import { admin, enrolledSite, entry, openTestServer, push, rowCounts, type TestServer } from './support/test-server';

let server: TestServer | undefined;
let site: EnrolledSite | undefined;
afterEach(async () => {
  await server?.close();
  await site?.close();
  server = site = undefined;
});

const NOW = new Date('2026-11-23T08:00:00.000Z');

/** A site that sent its own record (running the 四川 group pack) and one complaint, twice (version 2 held). */
async function siteWithComplaint(app: FastifyInstance, code: string, rulePack: string | null = 'sichuan-group-p6') {
  const enrolled = await enrolledSite(app, code);
  const complaint = { id: randomUUID(), serial: `${code}-20261123-0001`, kind: 'complaint', status: 'accepted', content: '水压低', classCode: 'ordinary', receivedAt: '2026-11-23T01:00:00.000Z', version: 1 };
  const entries = [entry({ entityId: complaint.id, payload: complaint }), entry({ entityId: complaint.id, entityVersion: 2, payload: { ...complaint, version: 2 } })];
  if (rulePack) entries.unshift(entry({ entity: 'site', entityId: enrolled.siteId, payload: { siteId: enrolled.siteId, code, name: `网点 ${code}`, organisation: '演示', rulePack } }));
  const pushed = await push(app, enrolled.auth, { batchId: `b-${code}`, entries });
  if (pushed.statusCode !== 200) throw new Error(`push: ${pushed.statusCode} ${pushed.body}`);
  return { ...enrolled, complaint };
}

function write(app: FastifyInstance, cookie: string, siteId: string, id: string, payload: unknown) {
  return app.inject({ method: 'POST', url: CONSOLE_PATHS.complaintRemarks(siteId, id), headers: { cookie }, payload: payload as object });
}

async function detail(app: FastifyInstance, cookie: string, siteId: string, id: string) {
  return complaintDetailSchema.parse((await app.inject({ method: 'GET', url: CONSOLE_PATHS.complaint(siteId, id), headers: { cookie } })).json());
}

describe('console: head-office remarks and class decisions on a complaint', () => {
  it('publishes the remark to that one site, signed by the staff member, keeps it, and lists it on the complaint', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await siteWithComplaint(server.app, 'YY42');
    const other = await enrolledSite(server.app, 'AB01');

    const before = await detail(server.app, cookie, yy.siteId, yy.complaint.id);
    expect(before).toMatchObject({ version: 2, rulePackId: 'sichuan-group-p6', remarks: [] });

    const response = await write(server.app, cookie, yy.siteId, yy.complaint.id, { basedOnVersion: 2, remark: '  请三日内回访客户  ', classCode: 'major', note: '多站出现同类问题' });
    expect(response.statusCode, response.body).toBe(201);
    const { remark, cursor } = writeRemarkResponseSchema.parse(response.json());
    expect(remark).toMatchObject({ author: STAFF.displayName, at: NOW.toISOString(), basedOnVersion: 2, remark: '请三日内回访客户', classCode: 'major', note: '多站出现同类问题' });

    // What the site pulls: one remark item in the shape it merges; the other site gets nothing.
    const pulled = pullResponseSchema.parse((await server.app.inject({ method: 'GET', url: `${PATHS.pull}?cursor=0`, headers: yy.auth })).json());
    expect(pulled.items).toHaveLength(1);
    expect(pulled.items[0]).toMatchObject({ kind: 'remark', version: 1 });
    expect(remarkBodySchema.parse(pulled.items[0]!.body)).toEqual({
      entity: 'complaint',
      entityId: yy.complaint.id,
      basedOnVersion: 2,
      fields: { headOfficeRemark: '请三日内回访客户', classCode: 'major' },
      note: '多站出现同类问题',
      author: STAFF.displayName,
    });
    expect((await server.app.inject({ method: 'GET', url: `${PATHS.pull}?cursor=0`, headers: other.auth })).json().items).toEqual([]);

    const kept = await server.store.db.selectFrom('head_office_remarks').selectAll().executeTakeFirstOrThrow();
    const staffId = (await server.store.db.selectFrom('console_users').select('id').executeTakeFirstOrThrow()).id;
    expect(kept).toMatchObject({ site_id: yy.siteId, entity: 'complaint', entity_id: yy.complaint.id, author: STAFF.displayName, author_user_id: staffId, created_at: NOW.toISOString() });
    expect(Number(kept.reference_cursor)).toBe(cursor);

    // A remark alone (no class decision) is fine too; the detail lists both, newest first.
    const second = await write(server.app, cookie, yy.siteId, yy.complaint.id, { basedOnVersion: 2, remark: '已电话督办' });
    expect(second.statusCode).toBe(201);
    const after = await detail(server.app, cookie, yy.siteId, yy.complaint.id);
    expect(after.remarks.map((r) => [r.remark, r.classCode])).toEqual([
      ['已电话督办', null],
      ['请三日内回访客户', 'major'],
    ]);
  });

  it('refuses bad input, another site’s record, a stale version and a class the site’s pack lacks, each with a clear 4xx and nothing changed', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await siteWithComplaint(server.app, 'YY42');
    const ab = await siteWithComplaint(server.app, 'AB01');
    const noPack = await siteWithComplaint(server.app, 'NP01', null);
    const before = await rowCounts(server.store);

    const refusals: [string, string, unknown, number, RegExp][] = [
      ['wrong types', yy.complaint.id, { basedOnVersion: '2', remark: 5 }, 400, /basedOnVersion/],
      ['neither remark nor class', yy.complaint.id, { basedOnVersion: 2, note: '只有说明' }, 400, /请填写批注或选择新的级别/],
      ['blank remark', yy.complaint.id, { basedOnVersion: 2, remark: '   ' }, 400, /remark/],
      ['too long', yy.complaint.id, { basedOnVersion: 2, remark: '长'.repeat(2001) }, 400, /最多 2000 字/],
      ['unknown field', yy.complaint.id, { basedOnVersion: 2, remark: '好', content: '改写' }, 400, /content|Unrecognized/i],
      ['another site’s record', ab.complaint.id, { basedOnVersion: 2, remark: '好' }, 404, /该网点没有这条记录/],
      ['no such record', randomUUID(), { basedOnVersion: 1, remark: '好' }, 404, /该网点没有这条记录/],
      ['a version the writer did not see', yy.complaint.id, { basedOnVersion: 1, remark: '好' }, 409, /第 2 版，请刷新/],
      ['unknown class code', yy.complaint.id, { basedOnVersion: 2, classCode: 'catastrophic' }, 400, /catastrophic 不在该网点的规则包（sichuan-group-p6）中，可选：ordinary, major/],
    ];
    for (const [what, id, payload, status, message] of refusals) {
      const response = await write(server.app, cookie, yy.siteId, id, payload);
      expect(response.statusCode, what).toBe(status);
      expect(errorBodySchema.parse(response.json()).error.message, what).toMatch(message);
    }
    // A site whose pack head office does not know: a remark is possible, a class decision is not.
    const unknownPack = await write(server.app, cookie, noPack.siteId, noPack.complaint.id, { basedOnVersion: 2, classCode: 'major' });
    expect(unknownPack.statusCode).toBe(400);
    expect(unknownPack.json().error.message).toMatch(/不知道该网点使用的规则包/);
    expect((await write(server.app, cookie, 'no-such-site', yy.complaint.id, { basedOnVersion: 2, remark: '好' })).statusCode).toBe(404);
    expect(await rowCounts(server.store)).toEqual(before);
    expect((await write(server.app, cookie, noPack.siteId, noPack.complaint.id, { basedOnVersion: 2, remark: '只写批注' })).statusCode).toBe(201);
    expect((await detail(server.app, cookie, noPack.siteId, noPack.complaint.id)).rulePackId).toBeNull();
  });

  it('the admin API’s remarks are checked the same way and kept too', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await siteWithComplaint(server.app, 'YY42');
    const ab = await siteWithComplaint(server.app, 'AB01');
    const publish = (id: string, body: object) => server!.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'remark', id, version: 1, siteId: yy.siteId, body } });
    const before = await rowCounts(server.store);
    expect((await publish('r-foreign', { entity: 'complaint', entityId: ab.complaint.id, basedOnVersion: 2, fields: { headOfficeRemark: '好' } })).statusCode).toBe(404);
    const unseen = await publish('r-unseen', { entity: 'complaint', entityId: yy.complaint.id, basedOnVersion: 3, fields: { headOfficeRemark: '好' } });
    expect(unseen.statusCode).toBe(409);
    expect(unseen.json().error.message).toMatch(/总部只有该记录的第 2 版/);
    expect(await rowCounts(server.store)).toEqual(before);

    // An older version is a decision on what head office saw then: published (the site asks a person about fields it changed since).
    const published = await publish('r-ok', { entity: 'complaint', entityId: yy.complaint.id, basedOnVersion: 1, fields: { headOfficeRemark: '请核实' } });
    expect(published.statusCode).toBe(201);
    expect(Object.keys(published.json())).toEqual(['cursor']);
    expect((await detail(server.app, cookie, yy.siteId, yy.complaint.id)).remarks).toEqual([expect.objectContaining({ author: '管理接口 / admin API', remark: '请核实', basedOnVersion: 1 })]);
  });
});

describe('console remark, round trip to a real site', () => {
  it('a remark and an escalation written at head office reach the site at its next sync and are merged there', async () => {
    site = await openEnrolledSite();
    const { core, lead } = site;
    await core.call('sync.runNow', {}, lead);
    const complaint = core.context.store.read.prepare("SELECT id, version, class_code FROM complaints WHERE kind = 'complaint' AND class_code = 'ordinary' AND status NOT IN ('closed', 'invalid') ORDER BY serial LIMIT 1").get() as { id: string; version: number; class_code: string };
    const { cookie } = await signedInStaff(site.server.app);

    const held = await detail(site.server.app, cookie, site.siteId, complaint.id);
    expect(held).toMatchObject({ version: complaint.version, rulePackId: 'sichuan-group-p6' });
    const written = await write(site.server.app, cookie, site.siteId, complaint.id, { basedOnVersion: held.version, remark: '请站长亲自回访', classCode: 'major', note: '客户已向媒体反映' });
    expect(written.statusCode, written.body).toBe(201);

    await core.call('sync.runNow', {}, lead);
    const after = core.context.store.read.prepare('SELECT class_code, override_reason FROM complaints WHERE id = ?').get(complaint.id) as { class_code: string; override_reason: string };
    expect(after.class_code).toBe('major');
    expect(after.override_reason).toContain('客户已向媒体反映');
    expect((await core.call('sync.remarks', {}, lead)).items).toEqual([
      expect.objectContaining({ entityId: complaint.id, remark: '请站长亲自回访', author: STAFF.displayName, outcome: { headOfficeRemark: 'taken', classCode: 'taken' } }),
    ]);
  });
});
