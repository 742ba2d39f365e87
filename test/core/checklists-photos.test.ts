import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../shared/api/checklists';
import type { PhotoRef } from '../../shared/checklists/answer-values';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (seed: number) => Buffer.from([...PNG_SIGNATURE, ...Array.from({ length: 56 }, (_, i) => (i * 7 + seed) % 256)]).toString('base64');
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

/** A complete truckload row of the sewage haulage register (seed000 §1.5), photos apart. */
const truckload = {
  date: '2026-11-23',
  'transport-unit': '川中油气运输公司',
  plate: '川E·12341',
  driver: '刘师傅',
  'vehicle-qualified': true,
  'personnel-qualified': true,
  volume: 18.5,
  'pipe-intact': true,
  'departed-at': sh('2026-11-23T09:10'),
  'arrived-at': sh('2026-11-23T10:40'),
  'reinjection-station': '磨溪回注站',
  waybill: 'YD-2026-001',
  'recorded-by': '李梅',
};

const cell = { itemId: 'truckloads', rowId: 'r1', columnId: 'photos' };
const photosOf = (r: ChecklistRecord) => ((r.answers['truckloads'] as Record<string, unknown>[])[0]!['photos'] as PhotoRef[] | undefined) ?? [];
const count = (sql: string, ...params: unknown[]) => (core.context.store.read.prepare(sql).get(...params) as { n: number }).n;

async function refused(method: string, input: unknown, session: string) {
  const response = await core.dispatch({ method, input, session } as never);
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  return response.error;
}

/** A sewage register draft with one row and both evidence photos (车身正面, 车身侧面). */
async function draftWithPhotos(session: string): Promise<ChecklistRecord> {
  let r = await core.call('checklists.start', { templateId: 'well.sewage-haulage-register' }, session);
  r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: truckload }, session);
  r = await core.call('checklists.attachPhoto', { id: r.id, version: r.version, ...cell, evidence: 0, fileName: 'front.png', mimeType: 'image/png', dataBase64: png(1) }, session);
  return core.call('checklists.attachPhoto', { id: r.id, version: r.version, ...cell, evidence: 1, fileName: 'side.png', mimeType: 'image/png', dataBase64: png(2) }, session);
}

describe('removing a photo from a draft (issue 20 item 7)', () => {
  it('takes the photo off the answer, bumps the version, writes audit and outbox, and completion names the missing view again', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const r = await draftWithPhotos(session);
    const [front, side] = photosOf(r);
    const before = countRows(core);

    const removed = await core.call('checklists.removePhoto', { id: r.id, version: r.version, ...cell, attachmentId: side!.attachmentId }, session);
    expect(removed.version).toBe(r.version + 1);
    expect(photosOf(removed)).toEqual([front]);
    expect(countRows(core).audit).toBe(before.audit + 1);
    expect(countRows(core).outbox).toBe(before.outbox + 1);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'checklists.removePhoto' AND entity_id = ?", r.id)).toBe(1);
    // The stored image stays (head office may already hold it); only its link to this record goes.
    expect(count('SELECT count(*) AS n FROM attachments WHERE id = ?', side!.attachmentId)).toBe(1);
    expect(count('SELECT count(*) AS n FROM checklist_record_photos WHERE record_id = ?', r.id)).toBe(1);

    const missing = await refused('checklists.complete', { id: r.id, version: removed.version }, session);
    expect(missing.issues?.map((i) => i.message)).toEqual([expect.stringContaining('第1行「车身照片」缺少照片：车身侧面')]);

    // Replacing = attaching again: the same picture may come back once removed.
    const again = await core.call('checklists.attachPhoto', { id: r.id, version: removed.version, ...cell, evidence: 1, fileName: 'side.png', mimeType: 'image/png', dataBase64: png(2) }, session);
    expect((await core.call('checklists.complete', { id: r.id, version: again.version }, session)).status).toBe('completed');
  });

  it('refuses a completed record with its own code, and a stale version, writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const r = await draftWithPhotos(session);
    const [front] = photosOf(r);

    const stale = await refused('checklists.removePhoto', { id: r.id, version: r.version - 1, ...cell, attachmentId: front!.attachmentId }, session);
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('已被其他人或其他窗口修改');

    const done = await core.call('checklists.complete', { id: r.id, version: r.version }, session);
    const before = countRows(core);
    const completed = await refused('checklists.removePhoto', { id: r.id, version: done.version, ...cell, attachmentId: front!.attachmentId }, session);
    expect(completed).toMatchObject({ code: 'CONFLICT', reason: { key: 'checklists.errors.photoOfCompleted' } });
    expect(countRows(core)).toEqual(before);
    expect(photosOf(await core.call('checklists.get', { id: r.id }, session))).toHaveLength(2);
  });

  it('refuses a photo that is not on that answer (missing, or another record’s), writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const r = await draftWithPhotos(session);
    let other = await core.call('checklists.start', { templateId: 'well.sewage-haulage-register', resume: false }, session);
    other = await core.call('checklists.saveAnswers', { id: other.id, version: other.version, itemId: 'truckloads', rowId: 'r1', cells: truckload }, session);
    other = await core.call('checklists.attachPhoto', { id: other.id, version: other.version, ...cell, evidence: 0, fileName: 'x.png', mimeType: 'image/png', dataBase64: png(9) }, session);
    const before = countRows(core);

    const foreign = await refused('checklists.removePhoto', { id: r.id, version: r.version, ...cell, attachmentId: photosOf(other)[0]!.attachmentId }, session);
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', reason: { key: 'checklists.errors.noSuchPhoto' } });
    const noRow = await refused('checklists.removePhoto', { id: r.id, version: r.version, ...cell, rowId: 'r9', attachmentId: photosOf(r)[0]!.attachmentId }, session);
    expect(noRow.code).toBe('NOT_FOUND');
    const unknown = await refused('checklists.removePhoto', { id: r.id, version: r.version, ...cell, attachmentId: 'no-such-photo' }, session);
    expect(unknown.code).toBe('NOT_FOUND');
    expect(countRows(core)).toEqual(before);
    expect(photosOf(await core.call('checklists.get', { id: r.id }, session))).toHaveLength(2);
  });

  it('refuses a record of another organisation’s form (one this site’s profile does not list), writing nothing', async () => {
    core = await openTestCore({ demo: 'bank-outlet' });
    const session = await core.signIn('zhoumin');
    const user = core.context.store.read.prepare("SELECT id FROM users WHERE login = 'zhoumin'").get() as { id: string };
    // A well station's register in a bank outlet's store: only as it came, never started here (checklists.start refuses it).
    core.context.store.transaction((tx) => {
      tx.prepare(
        `INSERT INTO checklist_records (id, template_id, template_version, status, answers, started_by, started_at, updated_by, updated_at, version)
         VALUES ('foreign', 'well.sewage-haulage-register', '1.0.0', 'draft', ?, ?, '2026-11-23T02:00:00.000Z', ?, '2026-11-23T02:00:00.000Z', 1)`,
      ).run(JSON.stringify({ truckloads: [{ id: 'r1', photos: [{ attachmentId: 'att-1', fileName: 'a.png', evidence: 0 }] }] }), user.id, user.id);
    });
    const before = countRows(core);
    const response = await refused('checklists.removePhoto', { id: 'foreign', version: 1, ...cell, attachmentId: 'att-1' }, session);
    expect(response).toMatchObject({ code: 'CONFLICT', reason: { key: 'checklists.errors.notForThisSite' } });
    expect(countRows(core)).toEqual(before);
  });
});
