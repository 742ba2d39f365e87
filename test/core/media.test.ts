import { afterEach, describe, expect, it } from 'vitest';
import type { NewMediaIncident } from '../../shared/api/media';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments';
import type { MediaChannel, MediaContentCategory } from '../../shared/domain/media';
import { mediaStatistics } from '../../shared/domain/media-statistics';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

/** The notice's own site: a 4S store of the car dealer group (seed001 S1), whose profile carries its three content categories. */
async function openS1Core(): Promise<TestCore> {
  const opened = await openTestCore();
  await opened.call('profiles.setSiteProfile', { profileId: 'car-dealer-group' }, await opened.signIn('wangjg'));
  return opened;
}

/** S1 一: the Jetta owner on 《行风热线》, 2014-02-25 07:30. */
const hotlineCase: NewMediaIncident = {
  occurredAt: sh('2014-02-25T07:30'),
  channel: 'conduct_hotline',
  mediaName: '临沂市质量技术监督局',
  programme: '行风热线',
  contentCategory: 'vehicle_quality',
  description: '捷达车主李先生在《行风热线》直播中投诉发动机异响，维修多次不见改善，要求检测。',
};
const forumPost: NewMediaIncident = {
  occurredAt: sh('2026-11-23T08:00'),
  channel: 'online',
  platform: '百度贴吧',
  posterContact: '贴吧用户 临沂老司机',
  contentCategory: 'after_sales_repair',
  description: '贴吧发帖称保养后车辆异响，店里推诿。',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bytes that start like a PNG; `seed` makes different contents. */
const png = (seed: number, size = 64) => Buffer.from([...PNG_SIGNATURE, ...Array.from({ length: size - 8 }, (_, i) => (i * 7 + seed) % 256)]).toString('base64');

async function errorOf(method: string, input: unknown, login = 'limei') {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) } as never);
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  return response.error;
}

describe('负面新闻台账: statistics as S1 二、1 counts 2013', () => {
  /** The 14 cases of 2013: channels 2/4/2/6, contents 8/3/3 (the pairing of channel and content is not given; any pairing gives the same totals). */
  const cases2013: { channel: MediaChannel; category: MediaContentCategory }[] = [
    ...Array.from({ length: 2 }, () => 'conduct_hotline' as const),
    ...Array.from({ length: 4 }, () => 'livelihood_programme' as const),
    ...Array.from({ length: 2 }, () => 'newspaper' as const),
    ...Array.from({ length: 6 }, () => 'online' as const),
  ].map((channel, i) => ({ channel, category: i < 8 ? 'after_sales_repair' : i < 11 ? 'vehicle_quality' : 'accessories_credit' }));

  it('the pure count reproduces the notice’s table', () => {
    const incidents = cases2013.map((c, i) => ({ occurredAt: sh(`2013-${String(i % 12 + 1).padStart(2, '0')}-10T10:00`), channel: c.channel, contentCategory: c.category }));
    expect(mediaStatistics(incidents, 2013, 'Asia/Shanghai', ['after_sales_repair', 'vehicle_quality', 'accessories_credit'])).toEqual({
      year: 2013,
      total: 14,
      byChannel: { conduct_hotline: 2, livelihood_programme: 4, newspaper: 2, online: 6 },
      byCategory: { after_sales_repair: 8, vehicle_quality: 3, accessories_credit: 3, uncategorised: 0 },
      codes: ['after_sales_repair', 'vehicle_quality', 'accessories_credit'],
    });
  });

  it('the register counts by the site’s calendar year: 00:30 on New Year’s Day in Shanghai is the new year', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    for (const [i, c] of cases2013.entries()) {
      // The first one happened at 00:30 on 1 January 2013 in Shanghai, still 2012 in UTC.
      const occurredAt = i === 0 ? sh('2013-01-01T00:30') : sh(`2013-${String((i % 12) + 1).padStart(2, '0')}-15T09:00`);
      const where = c.channel === 'online' ? { platform: '微博' } : { mediaName: '沂蒙晚报' };
      await core.call('media.create', { occurredAt, channel: c.channel, contentCategory: c.category, description: `2013 年第 ${i + 1} 起`, ...where }, session);
    }
    // 00:30 on 1 January 2014 in Shanghai is still 2013 in UTC, and belongs to 2014; this one has no category.
    await core.call('media.create', { occurredAt: sh('2014-01-01T00:30'), channel: 'newspaper', mediaName: '鲁南商报', description: '元旦凌晨见报' }, session);

    const stats = await core.call('media.statistics', { year: 2013 }, session);
    expect(stats).toEqual({
      year: 2013,
      total: 14,
      byChannel: { conduct_hotline: 2, livelihood_programme: 4, newspaper: 2, online: 6 },
      byCategory: { after_sales_repair: 8, vehicle_quality: 3, accessories_credit: 3, uncategorised: 0 },
      categories: [
        { code: 'after_sales_repair', label: { zh: '售后维修纠纷', en: 'After-sales repair dispute' } },
        { code: 'vehicle_quality', label: { zh: '车辆质量纠纷', en: 'Vehicle quality dispute' } },
        { code: 'accessories_credit', label: { zh: '精品信贷', en: 'Accessories and credit' } },
      ],
    });
    expect(await core.call('media.statistics', { year: 2014 }, session)).toMatchObject({ total: 1, byChannel: { newspaper: 1 }, byCategory: { uncategorised: 1 } });
    expect(await core.call('media.list', { year: 2013 }, session)).toHaveLength(14);
  });
});

