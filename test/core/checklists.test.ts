import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistRecord } from '../../shared/api/checklists';
import { templateSchema, type ChecklistTemplate } from '../../shared/checklists/template-schema';
import { findTemplate } from '../../shared/checklists/templates';

import { countRows, openTestCore, type TestCore } from '../support/temp-core';

const sewageHaulageTemplate = findTemplate('well.sewage-haulage-register')!;

/** The registry as the core sees it: the shipped templates plus what a test adds (a new version, a scheduled test template). */
const registry = vi.hoisted(() => ({
  list: [] as ChecklistTemplate[],
  /** Every version, retired ones too (what the catalogue looks versions up in). */
  versions: [] as ChecklistTemplate[],
  add(template: ChecklistTemplate) {
    this.list.push(template);
    this.versions.push(template);
  },
  remove(template: ChecklistTemplate) {
    this.list.splice(this.list.indexOf(template), 1);
    this.versions.splice(this.versions.indexOf(template), 1);
  },
}));
vi.mock('../../shared/checklists/templates', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/checklists/templates')>();
  registry.list.push(...actual.SHIPPED_TEMPLATES);
  registry.versions.push(...actual.SHIPPED_TEMPLATE_VERSIONS);
  return {
    ...actual,
    SHIPPED_TEMPLATES: registry.list,
    SHIPPED_TEMPLATE_VERSIONS: registry.versions,
    findTemplate: (id: string, version?: string) =>
      registry.list.filter((t) => t.id === id && (version === undefined || t.version === version)).sort((a, b) => actual.compareVersions(b.version, a.version))[0],
  };
});

/** The demo station's organisation profile fills the test template too (a template applies only where the site's profile lists it). */
vi.mock('../../shared/profiles', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/profiles')>();
  return { ...actual, SHIPPED_PROFILES: actual.SHIPPED_PROFILES.map((p) => (p.id === 'well-station' ? { ...p, templates: [...p.templates, 'h2s-test'] } : p)) };
});

/** A test template shaped like the H2S measurement (seed000 §1.6 1: 每月10号、25号): one reading with limits, a check, a photo with evidence. */
const h2sTemplate = templateSchema.parse({
  id: 'h2s-test',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '硫化氢含量测定（测试）', en: 'H2S measurement (test)' },
  source: 'test fixture after seed000-part1 §1.6 1',
  schedule: { kind: 'daysOfMonth', days: [10, 25], source: 'seed000-part1 §1.6 1' },
  sections: [
    {
      id: 'reading',
      title: { zh: '测定', en: 'Reading' },
      source: 'seed000-part1 §1.6 1',
      items: [
        { id: 'h2s', kind: 'number', label: { zh: '硫化氢含量', en: 'H2S content' }, unit: 'mg/m³', min: 0, max: 20, source: 'seed000-part1 §1.6 1', required: true },
        { id: 'reported', kind: 'passFail', label: { zh: '接近标准值时已汇报', en: 'Reported when near the limit' }, source: 'seed000-part1 §1.6 2' },
        { id: 'meter', kind: 'photo', label: { zh: '仪表读数照片', en: 'Meter photo' }, source: 'test', evidence: [{ zh: '仪表读数', en: 'Meter reading' }] },
        { id: 'note', kind: 'text', label: { zh: '备注', en: 'Note' }, source: 'test', showIf: { itemId: 'reported', equals: 'fail' }, required: true },
      ],
    },
  ],
});
registry.add(h2sTemplate);

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (seed: number, size = 64) => Buffer.from([...PNG_SIGNATURE, ...Array.from({ length: size - 8 }, (_, i) => (i * 7 + seed) % 256)]).toString('base64');

async function refused(method: string, input: unknown, login = 'limei') {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) } as never);
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  return response.error;
}

/** A complete truckload row of the sewage haulage register (seed000 §1.5). */
const truckload = (n: number) => ({
  date: '2026-11-23',
  'transport-unit': '川中油气运输公司',
  plate: `川E·1234${n}`,
  driver: '刘师傅',
  'vehicle-qualified': true,
  'personnel-qualified': true,
  volume: 18.5,
  'pipe-intact': true,
  'departed-at': sh('2026-11-23T09:10'),
  'arrived-at': sh('2026-11-23T10:40'),
  'reinjection-station': '磨溪回注站',
  waybill: `YD-2026-00${n}`,
  'recorded-by': '李梅',
});

async function startSewage(session: string): Promise<ChecklistRecord> {
  return core.call('checklists.start', { templateId: 'well.sewage-haulage-register' }, session);
}

