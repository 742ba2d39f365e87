import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { AnswerField, PhotoRef } from '../../shared/checklists/answer-values';
import { findTemplate } from '../../shared/checklists/templates';
import { PhotoField, type PhotoUpload } from '../../renderer/screens/checklists/PhotoField';
import { useChecklistsStore } from '../../renderer/stores/checklists-store';

/** The sewage register's vehicle photos: two required views, 车身正面 and 车身侧面. */
const vehiclePhotos = findTemplate('well.sewage-haulage-register')!.sections[0]!.items[0]!.columns!.find((c) => c.id === 'photos')! as AnswerField;
const front: PhotoRef = { attachmentId: 'att-front', fileName: 'front.png', evidence: 0 };
const side: PhotoRef = { attachmentId: 'att-side', fileName: 'side.png', evidence: 1 };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

afterEach(() => useChecklistsStore.getState().reset());

function renderField(props: { onUpload?: (upload: PhotoUpload) => Promise<void>; onRemove?: (photo: PhotoRef) => Promise<void>; disabled?: boolean } = {}) {
  // The thumbnails are already loaded: no core to fetch them from.
  useChecklistsStore.setState({ images: { 'att-front': 'data:image/png;base64,AAAA', 'att-side': 'data:image/png;base64,BBBB' } });
  const onUpload = vi.fn(props.onUpload ?? (async () => undefined));
  const onRemove = vi.fn(props.onRemove ?? (async () => undefined));
  render(<PhotoField field={vehiclePhotos} name="truckloads-1-photos" photos={[front, side]} disabled={props.disabled ?? false} onUpload={onUpload} onRemove={onRemove} />);
  return { user: userEvent.setup(), onUpload, onRemove };
}

describe('checklist photos before submit (issue 20 item 7)', () => {
  it('删除 asks once, then removes that photo once; 取消 removes nothing', async () => {
    const { user, onRemove } = renderField();
    const sideItem = screen.getAllByTestId('photo-item')[1]!;

    await user.click(within(sideItem).getByRole('button', { name: '删除' }));
    const dialog = screen.getByRole('dialog', { name: '删除这张照片？' });
    expect(dialog.textContent).toContain('「车身侧面」的照片 side.png 将从本记录中删除。');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(onRemove).not.toHaveBeenCalled();

    await user.click(within(sideItem).getByRole('button', { name: '删除' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '删除' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledWith(side);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('更换 stores the new photo in the same view first, then removes the old one', async () => {
    const { user, onUpload, onRemove } = renderField();
    const frontItem = screen.getAllByTestId('photo-item')[0]!;
    await user.upload(within(frontItem).getByTestId('photo-replace'), new File([PNG], 'front-2.png', { type: 'image/png' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith(front));
    expect(onUpload).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'front-2.png', mimeType: 'image/png', evidence: 0 }));
    expect(onUpload.mock.invocationCallOrder[0]!).toBeLessThan(onRemove.mock.invocationCallOrder[0]!);
  });

  it('更换 keeps the old photo when the new upload is refused, and says why', async () => {
    const { user, onUpload, onRemove } = renderField({
      onUpload: async () => {
        throw new ApiError('VALIDATION', '图片不能超过 750 KB / images may not exceed 750 KB');
      },
    });
    await user.upload(within(screen.getAllByTestId('photo-item')[1]!).getByTestId('photo-replace'), new File([PNG], 'side-2.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toContain('图片不能超过 750 KB');
    expect(onUpload).toHaveBeenCalledTimes(1);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('a thumbnail opens the photo large with its file name; Escape closes it', async () => {
    const { user } = renderField();
    await user.click(screen.getByRole('img', { name: '车身正面照片' }));
    const viewer = screen.getByRole('dialog', { name: 'front.png' });
    expect(within(viewer).getByRole('img').getAttribute('src')).toBe('data:image/png;base64,AAAA');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says near the picker how large photos are made (from the code’s limits)', () => {
    renderField();
    expect(screen.getByTestId('photo-limit').textContent).toContain('照片会缩小到长边不超过 1600 像素，每张不超过 750 KB 后保存');
  });

  it('offers no 删除 or 更换 once the record is completed', () => {
    renderField({ disabled: true });
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
    expect(screen.queryByTestId('photo-replace')).toBeNull();
  });
});
