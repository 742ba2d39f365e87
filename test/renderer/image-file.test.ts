import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments';
import { preparePhoto, scaledSize } from '../../renderer/lib/image-file';

describe('scaledSize', () => {
  it('fits the long side and keeps the aspect ratio', () => {
    expect(scaledSize(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(1080, 5000, 1600)).toEqual({ width: 346, height: 1600 });
  });
  it('never enlarges', () => {
    expect(scaledSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });
});

// jsdom has no image decoder, so these cover the path where a photo cannot be
// redrawn; the resize itself is exercised in Chromium (checklist-sewage-register e2e).
describe('preparePhoto without an image decoder', () => {
  it('keeps a photo that fits, byte for byte', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const result = await preparePhoto(new File([bytes], 'a.png', { type: 'image/png' }), { maxEdge: 1600 });
    expect(result).toEqual({ ok: true, fileName: 'a.png', mimeType: 'image/png', dataBase64: Buffer.from(bytes).toString('base64'), resized: false });
  });
  it('refuses a type the store does not take', async () => {
    expect(await preparePhoto(new File(['x'], 'a.bmp', { type: 'image/bmp' }))).toEqual({ ok: false, reason: 'wrongType' });
  });
  it('refuses an oversize photo it cannot redraw, saying how large it is', async () => {
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1024)], 'big.jpg', { type: 'image/jpeg' });
    expect(await preparePhoto(big)).toEqual({ ok: false, reason: 'tooLarge', kb: 751 });
  });
});