describe('负面新闻台账: content categories are the site’s own organisation’s (issue 17, seed001 S1 二、1)', () => {
  it('refuses the car dealer’s categories at the well station, whose rules give none, writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const before = countRows(core);
    const response = await core.dispatch({ method: 'media.create', input: forumPost, session });
    expect(response).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'contentCategory', reason: { key: 'media.errors.unknownCategory', params: { category: 'after_sales_repair' } } }] } });
    expect(countRows(core)).toEqual(before);
    const { contentCategory: _none, ...uncategorised } = forumPost;
    await core.call('media.create', uncategorised, session);
    // The demo's radio hotline case and this one.
    expect(await core.call('media.statistics', { year: 2026 }, session)).toMatchObject({ total: 2, byCategory: { uncategorised: 2 }, categories: [] });
  });

  it('counts by the manufacturer’s own four categories (seed001 S4 6.2.1), and keeps a case filed under an earlier profile’s category', async () => {
    core = await openS1Core();
    const lead = await core.signIn('wangjg');
    await core.call('media.create', forumPost, lead);
    await core.call('profiles.setSiteProfile', { profileId: 'manufacturer-s4' }, lead);
    await core.call('media.create', { ...forumPost, contentCategory: 'transport_packaging' }, lead);
    expect((await core.dispatch({ method: 'media.create', input: forumPost, session: lead })).ok).toBe(false);
    const stats = await core.call('media.statistics', { year: 2026 }, lead);
    expect(stats.byCategory).toEqual({ product_quality: 0, transport_packaging: 1, service_quality: 0, other: 0, after_sales_repair: 1, uncategorised: 1 });
    expect(stats.categories.map((c) => c.label?.zh)).toEqual(['产品质量', '运输包装', '服务质量', '其他方面', '售后维修纠纷']);
  });
});

describe('负面新闻台账: recording an incident', () => {
  it('records S1’s example case with the media, programme and linked complaint', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'media', customerName: '李先生', content: '发动机异响' }, session);
    const before = countRows(core);
    const incident = await core.call('media.create', { ...hotlineCase, complaintSerial: complaint.serial }, session);
    expect(incident).toMatchObject({ channel: 'conduct_hotline', programme: '行风热线', status: 'open', complaint: { serial: complaint.serial }, recordedByName: '李梅', steps: [], notifications: [] });
    expect(countRows(core)).toMatchObject({ outbox: before.outbox + 1, audit: before.audit + 1 });
  });

  it('asks for the media name of press items and the platform of online items, in Chinese, under the field', async () => {
    core = await openS1Core();
    expect(await errorOf('media.create', { ...hotlineCase, mediaName: '' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'mediaName', message: '请填写媒体名称' }] });
    expect(await errorOf('media.create', { ...forumPost, platform: undefined })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'platform', message: '网络负面信息请填写发布平台' }] });
    expect(await errorOf('media.create', { ...forumPost, complaintSerial: 'YY42-20990101-0001' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'complaintSerial' }] });
    expect(await errorOf('media.create', { ...forumPost, occurredAt: new Date(core.clock.now().getTime() + 3_600_000).toISOString() })).toMatchObject({ issues: [{ path: 'occurredAt' }] });
  });

  it('records who was notified and when', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    const incident = await core.call('media.create', forumPost, session);
    const notifiedAt = sh('2026-11-23T09:05');
    const after = await core.call('media.notify', { id: incident.id, party: 'planning_dept', notifiedAt, note: '电话告知企划部王经理' }, session);
    expect(after.notifications).toEqual([{ party: 'planning_dept', notifiedAt: new Date(notifiedAt).toISOString(), byName: '李梅', note: '电话告知企划部王经理' }]);
    expect(after.version).toBe(2);
  });
});