describe('checklist records', () => {
  it('lists the shipped templates with their schedules', async () => {
    core = await openTestCore();
    const templates = await core.call('checklists.templates', {}, await core.signIn('limei'));
    const sewage = templates.find((t) => t.id === 'well.sewage-haulage-register')!;
    expect(sewage.schedule).toEqual({ kind: 'perEvent', source: expect.stringContaining('seed000') });
    expect(sewage.orientation).toBe('landscape');
    expect(sewage.sections[0]!.items[0]!.columns!.find((c) => c.id === 'photos')!.evidence!.map((e) => e.zh)).toEqual(['车身正面', '车身侧面']);
  });

  it('a record keeps the template version it started with when a new version ships', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const old = await startSewage(session);
    expect(old.templateVersion).toBe('1.0.0');
    const changed = templateSchema.parse({ ...sewageHaulageTemplate, version: '1.1.0', title: { zh: '污水拉运登记台帐（新版）', en: 'Sewage haulage register (new)' } });
    registry.add(changed);
    try {
      const reread = await core.call('checklists.get', { id: old.id }, session);
      expect(reread.templateVersion).toBe('1.0.0');
      expect(reread.template.title.zh).toBe('污水拉运登记台帐');
      const fresh = await startSewage(session);
      expect(fresh.templateVersion).toBe('1.1.0');
      expect(fresh.template.title.zh).toBe('污水拉运登记台帐（新版）');
    } finally {
      registry.remove(changed);
    }
  });

  it('autosave of one row or one answer keeps the others; every save writes audit and outbox', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    let r = await startSewage(session);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: truckload(1) }, session);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r2', cells: { plate: '川E·99999' } }, session);
    const before = countRows(core);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r2', cells: { volume: 20 } }, session);
    expect(countRows(core).audit).toBe(before.audit + 1);
    expect(countRows(core).outbox).toBe(before.outbox + 1);
    const rows = r.answers['truckloads'] as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ ...truckload(1), id: 'r1' });
    expect(rows[1]).toEqual({ id: 'r2', plate: '川E·99999', volume: 20 });
    // A null cell clears that cell only.
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: { driver: null } }, session);
    expect((r.answers['truckloads'] as Record<string, unknown>[])[0]).toEqual({ ...Object.fromEntries(Object.entries(truckload(1)).filter(([k]) => k !== 'driver')), id: 'r1' });
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r2', remove: true }, session);
    expect((r.answers['truckloads'] as unknown[]).length).toBe(1);

    let h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 12.5 }, session);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'reported', value: 'pass' }, session);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 13 }, session);
    expect(h.answers).toEqual({ h2s: 13, reported: 'pass' });
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'reported', value: null }, session);
    expect(h.answers).toEqual({ h2s: 13 });
    const audit = core.context.store.read.prepare("SELECT action FROM audit_log WHERE entity = 'checklist_record' AND entity_id = ?").all(h.id);
    expect(audit).toHaveLength(5);
  });

  it('checks each answer against its item kind, with a Chinese message, and saves nothing on refusal', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
    const cases: [string, unknown, string][] = [
      ['h2s', '十二', '「硫化氢含量」须为数字'],
      ['reported', 'ok', '「接近标准值时已汇报」请选择合格、不合格或不适用'],
      ['meter', [{ attachmentId: 'x', fileName: 'a.png' }], '照片不属于本记录'],
      ['nope', 1, '模板中没有这一项'],
    ];
    for (const [itemId, value, message] of cases) {
      const error = await refused('checklists.saveAnswers', { id: h.id, version: h.version, itemId, value });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain(message);
    }
    const s = await startSewage(session);
    const rowErrors: [Record<string, unknown>, string][] = [
      [{ 'departed-at': '明天上午' }, '「离站时间」时间格式不对'],
      [{ date: '2026-02-30' }, '「日期」日期格式不对'],
      [{ 'vehicle-qualified': 'yes' }, '「车辆资质已核对」请选择是或否'],
      [{ colour: 'red' }, '没有「colour」这一列'],
    ];
    for (const [cells, message] of rowErrors) {
      const error = await refused('checklists.saveAnswers', { id: s.id, version: s.version, itemId: 'truckloads', rowId: 'r1', cells });
      expect(error.message).toContain(message);
      expect(error.issues?.[0]?.path).toMatch(/^cells\./);
    }
    expect((await core.call('checklists.get', { id: s.id }, session)).answers).toEqual({});
  });

  it('refuses a stale version (another window saved meanwhile) and any change after completion', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
    const saved = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 5 }, session);
    const stale = await refused('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 6 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('已被其他人或其他窗口修改');
    const done = await core.call('checklists.complete', { id: h.id, version: saved.version }, session);
    expect(done.status).toBe('completed');
    expect(done.completedByName).toBe('李梅');
    const after = await refused('checklists.saveAnswers', { id: h.id, version: done.version, itemId: 'h2s', value: 6 });
    expect(after.code).toBe('CONFLICT');
    expect(after.message).toContain('已完成');
  });

  it('refuses completion while required items, cells or evidence photos are missing, naming each', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    let r = await startSewage(session);
    const empty = await refused('checklists.complete', { id: r.id, version: r.version });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.issues).toEqual([{ path: 'truckloads', message: expect.stringContaining('「污水拉运登记」至少要有一行') }]);

    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: { ...truckload(1), waybill: null } }, session);
    r = await core.call('checklists.attachPhoto', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', columnId: 'photos', evidence: 0, fileName: 'front.png', mimeType: 'image/png', dataBase64: png(1) }, session);
    const missing = await refused('checklists.complete', { id: r.id, version: r.version });
    expect(missing.issues?.map((i) => i.message)).toEqual([expect.stringContaining('第1行「车身照片」缺少照片：车身侧面'), expect.stringContaining('第1行请填写「气田水运输签运单号」')]);

    // A conditional item is required only when shown: 备注 is asked for when 汇报 is 不合格.
    let h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 8 }, session);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'reported', value: 'fail' }, session);
    expect((await refused('checklists.complete', { id: h.id, version: h.version })).issues).toEqual([{ path: 'note', message: expect.stringContaining('请填写「备注」') }]);
    h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'reported', value: 'pass' }, session);
    expect((await core.call('checklists.complete', { id: h.id, version: h.version }, session)).status).toBe('completed');

    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: { waybill: 'YD-1' } }, session);
    r = await core.call('checklists.attachPhoto', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', columnId: 'photos', evidence: 1, fileName: 'side.png', mimeType: 'image/png', dataBase64: png(2) }, session);
    expect((await core.call('checklists.complete', { id: r.id, version: r.version }, session)).status).toBe('completed');
  });

  it('stores photos in the attachments once per content, checked by their bytes and size', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    let r = await startSewage(session);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: truckload(1) }, session);
    r = await core.call('checklists.attachPhoto', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', columnId: 'photos', evidence: 0, fileName: 'front.png', mimeType: 'image/png', dataBase64: png(7) }, session);
    const photos = (r.answers['truckloads'] as { photos: { attachmentId: string; fileName: string; evidence: number }[] }[])[0]!.photos;
    expect(photos).toEqual([{ attachmentId: expect.any(String), fileName: 'front.png', evidence: 0 }]);
    expect((await core.call('checklists.photo', { attachmentId: photos[0]!.attachmentId }, session)).dataBase64).toBe(png(7));

    // The same bytes on another record reuse the stored attachment.
    let h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
    h = await core.call('checklists.attachPhoto', { id: h.id, version: h.version, itemId: 'meter', evidence: 0, fileName: 'again.png', mimeType: 'image/png', dataBase64: png(7) }, session);
    expect((h.answers['meter'] as { attachmentId: string }[])[0]!.attachmentId).toBe(photos[0]!.attachmentId);
    expect((core.context.store.read.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n).toBe(1);

    const fake = await refused('checklists.attachPhoto', { id: h.id, version: h.version, itemId: 'meter', fileName: 'a.png', mimeType: 'image/png', dataBase64: Buffer.from('not an image at all').toString('base64') });
    expect(fake.message).toContain('不是 PNG、JPEG、WebP 或 GIF 图片');
    const notPhoto = await refused('checklists.attachPhoto', { id: h.id, version: h.version, itemId: 'h2s', fileName: 'a.png', mimeType: 'image/png', dataBase64: png(3) });
    expect(notPhoto.message).toContain('不是照片项');
    const big = await refused('checklists.attachPhoto', { id: h.id, version: h.version, itemId: 'meter', fileName: 'big.png', mimeType: 'image/png', dataBase64: png(4, 800 * 1024) });
    expect(big.code).toBe('VALIDATION');
    expect(big.message).toContain('750 KB');
    const noRow = await refused('checklists.attachPhoto', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r9', columnId: 'photos', fileName: 'x.png', mimeType: 'image/png', dataBase64: png(5) });
    expect(noRow.message).toContain('请先填写该行');
  });

  it('raises a corrective action from a failed row only, and tracks it to closure', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    const lead = await core.signIn('wangjg');
    const colleagues = await core.call('users.colleagues', {}, lead);
    const zhangwei = colleagues.find((u) => u.displayName === '张伟')!.id;
    let r = await startSewage(limei);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r1', cells: truckload(1) }, limei);
    r = await core.call('checklists.saveAnswers', { id: r.id, version: r.version, itemId: 'truckloads', rowId: 'r2', cells: { ...truckload(2), 'pipe-intact': false } }, limei);
    const raise = { recordId: r.id, itemId: 'truckloads', problem: '连接管道接头渗漏', action: '更换连接管道接头并复查', ownerId: zhangwei, dueAt: sh('2026-11-25T18:00') };

    const notFailed = await refused('checklists.raiseAction', { ...raise, rowId: 'r1' });
    expect(notFailed.code).toBe('CONFLICT');
    expect(notFailed.message).toContain('没有不合格的项');
    const past = await refused('checklists.raiseAction', { ...raise, rowId: 'r2', dueAt: sh('2026-11-01T18:00') });
    expect(past.issues?.[0]?.path).toBe('dueAt');

    r = await core.call('checklists.raiseAction', { ...raise, rowId: 'r2' }, limei);
    let [action] = r.actions;
    expect(action).toMatchObject({ rowId: 'r2', status: 'open', ownerName: '张伟', overdue: false, mayClose: false });

    // Reported done by the owner; the owner cannot verify it; the station lead closes it, or reopens it.
    const zw = await core.signIn('zhangwei');
    r = await core.call('checklists.completeAction', { actionId: action!.id, version: action!.version, note: '已更换接头' }, zw);
    action = r.actions[0];
    expect(action!.status).toBe('implemented');
    expect((await refused('checklists.closeAction', { actionId: action!.id, version: action!.version, effective: true, note: '好' }, 'zhangwei')).code).toBe('FORBIDDEN');
    expect((await refused('checklists.closeAction', { actionId: action!.id, version: action!.version, effective: true, note: '好' }, 'limei')).code).toBe('FORBIDDEN');
    const noDue = await refused('checklists.closeAction', { actionId: action!.id, version: action!.version, effective: false, note: '仍渗漏' }, 'wangjg');
    expect(noDue.issues?.[0]?.path).toBe('newDueAt');
    r = await core.call('checklists.closeAction', { actionId: action!.id, version: action!.version, effective: false, note: '仍渗漏', newDueAt: sh('2026-11-27T18:00') }, lead);
    action = r.actions[0];
    expect(action).toMatchObject({ status: 'open', reopenCount: 1, dueAt: sh('2026-11-27T18:00') });
    core.clock.set(new Date(sh('2026-11-28T09:00'))); // sessions end after 15 idle minutes: sign in again
    expect((await core.call('checklists.get', { id: r.id }, await core.signIn('wangjg'))).actions[0]!.overdue).toBe(true);
    r = await core.call('checklists.completeAction', { actionId: action!.id, version: action!.version, note: '整体更换连接管道' }, await core.signIn('zhangwei'));
    r = await core.call('checklists.closeAction', { actionId: action!.id, version: r.actions[0]!.version, effective: true, note: '复查无渗漏' }, await core.signIn('wangjg'));
    expect(r.actions[0]).toMatchObject({ status: 'closed', closedByName: '王建国', closeNote: '复查无渗漏', overdue: false });
    expect(r.openActions).toBe(0);
    const stale = await refused('checklists.completeAction', { actionId: action!.id, version: action!.version, note: 'x' }, 'zhangwei');
    expect(stale.code).toBe('CONFLICT');
  });

  it('lists a template’s records newest first', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const first = await startSewage(session);
    core.clock.advance(60_000);
    const second = await startSewage(session);
    const list = await core.call('checklists.list', { templateId: 'well.sewage-haulage-register' }, session);
    // The demo's own register (started three hours before the clock) comes last.
    expect(list.map((r) => r.id)).toEqual([second.id, first.id, expect.any(String)]);
    expect(list[2]).toMatchObject({ startedByName: '李梅', answered: 1 });
    expect(list[0]).toMatchObject({ status: 'draft', startedByName: '李梅', templateVersion: '1.0.0', answered: 0 });
  });

  it('says what is due and overdue at the site today, by the site’s calendar (H2S on the 10th and 25th)', async () => {
    core = await openTestCore(); // the demo site is set up on 2026-11-23 (Beijing time)
    // The clock jumps days at a time, past the idle sign-out: each step signs in afresh.
    const h2s = async () => (await core.call('checklists.due', {}, await core.signIn('limei'))).find((d) => d.templateId === 'h2s-test')!;
    const measure = async () => {
      const session = await core.signIn('limei');
      let h = await core.call('checklists.start', { templateId: 'h2s-test' }, session);
      h = await core.call('checklists.saveAnswers', { id: h.id, version: h.version, itemId: 'h2s', value: 3 }, session);
      await core.call('checklists.complete', { id: h.id, version: h.version }, session);
    };
    expect((await core.call('checklists.due', {}, await core.signIn('limei'))).find((d) => d.templateId === 'well.sewage-haulage-register')!.status).toBe('perEvent');

    core.clock.set(new Date(sh('2026-11-25T08:00')));
    expect(await h2s()).toMatchObject({ status: 'due', current: { dueBy: '2026-11-25', done: 0 }, nextDueBy: '2026-12-10' });
    core.clock.set(new Date(sh('2026-11-26T08:00')));
    expect(await h2s()).toMatchObject({ status: 'overdue', current: { dueBy: '2026-11-25' } });
    await measure(); // late, on the 26th: still counts for the 25th
    expect((await h2s()).status).toBe('done');

    core.clock.set(new Date(sh('2026-12-10T00:30'))); // 16:30 on the 9th in UTC: the 10th in Beijing
    expect((await h2s()).status).toBe('due');
    await measure();
    expect(await h2s()).toMatchObject({ status: 'done', current: { dueBy: '2026-12-10', done: 1 } });
    core.clock.set(new Date(sh('2026-12-24T23:59')));
    expect((await h2s()).status).toBe('done');
    core.clock.set(new Date(sh('2026-12-26T00:01')));
    expect(await h2s()).toMatchObject({ status: 'overdue', current: { dueBy: '2026-12-25', done: 0 } });
    // Missed the 25th entirely: on 10 January the missed one is reported.
    core.clock.set(new Date(sh('2027-01-10T09:00')));
    expect(await h2s()).toMatchObject({ status: 'overdue', current: { dueBy: '2027-01-10' }, missed: { dueBy: '2026-12-25', done: 0 } });
  });

  it('开始填写 resumes this period’s open draft; 另开一份 starts another; a draft of an earlier period is not resumed (issue 20 item 3)', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-11-25T08:00')));
    const start = async (resume?: boolean) => (await core.call('checklists.start', { templateId: 'h2s-test', ...(resume === undefined ? {} : { resume }) }, await core.signIn('limei'))).id;
    const openDraft = async () => (await core.call('checklists.due', {}, await core.signIn('limei'))).find((d) => d.templateId === 'h2s-test')!.openDraft;
    expect(await openDraft()).toBeNull();
    const first = await start(true);
    expect(await start(true)).toBe(first);
    expect(await openDraft()).toBe(first);
    core.clock.advance(60_000);
    const another = await start(false);
    expect(another).not.toBe(first);
    const third = await start(); // without resume (other callers, the sync tests) a new record, as before
    expect([first, another]).not.toContain(third);
    const newest = await start(true);
    expect(newest).toBe(third); // the newest draft of the period

    // While the 25th is overdue its draft is still the one to finish; on 10 December (the next occurrence) it is missed,
    // and its drafts stay in the list but are not resumed.
    core.clock.set(new Date(sh('2026-12-01T08:00')));
    expect(await openDraft()).toBe(third);
    core.clock.set(new Date(sh('2026-12-10T08:00')));
    expect(await openDraft()).toBeNull();
    const december = await start(true);
    expect([first, another, newest]).not.toContain(december);
    expect(await start(true)).toBe(december);
    const due = (await core.call('checklists.due', {}, await core.signIn('limei'))).find((d) => d.templateId === 'h2s-test')!;
    expect(due).toMatchObject({ drafts: 4, openDraft: december });
  });

  it('checks permissions in the core: only verifiers close actions; no session, no records', async () => {
    core = await openTestCore();
    const response = await core.dispatch({ method: 'checklists.templates', input: {} });
    expect(!response.ok && response.error.code).toBe('UNAUTHENTICATED');
    const r = await startSewage(await core.signIn('limei'));
    const error = await refused('checklists.closeAction', { actionId: r.id, version: 1, effective: true, note: '好' }, 'zhangwei');
    expect(error.code).toBe('FORBIDDEN');
  });
});
