import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEAD_OFFICE_FIELDS } from '../../shared/sync/merge-rules';
import { PATHS } from '../../shared/sync/protocol';
import { admin, type TestServer } from '../server/support/test-server';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import type { TestCore } from '../support/temp-core';

let site: EnrolledSite;
let server: TestServer;
let core: TestCore;
let lead: string;
let siteId: string;

beforeEach(async () => {
  site = await openEnrolledSite();
  ({ server, core, lead, siteId } = site);
  await core.call('sync.runNow', {}, lead); // head office now holds every record as the site has it
});
afterEach(() => site.close());

const db = () => core.context.store.read;
let remarkSeq = 0;

/** Head office publishes a remark on one of this site's records, as the admin API takes it. */
async function publishRemark(body: unknown, to: string | null = siteId) {
  return server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'remark', id: `remark-${++remarkSeq}`, version: 1, body, ...(to ? { siteId: to } : {}) } });
}

function openComplaint(): { id: string; version: number; class_code: string } {
  return db().prepare("SELECT id, version, class_code FROM complaints WHERE kind = 'complaint' AND status NOT IN ('closed', 'invalid') ORDER BY serial LIMIT 1").get() as { id: string; version: number; class_code: string };
}

const other = (code: string) => (code === 'major' ? 'ordinary' : 'major');