describe('负面新闻台账: the S1 procedures as ticked checklists', () => {
  it('ticks the online procedure step by step with who and when; the on-site list does not apply to an online post', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    const incident = await core.call('media.create', forumPost, session);
    core.clock.advance(5 * 60_000);
    let detail = await core.call('media.tickStep', { id: incident.id, checklist: 'online', code: 'keep_evidence', done: true, note: '已截屏 2 张' }, session);
    expect(detail.steps).toEqual([{ checklist: 'online', code: 'keep_evidence', doneAt: core.clock.now().toISOString(), byName: '李梅', note: '已截屏 2 张' }]);

    expect(await errorOf('media.tickStep', { id: incident.id, checklist: 'online', code: 'keep_evidence', done: true })).toMatchObject({ code: 'CONFLICT' });
    expect(await errorOf('media.tickStep', { id: incident.id, checklist: 'journalistOnSite', code: 'ask_identity', done: true })).toMatchObject({ code: 'CONFLICT' });
    expect(await errorOf('media.tickStep', { id: incident.id, checklist: 'online', code: 'no_such_step', done: true })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'code' }] });

    detail = await core.call('media.tickStep', { id: incident.id, checklist: 'online', code: 'keep_evidence', done: false }, session);
    expect(detail.steps).toEqual([]);
  });

  it('offers the journalist-arrival list when a journalist came to the site', async () => {
    core = await openS1Core();
    const session = await core.signIn('zhangwei');
    const incident = await core.call('media.create', { ...hotlineCase, occurredAt: sh('2026-11-23T09:00'), channel: 'livelihood_programme', journalistOnSite: true, journalistName: '王记者' }, session);
    const detail = await core.call('media.tickStep', { id: incident.id, checklist: 'journalistOnSite', code: 'ask_identity', done: true }, session);
    expect(detail.steps.map((s) => [s.checklist, s.code, s.byName])).toEqual([['journalistOnSite', 'ask_identity', '张伟']]);
    expect(await errorOf('media.tickStep', { id: incident.id, checklist: 'online', code: 'keep_evidence', done: true }, 'zhangwei')).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('负面新闻台账: evidence images in the store', () => {
  it('stores an image once per content (sha256), refuses it twice on one incident, and gives it back byte for byte', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    const first = await core.call('media.create', forumPost, session);
    const second = await core.call('media.create', { ...forumPost, platform: '微博' }, session);
    const image = png(1);
    const db = core.context.store.read;
    const attachments = () => (db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;

    const before = countRows(core);
    const withImage = await core.call('media.attach', { id: first.id, fileName: '贴吧截图.png', mimeType: 'image/png', dataBase64: image }, session);
    expect(withImage.attachments).toEqual([expect.objectContaining({ fileName: '贴吧截图.png', mimeType: 'image/png', size: 64, addedByName: '李梅', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    // the stored image and the incident's change: two audited, synced changes
    expect(countRows(core)).toMatchObject({ outbox: before.outbox + 2, audit: before.audit + 2 });

    expect(await errorOf('media.attach', { id: first.id, fileName: '再传一次.png', mimeType: 'image/png', dataBase64: image })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'dataBase64' }] });
    const onSecond = await core.call('media.attach', { id: second.id, fileName: '微博截图.png', mimeType: 'image/png', dataBase64: image }, session);
    expect(onSecond.attachments[0]!.id).toBe(withImage.attachments[0]!.id);
    expect(attachments()).toBe(1);
    await core.call('media.attach', { id: second.id, fileName: '另一张.png', mimeType: 'image/png', dataBase64: png(2) }, session);
    expect(attachments()).toBe(2);

    const back = await core.call('media.attachment', { attachmentId: withImage.attachments[0]!.id }, session);
    expect(back).toEqual({ id: withImage.attachments[0]!.id, mimeType: 'image/png', dataBase64: image });
  });

  it('refuses images over 750 KB, files that are no image, and a declared type the bytes contradict', async () => {
    core = await openS1Core();
    const incident = await core.call('media.create', forumPost, await core.signIn('limei'));
    const attach = (fileName: string, mimeType: string, dataBase64: string) => errorOf('media.attach', { id: incident.id, fileName, mimeType, dataBase64 });

    const tooBig = await attach('大图.png', 'image/png', png(3, MAX_ATTACHMENT_BYTES + 1));
    expect(tooBig).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'dataBase64', message: '图片不能超过 750 KB' }] });
    // Exactly at the limit passes.
    await expect(core.call('media.attach', { id: incident.id, fileName: '刚好.png', mimeType: 'image/png', dataBase64: png(4, MAX_ATTACHMENT_BYTES) }, await core.signIn('limei'))).resolves.toBeTruthy();

    const text = Buffer.from('这不是图片，只是一段文字').toString('base64');
    expect(await attach('假图片.png', 'image/png', text)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'dataBase64', message: expect.stringContaining('不是 PNG、JPEG、WebP 或 GIF 图片') }] });
    expect(await attach('说明.pdf', 'application/pdf', png(5))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'mimeType', message: '只接受 PNG、JPEG、WebP 或 GIF 图片' }] });
    expect(await attach('改名.jpg', 'image/jpeg', png(6))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'mimeType', message: expect.stringContaining('不符') }] });
  });
});

