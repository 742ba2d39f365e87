import { ACCEPTED_IMAGE_TYPES, type AcceptedImageType } from '../../shared/domain/attachments';

/** Whether a picked file's declared type is one the store accepts (the core checks the bytes again). */
export const isAcceptedImageType = (type: string): type is AcceptedImageType => (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type);

/** The file's bytes as base64 (without the data: prefix), as the attach methods take them. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