describe('head-office remarks merged by the per-field rules', () => {
  it('the rules are data: which fields head office may set, and which wait for a person', () => {
    expect(HEAD_OFFICE_FIELDS.map((r) => [r.entity, r.field, r.siteWrites, r.onChangedSince])).toEqual([
      ['complaint', 'headOfficeRemark', false, 'headOffice'],
      ['complaint', 'classCode', true, 'ask'],
      ['notification', 'headOfficeAcknowledgement', false, 'headOffice'],
    ]);
  });

  it('takes head office’s value for a field the site has not changed since; ignores fields head office may not set', async () => {
    const c = openComplaint();
    const outboxBefore = (db().prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    const content = (db().prepare('SELECT content FROM complaints WHERE id = ?').get(c.id) as { content: string }).content;
    expect((await publishRemark({ entity: 'complaint', entityId: c.id, basedOnVersion: c.version, fields: { classCode: other(c.class_code), headOfficeRemark: '请三日内回访', content: '总部改写' }, note: '影响面大' })).statusCode).toBe(201);

    await core.call('sync.runNow', {}, lead);
    const after = db().prepare('SELECT class_code, class_override, override_reason, override_by, version, content FROM complaints WHERE id = ?').get(c.id) as Record<string, unknown>;
    expect(after).toMatchObject({ class_code: other(c.class_code), class_override: other(c.class_code), override_by: null, version: c.version + 1, content });
    expect(after.override_reason).toContain('影响面大');
    const merged = db().prepare('SELECT outcome FROM head_office_remarks').get() as { outcome: string };
    expect(JSON.parse(merged.outcome)).toEqual({ classCode: 'taken', headOfficeRemark: 'taken', content: 'ignored' });
    // The change is the site's record changing: audited (no local person) and queued for head office.
    expect(db().prepare("SELECT user_id FROM audit_log WHERE action = 'complaints.overrideClass' AND entity_id = ?").all(c.id)).toEqual([{ user_id: null }]);
    expect((db().prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(outboxBefore + 1);
    expect((await core.call('sync.status', {}, lead)).conflicts).toBe(0);
    expect((await core.call('sync.remarks', {}, lead)).items).toEqual([
      expect.objectContaining({ entityId: c.id, remark: '请三日内回访', note: '影响面大', outcome: { classCode: 'taken', headOfficeRemark: 'taken', content: 'ignored' } }),
    ]);

    // Merged once: later runs leave it alone.
    await core.call('sync.runNow', {}, lead);
    expect(db().prepare('SELECT count(*) AS n FROM head_office_remarks').get()).toEqual({ n: 1 });
    expect((db().prepare('SELECT version FROM complaints WHERE id = ?').get(c.id) as { version: number }).version).toBe(c.version + 1);
  });

  it('records a conflict when the site changed the field since, lists it, and a person resolves it either way, audited', async () => {
    const c = openComplaint();
    const siteChoice = other(c.class_code);
    // The site overrides the class after head office saw version c.version …
    await core.call('complaints.overrideClass', { id: c.id, classCode: siteChoice, reason: '站长现场核实后调整' }, lead);
    // … and head office, looking at c.version, decides the class back to what it was plus a remark.
    await publishRemark({ entity: 'complaint', entityId: c.id, basedOnVersion: c.version, fields: { classCode: c.class_code }, note: '总部复核维持原级别' });
    await core.call('sync.runNow', {}, lead);

    const row = db().prepare('SELECT class_code, version FROM complaints WHERE id = ?').get(c.id) as { class_code: string; version: number };
    expect(row.class_code).toBe(siteChoice); // not silently overwritten
    const { items } = await core.call('sync.conflicts', {}, lead);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ entity: 'complaint', entityId: c.id, field: 'classCode', siteValue: siteChoice, headOfficeValue: c.class_code, note: '总部复核维持原级别' });
    expect(items[0]!.label).toMatch(/^YY42-/);
    expect((await core.call('sync.status', {}, lead)).conflicts).toBe(1);
    expect(db().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sync.conflictDetected'").get()).toEqual({ n: 1 });

    // A receiver may see conflicts but not decide them.
    const receiver = await core.signIn('limei');
    expect(await core.dispatch({ method: 'sync.resolveConflict', input: { id: items[0]!.id, keep: 'headOffice' }, session: receiver })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await core.call('sync.resolveConflict', { id: items[0]!.id, keep: 'headOffice' }, lead);
    expect((db().prepare('SELECT class_code FROM complaints WHERE id = ?').get(c.id) as { class_code: string }).class_code).toBe(c.class_code);
    const audit = db().prepare("SELECT user_id, after FROM audit_log WHERE action = 'sync.resolveConflict'").get() as { user_id: string; after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ field: 'classCode', kept: 'headOffice', siteValue: siteChoice, headOfficeValue: c.class_code });
    expect(audit.user_id).not.toBeNull();
    expect((await core.call('sync.conflicts', {}, lead)).items).toEqual([]);
    expect(await core.dispatch({ method: 'sync.resolveConflict', input: { id: items[0]!.id, keep: 'site' }, session: lead })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeping the site’s value changes nothing in the record', async () => {
    const c = openComplaint();
    await core.call('complaints.overrideClass', { id: c.id, classCode: other(c.class_code), reason: '站长现场核实后调整' }, lead);
    const before = db().prepare('SELECT class_code, version FROM complaints WHERE id = ?').get(c.id);
    await publishRemark({ entity: 'complaint', entityId: c.id, basedOnVersion: c.version, fields: { classCode: c.class_code } });
    await core.call('sync.runNow', {}, lead);
    const [conflict] = (await core.call('sync.conflicts', {}, lead)).items;
    await core.call('sync.resolveConflict', { id: conflict!.id, keep: 'site' }, lead);
    expect(db().prepare('SELECT class_code, version FROM complaints WHERE id = ?').get(c.id)).toEqual(before);
    expect(db().prepare("SELECT resolution FROM sync_conflicts WHERE id = ?").get(conflict!.id)).toEqual({ resolution: 'site' });
  });

  it('a remark for no record of this site changes nothing; head office cannot publish a remark to every site or off the shape', async () => {
    // Head office refuses to publish one now …
    const refused = await publishRemark({ entity: 'complaint', entityId: 'not-ours', basedOnVersion: 1, fields: { classCode: 'major' } });
    expect(refused.statusCode).toBe(404);
    // … but an older head office did not: its item, written as it would have, is still ignored by the site.
    const body = { entity: 'complaint', entityId: 'not-ours', basedOnVersion: 1, fields: { classCode: 'major' } };
    await server.store.db.transaction().execute(async (trx) => {
      const { value } = await trx.updateTable('counters').set((eb) => ({ value: eb('value', '+', 1) })).where('name', '=', 'reference_cursor').returning('value').executeTakeFirstOrThrow();
      await trx.insertInto('reference_items').values({ cursor: value, kind: 'remark', item_id: 'remark-old', version: 1, body: JSON.stringify(body), site_id: siteId, published_at: new Date().toISOString() }).execute();
    });
    await core.call('sync.runNow', {}, lead);
    expect(JSON.parse((db().prepare('SELECT outcome FROM head_office_remarks').get() as { outcome: string }).outcome)).toEqual({ unknownRecord: true });
    expect((await publishRemark({ entity: 'complaint', entityId: 'x', basedOnVersion: 1, fields: {} }, null)).statusCode).toBe(400);
    expect((await publishRemark({ entity: 'complaint', entityId: 'x', fields: {} })).statusCode).toBe(400);
  });
});

describe('head-office remarks on the complaint’s own detail', () => {
  it('lists each remark on the complaint with its text, author, decisions and what the merge did, conflicts followed to their resolution', async () => {
    const c = openComplaint();
    const siteChoice = other(c.class_code);
    await publishRemark({ entity: 'complaint', entityId: c.id, basedOnVersion: c.version, fields: { headOfficeRemark: '请三日内回访', content: '总部改写' }, note: '影响面大', author: '总部客服部' });
    await core.call('sync.runNow', {}, lead);
    // The site changes the class since head office looked; head office's later decision then waits for a person.
    await core.call('complaints.overrideClass', { id: c.id, classCode: siteChoice, reason: '站长现场核实后调整' }, lead);
    await publishRemark({ entity: 'complaint', entityId: c.id, basedOnVersion: c.version, fields: { classCode: c.class_code }, note: '总部复核维持原级别' });
    // A remark on another complaint is not this one's.
    const another = db().prepare('SELECT id, version FROM complaints WHERE id <> ? LIMIT 1').get(c.id) as { id: string; version: number };
    await publishRemark({ entity: 'complaint', entityId: another.id, basedOnVersion: another.version, fields: { headOfficeRemark: '别的投诉' } });
    await core.call('sync.runNow', {}, lead);

    const { items } = await core.call('complaints.headOfficeRemarks', { id: c.id }, lead);
    expect(items).toHaveLength(2);
    const [decision, remark] = items;
    expect(remark).toMatchObject({ remark: '请三日内回访', note: '影响面大', author: '总部客服部', decisions: [{ field: 'content', value: '总部改写', outcome: 'ignored', conflict: null }] });
    expect(decision).toMatchObject({ remark: null, note: '总部复核维持原级别', author: null, decisions: [{ field: 'classCode', value: c.class_code, outcome: 'conflict', conflict: { resolution: null, resolvedAt: null, resolvedByName: null } }] });

    // Resolved on the sync page: the detail says how and by whom. Front-line staff read it too.
    await core.call('sync.resolveConflict', { id: decision!.decisions[0]!.conflict!.id, keep: 'site' }, lead);
    const receiver = await core.signIn('limei');
    const after = await core.call('complaints.headOfficeRemarks', { id: c.id }, receiver);
    expect(after.items[0]!.decisions[0]!.conflict).toMatchObject({ resolution: 'site', resolvedAt: expect.any(String), resolvedByName: '王建国' });

    expect(await core.call('complaints.headOfficeRemarks', { id: another.id }, lead)).toMatchObject({ items: [{ remark: '别的投诉', decisions: [] }] });
    expect(await core.dispatch({ method: 'complaints.headOfficeRemarks', input: { id: 'no-such' }, session: lead })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Read by the record's index, not a scan of every remark.
    const plan = db().prepare("EXPLAIN QUERY PLAN SELECT remark_id FROM head_office_remarks WHERE entity = 'complaint' AND entity_id = ? ORDER BY merged_at DESC").all(c.id) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX head_office_remarks_by_record');
  });
});
