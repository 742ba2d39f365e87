import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../shared/api/complaints';
import { ApiError } from '../../shared/api/errors';
import { descriptionOf, detailOf, renderSignedIn, sampleComplaint } from './fixtures';

const created: Complaint = {
  ...sampleComplaint,
  id: 'c-new',
  serial: 'YY42-20260301-0002',
  customerName: '黄德明',
  customerPhone: null,
  content: '站外管线巡检时踩坏了我家田埂，要求修复并赔偿青苗损失。',
  remedy: 'compensation',
  channel: 'in_person',
};

async function openForm(user: UserEvent) {
  await user.click(await screen.findByTestId('new-complaint'));
  return screen.getByTestId('save-complaint');
}

async function fillValidForm(user: UserEvent) {
  await user.click(screen.getByTestId('field-kind-complaint'));
  await user.selectOptions(screen.getByTestId('field-channel'), 'in_person');
  await user.type(screen.getByTestId('field-customerName'), '黄德明');
  await user.type(screen.getByTestId('field-content'), '站外管线巡检时踩坏了我家田埂，要求修复并赔偿青苗损失。');
  await user.selectOptions(screen.getByTestId('field-remedy'), 'compensation');
  await user.clear(screen.getByTestId('field-receivedAt'));
  await user.type(screen.getByTestId('field-receivedAt'), '2026-03-01T09:30');
}

describe('complaint register', () => {
  it('lists records with labels and site-time timestamps', async () => {
    await renderSignedIn();
    const row = await screen.findByTestId('complaint-row');
    expect(row.textContent).toContain('YY42-20260301-0001');
    expect(row.textContent).toContain('投诉');
    expect(row.textContent).toContain('电话');
    expect(row.textContent).toContain('2026-03-01 09:30'); // 01:30Z in Asia/Shanghai
    expect(row.textContent).toContain('已登记');
  });

  it('checks required fields before sending, with the message under each field', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    const save = await openForm(user);
    // Keyboard first: the kind radios have the focus.
    expect(document.activeElement).toBe(screen.getByTestId('field-kind-complaint'));

    await user.click(save);
    expect(descriptionOf(screen.getByTestId('field-kind-complaint'))).toBe('请选择类型（投诉、建议或咨询）');
    expect(descriptionOf(screen.getByTestId('field-channel'))).toBe(''); // preset to the register's usual channel
    expect(descriptionOf(screen.getByTestId('field-customerName'))).toBe('请填写客户姓名或单位名称');
    expect(descriptionOf(screen.getByTestId('field-content'))).toContain('请填写客户反映的内容');
    expect(screen.getByTestId('field-customerName').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改标出的内容后再保存。');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);

    // Fixing a field clears its message.
    await user.type(screen.getByTestId('field-customerName'), '黄德明');
    expect(descriptionOf(screen.getByTestId('field-customerName'))).toBe('');
  });

  it('shows the core’s field errors under the matching fields', async () => {
    const user = userEvent.setup();
    await renderSignedIn(undefined, {
      'complaints.create': () => {
        throw new ApiError('VALIDATION', '输入有误 / invalid input', [
          { path: 'customerPhone', message: '电话号码只能包含数字、空格和 + - ( )' },
          { path: 'receivedAt', message: '受理时间不能晚于当前时间 / cannot be in the future' },
          { path: 'firstReceiverId', message: '首问受理人不存在或已停用 / unknown or inactive user' },
        ]);
      },
    });
    await openForm(user);
    await fillValidForm(user);
    await user.type(screen.getByTestId('field-customerPhone'), 'abc');
    await user.click(screen.getByTestId('save-complaint'));

    await waitFor(() => expect(descriptionOf(screen.getByTestId('field-customerPhone'))).toContain('电话号码只能包含数字、空格和 + - ( )'));
    // Bilingual core messages show the half in the current language.
    expect(descriptionOf(screen.getByTestId('field-receivedAt'))).toContain('受理时间不能晚于当前时间');
    expect(descriptionOf(screen.getByTestId('field-receivedAt'))).not.toContain('future');
    expect(descriptionOf(screen.getByTestId('field-customerName'))).toBe('');
    // An issue for a field the form does not have is still shown, above the form.
    expect(screen.getByRole('alert').textContent).toContain('首问受理人不存在或已停用');
    expect(screen.queryByTestId('complaint-detail')).toBeNull();
  });

  it('saves with the right input and opens the new record', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.create': () => created,
      'complaints.get': () => detailOf(created),
    });
    await openForm(user);
    await fillValidForm(user);
    await user.click(screen.getByTestId('save-complaint'));

    const detail = await screen.findByTestId('complaint-detail');
    await within(detail).findByTestId('detail-serial');
    expect(bridge.callsTo('complaints.create')).toHaveLength(1);
    expect(bridge.callsTo('complaints.create')[0]?.input).toEqual({
      kind: 'complaint',
      channel: 'in_person',
      customerName: '黄德明',
      content: '站外管线巡检时踩坏了我家田埂，要求修复并赔偿青苗损失。',
      remedy: 'compensation',
      receivedAt: '2026-03-01T01:30:00.000Z', // 09:30 site time (UTC+8)
    });
    expect(within(detail).getByTestId('detail-serial').textContent).toBe('YY42-20260301-0002');
    expect(detail.textContent).toContain('当面');
    expect(detail.textContent).toContain('赔偿');
    expect(detail.textContent).toContain('2026-03-01 09:30');
    await waitFor(() => expect(bridge.callsTo('complaints.get').at(-1)?.input).toEqual({ id: 'c-new' }));
  });

  it('Enter in a one-line field saves, not the Enter ending an input-method composition; in the content box Enter is a new line and Ctrl+Enter saves (issue 20 item 6)', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.create': () => created,
      'complaints.get': () => detailOf(created),
    });
    await openForm(user);
    await fillValidForm(user);
    // 拼音 being turned into 汉字: the Enter that commits the composition.
    fireEvent.keyDown(screen.getByTestId('field-customerName'), { key: 'Enter', isComposing: true });
    await user.type(screen.getByTestId('field-content'), '{Enter}');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);

    await user.type(screen.getByTestId('field-customerName'), '{Enter}');
    expect(await screen.findByTestId('complaint-detail')).toBeTruthy();
    expect(bridge.callsTo('complaints.create')).toHaveLength(1);
  });

  it('Ctrl+Enter saves from the content box', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.create': () => created,
      'complaints.get': () => detailOf(created),
    });
    await openForm(user);
    await fillValidForm(user);
    await user.click(screen.getByTestId('field-content'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByTestId('complaint-detail')).toBeTruthy();
    expect(bridge.callsTo('complaints.create')).toHaveLength(1);
  });

  it('starts on the channel most of the register’s records came by, and a refused save puts the focus on the first field to fix', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);
    expect((screen.getByTestId('field-channel') as HTMLSelectElement).value).toBe(sampleComplaint.channel);
    await user.click(screen.getByTestId('field-kind-complaint'));
    await user.type(screen.getByTestId('field-customerName'), '黄德明{Enter}');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('field-content')));
  });

  it('opens a record from the list', async () => {
    const user = userEvent.setup();
    await renderSignedIn();
    await user.click(await screen.findByTestId('complaint-row'));
    const detail = await screen.findByTestId('complaint-detail');
    expect((await within(detail).findByTestId('detail-serial')).textContent).toBe(sampleComplaint.serial);
    expect(detail.textContent).toContain('138 0830 1122');
    expect(detail.textContent).toContain('批评建议');
  });
});
