import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { MediaIncidentDetail, MediaStatistics } from '../../shared/api/media';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments';
import { descriptionOf, limei, profileEntry, renderSignedIn, wangjg } from './fixtures';
import type { FakeHandlers } from './fake-bridge';

const incident: MediaIncidentDetail = {
  id: 'm-1',
  occurredAt: '2026-11-23T00:00:00.000Z',
  channel: 'online',
  mediaName: null,
  programme: null,
  journalistName: null,
  journalistOnSite: false,
  contentCategory: 'after_sales_repair',
  description: '贴吧发帖称保养后车辆异响，店里推诿。',
  platform: '百度贴吧',
  posterContact: '临沂老司机',
  complaint: null,
  status: 'open',
  statusNote: null,
  recordedAt: '2026-11-23T00:10:00.000Z',
  recordedByName: '李梅',
  attachmentCount: 0,
  version: 1,
  notifications: [],
  steps: [],
  attachments: [],
};

const statistics: MediaStatistics = {
  year: 2026,
  total: 14,
  byChannel: { conduct_hotline: 2, livelihood_programme: 4, newspaper: 2, online: 6 },
  byCategory: { after_sales_repair: 8, vehicle_quality: 3, accessories_credit: 3, uncategorised: 0 },
  categories: [
    { code: 'after_sales_repair', label: { zh: '售后维修纠纷', en: 'After-sales repair dispute' } },
    { code: 'vehicle_quality', label: { zh: '车辆质量纠纷', en: 'Vehicle quality dispute' } },
    { code: 'accessories_credit', label: { zh: '精品信贷', en: 'Accessories and credit' } },
  ],
};

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function openRegister(user = limei, overrides: FakeHandlers = {}) {
  const result = await renderSignedIn(user, {
    'media.list': () => [incident],
    'media.statistics': () => statistics,
    'media.get': () => incident,
    'media.attachment': (input: { attachmentId: string }) => ({ id: input.attachmentId, mimeType: 'image/png', dataBase64: 'iVBORw0KGgo=' }),
    // The notice's own organisation: the car dealer group, with its three content categories (seed001 S1 二、1).
    'profiles.current': () => ({ profile: profileEntry('car-dealer-group') }),
    ...overrides,
  });
  await userEvent.setup().click(screen.getByTestId('open-media'));
  await screen.findByTestId('media-register');
  return result;
}

async function openIncident(user = limei, overrides: FakeHandlers = {}) {
  const result = await openRegister(user, overrides);
  await userEvent.setup().click(await screen.findByTestId('media-row'));
  await screen.findByTestId('media-incident');
  return result;
}

describe('负面新闻台账: the register', () => {
  it('shows the year’s statistics by channel and content as the notice counts them', async () => {
    await openRegister();
    const table = screen.getByTestId('media-statistics');
    expect(screen.getByTestId('media-total').textContent).toBe('14');
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(expect.arrayContaining(['行风热线2', '电视台/电台民生类栏目4', '报纸2', '网络6', '售后维修纠纷8', '车辆质量纠纷3', '精品信贷3']));
    expect(screen.getByTestId('nav-complaints').getAttribute('aria-current')).toBe('page');
  });
});

describe('负面新闻台账: content categories are the site’s organisation’s (issue 17)', () => {
  it('offers the well station no category, since its rules give none, and says so', async () => {
    const user = userEvent.setup();
    await openRegister(limei, { 'profiles.current': () => ({ profile: profileEntry('well-station') }) });
    await user.click(screen.getByTestId('media-new'));
    const select = within(screen.getByTestId('media-incident-form')).getByTestId('media-contentCategory') as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(true));
    expect([...select.options].map((o) => o.value)).toEqual(['']);
    expect(descriptionOf(select)).toContain('未给出投诉内容分类');
  });

  it('offers the manufacturer its own four categories (seed001 S4 6.2.1)', async () => {
    const user = userEvent.setup();
    await openRegister(limei, { 'profiles.current': () => ({ profile: profileEntry('manufacturer-s4') }) });
    await user.click(screen.getByTestId('media-new'));
    const select = within(screen.getByTestId('media-incident-form')).getByTestId('media-contentCategory') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toEqual(['（不属于所列类别）', '产品质量', '运输包装', '服务质量', '其他方面']));
  });
});