describe('负面新闻台账: an image attached by mistake (issue 20 item 7)', () => {
  it('is taken off an open incident, version-checked, audited and synced; the stored image stays', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    let incident = await core.call('media.create', forumPost, session);
    incident = await core.call('media.attach', { id: incident.id, fileName: '错图.png', mimeType: 'image/png', dataBase64: png(1) }, session);
    incident = await core.call('media.attach', { id: incident.id, fileName: '贴吧截图.png', mimeType: 'image/png', dataBase64: png(2) }, session);
    const [wrong, right] = incident.attachments;

    expect(await errorOf('media.removeImage', { id: incident.id, version: incident.version - 1, attachmentId: wrong!.id })).toMatchObject({ code: 'CONFLICT' });
    const before = countRows(core);
    const after = await core.call('media.removeImage', { id: incident.id, version: incident.version, attachmentId: wrong!.id }, session);
    expect(after.version).toBe(incident.version + 1);
    expect(after.attachments.map((a) => a.fileName)).toEqual([right!.fileName]);
    expect(countRows(core)).toMatchObject({ outbox: before.outbox + 1, audit: before.audit + 1 });
    expect((core.context.store.read.prepare('SELECT count(*) AS n FROM attachments WHERE id = ?').get(wrong!.id) as { n: number }).n).toBe(1);
    // Taken off by mistake? The same image may be attached again.
    const again = await core.call('media.attach', { id: incident.id, fileName: '错图.png', mimeType: 'image/png', dataBase64: png(1) }, session);
    expect(again.attachments).toHaveLength(2);
  });

  it('is refused once the incident is handled, and for an image not on it, writing nothing', async () => {
    core = await openS1Core();
    const session = await core.signIn('limei');
    const refused = async (input: unknown) => {
      const response = await core.dispatch({ method: 'media.removeImage', input, session } as never);
      if (response.ok) throw new Error('expected media.removeImage to be refused');
      return response.error;
    };
    let incident = await core.call('media.create', forumPost, session);
    incident = await core.call('media.attach', { id: incident.id, fileName: '截图.png', mimeType: 'image/png', dataBase64: png(1) }, session);
    const before = countRows(core);
    expect(await refused({ id: incident.id, version: incident.version, attachmentId: 'no-such-image' })).toMatchObject({ code: 'NOT_FOUND', reason: { key: 'media.errors.noSuchEvidence' } });
    expect(countRows(core)).toEqual(before);

    const handled = await core.call('media.setStatus', { id: incident.id, version: incident.version, status: 'handled', note: '已删帖' }, await core.signIn('wangjg'));
    const after = countRows(core);
    expect(await refused({ id: incident.id, version: handled.version, attachmentId: incident.attachments[0]!.id })).toMatchObject({ code: 'CONFLICT', reason: { key: 'media.errors.evidenceOfHandled' } });
    expect(countRows(core)).toEqual(after);
    expect((await core.call('media.get', { id: incident.id }, session)).attachments).toHaveLength(1);
  });
});

describe('负面新闻台账: permissions', () => {
  it('lets anyone record and tick (S1’s first spotter may be anyone), but only managers mark an incident handled', async () => {
    core = await openS1Core();
    const incident = await core.call('media.create', forumPost, await core.signIn('limei'));
    expect(await errorOf('media.setStatus', { id: incident.id, version: incident.version, status: 'handled' }, 'limei')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('media.setStatus', { id: incident.id, version: incident.version, status: 'handled' }, 'zhangwei')).toMatchObject({ code: 'FORBIDDEN' });
    const handled = await core.call('media.setStatus', { id: incident.id, version: incident.version, status: 'handled', note: '已与发帖人沟通并删帖' }, await core.signIn('wangjg'));
    expect(handled).toMatchObject({ status: 'handled', statusNote: '已与发帖人沟通并删帖', version: 2 });
    expect(await errorOf('media.setStatus', { id: incident.id, version: 1, status: 'open' }, 'wangjg')).toMatchObject({ code: 'CONFLICT' });
  });
});
