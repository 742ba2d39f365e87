import { ACCEPTED_IMAGE_TYPES, MAX_ATTACHMENT_BYTES, type AcceptedImageType } from '../../shared/domain/attachments';

/** Whether a picked file's declared type is one the store accepts (the core checks the bytes again). */
export const isAcceptedImageType = (type: string): type is AcceptedImageType => (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type);

/** The file's bytes as base64 (without the data: prefix), as the attach methods take them. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export type PreparedPhoto =
  | { ok: true; fileName: string; mimeType: AcceptedImageType; dataBase64: string; resized: boolean }
  | { ok: false; reason: 'wrongType' }
  | { ok: false; reason: 'tooLarge'; kb: number };

/** JPEG qualities tried at each size before the size is stepped down. */
const QUALITIES = [0.85, 0.72];
/** Each step down keeps this share of the long edge. */
const EDGE_STEP = 0.75;
/** Below this long edge a photo no longer shows what it is evidence of: refuse instead. */
const MIN_EDGE = 480;

/** The size that fits `maxEdge` on the long side, keeping the aspect ratio (never enlarged). */
export function scaledSize(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A picked photo made ready for the store. It is kept byte for byte when it
 * fits (type, 750 KB, and `maxEdge` when given), so evidence stays as taken.
 * Otherwise it is drawn smaller and saved as JPEG, stepping quality and size
 * down until it fits: a phone camera's 4000×3000 photo of several MB becomes
 * about 1600×1200 and a few hundred KB. Where the browser cannot decode
 * images (tests without a canvas), an oversize file is refused as before.
 */
export async function preparePhoto(file: File, options: { maxEdge?: number } = {}): Promise<PreparedPhoto> {
  if (!isAcceptedImageType(file.type)) return { ok: false, reason: 'wrongType' };
  const tooLarge = { ok: false, reason: 'tooLarge', kb: Math.ceil(file.size / 1024) } as const;
  const bitmap = await decode(file);
  const longEdge = bitmap ? Math.max(bitmap.width, bitmap.height) : 0;
  const fitsEdge = options.maxEdge === undefined || !bitmap || longEdge <= options.maxEdge;
  if (file.size <= MAX_ATTACHMENT_BYTES && fitsEdge) {
    bitmap?.close();
    return { ok: true, fileName: file.name, mimeType: file.type, dataBase64: await readBase64(file), resized: false };
  }
  if (!bitmap) return tooLarge;
  try {
    for (let edge = Math.min(longEdge, options.maxEdge ?? longEdge); edge >= MIN_EDGE; edge = Math.floor(edge * EDGE_STEP)) {
      for (const quality of QUALITIES) {
        const blob = await encodeJpeg(bitmap, scaledSize(bitmap.width, bitmap.height, edge), quality);
        if (blob && blob.size <= MAX_ATTACHMENT_BYTES) {
          return { ok: true, fileName: file.name.replace(/\.[^.]*$/, '') + '.jpg', mimeType: 'image/jpeg', dataBase64: await readBase64(blob), resized: true };
        }
      }
    }
    return tooLarge;
  } finally {
    bitmap.close();
  }
}

async function decode(file: File): Promise<ImageBitmap | null> {
  if (typeof createImageBitmap !== 'function') return null;
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' }); // a phone's portrait photo stays upright
  } catch {
    return null; // not decodable here: the core's own checks decide
  }
}

/** The bitmap drawn at `size` on white (a transparent PNG must not turn black) and saved as JPEG. */
async function encodeJpeg(bitmap: ImageBitmap, size: { width: number; height: number }, quality: number): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}