describe('负面新闻台账: registering an incident', () => {
  it('names the missing fields in Chinese, asks online items for their platform, and registers', async () => {
    const user = userEvent.setup();
    const { bridge } = await openRegister(limei, { 'media.create': () => incident });
    await user.click(screen.getByTestId('media-new'));
    const form = screen.getByTestId('media-incident-form');
    await user.click(within(form).getByTestId('media-save'));
    expect(descriptionOf(within(form).getByTestId('media-channel'))).toBe('请选择渠道');
    expect(descriptionOf(within(form).getByTestId('media-description'))).toBe('请填写事件经过');
    expect(bridge.callsTo('media.create')).toHaveLength(0);

    await user.selectOptions(within(form).getByTestId('media-channel'), 'online');
    await user.type(within(form).getByTestId('media-description'), '贴吧发帖称保养后车辆异响');
    await user.click(within(form).getByTestId('media-save'));
    expect(descriptionOf(within(form).getByTestId('media-platform'))).toBe('网络负面信息请填写发布平台');

    await user.type(within(form).getByTestId('media-platform'), '百度贴吧');
    await user.selectOptions(within(form).getByTestId('media-contentCategory'), 'after_sales_repair');
    await user.click(within(form).getByTestId('media-save'));
    await screen.findByTestId('media-incident');
    expect(bridge.callsTo('media.create')[0]?.input).toMatchObject({ channel: 'online', platform: '百度贴吧', contentCategory: 'after_sales_repair', journalistOnSite: false, description: '贴吧发帖称保养后车辆异响' });
  });

  it('asks press items for the media name and shows the core’s refusal of an unknown complaint serial', async () => {
    const user = userEvent.setup();
    await openRegister(limei, {
      'media.create': () => {
        throw new ApiError('VALIDATION', '找不到投诉编号 / no complaint with this serial', [{ path: 'complaintSerial', message: '找不到投诉编号 YY42-1 / no complaint with this serial' }]);
      },
    });
    await user.click(screen.getByTestId('media-new'));
    const form = screen.getByTestId('media-incident-form');
    await user.selectOptions(within(form).getByTestId('media-channel'), 'conduct_hotline');
    await user.type(within(form).getByTestId('media-description'), '直播投诉发动机异响');
    await user.click(within(form).getByTestId('media-save'));
    expect(descriptionOf(within(form).getByTestId('media-mediaName'))).toBe('请填写媒体名称');
    await user.type(within(form).getByTestId('media-mediaName'), '电台');
    await user.type(within(form).getByTestId('media-complaintSerial'), 'YY42-1');
    await user.click(within(form).getByTestId('media-save'));
    await waitFor(() => expect(descriptionOf(within(form).getByTestId('media-complaintSerial'))).toContain('找不到投诉编号 YY42-1'));
  });
});

