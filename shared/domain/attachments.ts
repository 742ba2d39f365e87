/**
 * Evidence images (S1 四(五)3(1): 截屏、拍照留取证据) kept in the store itself, so
 * they travel with the database and its backups.
 *
 * The limit follows from the transports: browser mode refuses request bodies
 * over 1 MiB and an image travels base64-encoded in JSON (4 characters per 3
 * bytes), so 750 KiB is the largest image that still fits with its envelope.
 */
export const MAX_ATTACHMENT_BYTES = 750 * 1024;
export const MAX_ATTACHMENT_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** Image types accepted, by their file signature (what the bytes are, not what the name says). */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The image type the bytes really are, or null when they are none of the accepted ones. */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  return null;
}