describe('负面新闻台账: one incident', () => {
  it('offers the online procedure and ticks a step with who and when', async () => {
    const user = userEvent.setup();
    const ticked = { ...incident, version: 2, steps: [{ checklist: 'online' as const, code: 'keep_evidence', doneAt: '2026-11-23T00:20:00.000Z', byName: '李梅', note: null }] };
    const { bridge } = await openIncident(limei, { 'media.tickStep': () => ticked });
    expect(screen.queryByTestId('checklist-journalistOnSite')).toBeNull();
    const list = screen.getByTestId('checklist-online');
    expect(list.textContent).toContain('第一时间通过截屏、拍照等方式留取证据');
    expect(list.textContent).toContain('《关于3.15期间预防客户投诉避免负面新闻发生的通知》四(五)3(1)');
    await user.click(within(list).getByTestId('step-keep_evidence'));
    expect((await within(list).findByTestId('step-done-keep_evidence')).textContent).toContain('李梅 2026-11-23 08:20');
    expect(bridge.callsTo('media.tickStep')[0]?.input).toEqual({ id: 'm-1', checklist: 'online', code: 'keep_evidence', done: true });
  });

  it('records who was notified, asking for the party in Chinese first', async () => {
    const user = userEvent.setup();
    const notified = { ...incident, notifications: [{ party: 'planning_dept' as const, notifiedAt: '2026-11-23T00:30:00.000Z', byName: '李梅', note: null }] };
    const { bridge } = await openIncident(limei, { 'media.notify': () => notified });
    const form = screen.getByTestId('notify-form');
    await user.click(within(form).getByTestId('notify-submit'));
    expect(descriptionOf(within(form).getByTestId('notify-party'))).toBe('请选择通知对象');
    await user.selectOptions(within(form).getByTestId('notify-party'), 'planning_dept');
    await user.clear(within(form).getByTestId('notify-notifiedAt'));
    await user.type(within(form).getByTestId('notify-notifiedAt'), '2026-11-23T08:30');
    await user.click(within(form).getByTestId('notify-submit'));
    expect((await screen.findByTestId('notification-list')).textContent).toContain('企划部 · 2026-11-23 08:30 · 李梅');
    expect(bridge.callsTo('media.notify')[0]?.input).toMatchObject({ id: 'm-1', party: 'planning_dept', notifiedAt: '2026-11-23T00:30:00.000Z' });
  });

  it('checks the size and type of an evidence image before sending, uploads a PNG and shows its thumbnail', async () => {
    const withImage = { ...incident, attachments: [{ id: 'a-1', fileName: '截图.png', mimeType: 'image/png' as const, size: 12, sha256: 'ab'.repeat(32), addedAt: '2026-11-23T00:40:00.000Z', addedByName: '李梅' }] };
    const { bridge } = await openIncident(limei, { 'media.attach': () => withImage });
    const input = screen.getByTestId('evidence-file') as HTMLInputElement;

    fireEvent.change(input, { target: { files: [new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], '大图.png', { type: 'image/png' })] } });
    await waitFor(() => expect(descriptionOf(screen.getByTestId('evidence-file'))).toContain('图片不能超过 750 KB'));
    fireEvent.change(screen.getByTestId('evidence-file'), { target: { files: [new File(['hello'], '说明.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect(descriptionOf(screen.getByTestId('evidence-file'))).toContain('只接受 PNG、JPEG、WebP 或 GIF 图片'));
    expect(bridge.callsTo('media.attach')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('evidence-file'), { target: { files: [new File([PNG_BYTES], '截图.png', { type: 'image/png' })] } });
    const thumbnail = await screen.findByAltText('截图.png');
    expect(thumbnail.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(bridge.callsTo('media.attach')[0]?.input).toEqual({ id: 'm-1', fileName: '截图.png', mimeType: 'image/png', dataBase64: Buffer.from(PNG_BYTES).toString('base64') });
  });

  it('删除 asks once, then takes that image off the open incident once (issue 20 item 7)', async () => {
    const user = userEvent.setup();
    const attachment = { id: 'a-1', fileName: '错图.png', mimeType: 'image/png' as const, size: 12, sha256: 'ab'.repeat(32), addedAt: '2026-11-23T00:40:00.000Z', addedByName: '李梅' };
    const withImage = { ...incident, attachments: [attachment], version: 2 };
    const { bridge } = await openIncident(limei, { 'media.get': () => withImage, 'media.removeImage': () => ({ ...incident, version: 3 }) });
    await user.click(await screen.findByTestId('evidence-remove'));
    expect(screen.getByRole('dialog', { name: '删除这张证据图片？' }).textContent).toContain('错图.png');
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(bridge.callsTo('media.removeImage')).toHaveLength(0);
    await user.click(screen.getByTestId('evidence-remove'));
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    await waitFor(() => expect(screen.queryAllByTestId('evidence-item')).toHaveLength(0));
    expect(bridge.callsTo('media.removeImage').map((c) => c.input)).toEqual([{ id: 'm-1', version: 2, attachmentId: 'a-1' }]);
  });

  it('更换 keeps the old image when the new one is refused, and offers neither once handled', async () => {
    const attachment = { id: 'a-1', fileName: '旧图.png', mimeType: 'image/png' as const, size: 12, sha256: 'ab'.repeat(32), addedAt: '2026-11-23T00:40:00.000Z', addedByName: '李梅' };
    const withImage = { ...incident, attachments: [attachment], version: 2 };
    const { bridge } = await openIncident(limei, {
      'media.get': () => withImage,
      'media.attach': () => {
        throw new ApiError('VALIDATION', '这张图片已附在本事件上', [{ path: 'dataBase64', message: '这张图片已附在本事件上' }]);
      },
      'media.removeImage': () => ({ ...incident, version: 3 }),
    });
    fireEvent.change(await screen.findByTestId('evidence-replace'), { target: { files: [new File([PNG_BYTES], '新图.png', { type: 'image/png' })] } });
    await waitFor(() => expect(bridge.callsTo('media.attach')).toHaveLength(1));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('evidence-file'))).toContain('这张图片已附在本事件上'));
    expect(bridge.callsTo('media.removeImage')).toHaveLength(0);
    expect(screen.getAllByTestId('evidence-item')).toHaveLength(1);
  });

  it('更换 stores the new image first, then takes the old one off with the version the upload returned', async () => {
    const old = { id: 'a-1', fileName: '旧图.png', mimeType: 'image/png' as const, size: 12, sha256: 'ab'.repeat(32), addedAt: '2026-11-23T00:40:00.000Z', addedByName: '李梅' };
    const fresh = { ...old, id: 'a-2', fileName: '新图.png', sha256: 'cd'.repeat(32) };
    const { bridge } = await openIncident(limei, {
      'media.get': () => ({ ...incident, attachments: [old], version: 2 }),
      'media.attach': () => ({ ...incident, attachments: [old, fresh], version: 3 }),
      'media.removeImage': () => ({ ...incident, attachments: [fresh], version: 4 }),
    });
    fireEvent.change(await screen.findByTestId('evidence-replace'), { target: { files: [new File([PNG_BYTES], '新图.png', { type: 'image/png' })] } });
    await waitFor(() => expect(bridge.callsTo('media.removeImage').map((c) => c.input)).toEqual([{ id: 'm-1', version: 3, attachmentId: 'a-1' }]));
    await waitFor(() => expect(screen.getAllByTestId('evidence-item').map((li) => li.textContent)).toEqual([expect.stringContaining('新图.png')]));
  });

  it('a handled incident’s evidence opens large but offers no 删除 or 更换', async () => {
    const user = userEvent.setup();
    const attachment = { id: 'a-1', fileName: '截图.png', mimeType: 'image/png' as const, size: 12, sha256: 'ab'.repeat(32), addedAt: '2026-11-23T00:40:00.000Z', addedByName: '李梅' };
    await openIncident(limei, { 'media.get': () => ({ ...incident, status: 'handled', attachments: [attachment] }) });
    await user.click(await screen.findByTestId('evidence-open'));
    expect(screen.getByRole('dialog', { name: '截图.png' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('evidence-remove')).toBeNull();
    expect(screen.queryByTestId('evidence-replace')).toBeNull();
  });

  it('lets a station lead mark it handled, not a receiver', async () => {
    const user = userEvent.setup();
    const { bridge } = await openIncident(wangjg, { 'media.setStatus': () => ({ ...incident, status: 'handled', statusNote: '已删帖', version: 2 }) });
    await user.type(screen.getByTestId('status-note'), '已删帖');
    await user.click(screen.getByTestId('status-submit'));
    await waitFor(() => expect(screen.getByTestId('incident-status').textContent).toBe('已处置（已删帖）'));
    expect(bridge.callsTo('media.setStatus')[0]?.input).toEqual({ id: 'm-1', version: 1, status: 'handled', note: '已删帖' });
  });

  it('hides the status form from a receiver', async () => {
    await openIncident(limei);
    expect(screen.queryByTestId('status-form')).toBeNull();
    expect(screen.getByTestId('link-complaint-form')).toBeTruthy();
  });
});

describe('负面新闻台账: the poster’s contact (issue 19 §4)', () => {
  it('shows a station lead 查看完整号码 beside a masked contact, a receiver the masked contact only', async () => {
    const masked = { ...incident, posterContact: '楼主 138****5678' };
    const reveal = () => ({ kind: 'mediaIncident' as const, id: 'm-1', fields: [{ field: 'posterContact' as const, value: '楼主 13812345678' }] });
    await openIncident(wangjg, { 'media.get': () => masked, 'privacy.reveal': reveal });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('reveal-mediaIncident-m-1'));
    await user.type(screen.getByTestId('reveal-reason'), '联系发帖人');
    await user.click(screen.getByTestId('reveal-submit'));
    expect((await screen.findByTestId('revealed-mediaIncident-m-1')).textContent).toContain('楼主 13812345678');
  });

  it('offers a receiver nothing beyond the masked contact', async () => {
    await openIncident(limei, { 'media.get': () => ({ ...incident, posterContact: '楼主 138****5678' }) });
    expect(screen.getByTestId('media-incident').textContent).toContain('楼主 138****5678');
    expect(screen.queryByTestId('reveal-mediaIncident-m-1')).toBeNull();
  });
});
