import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '../../../shared/checklists/answer-values';
import type { AcceptedImageType } from '../../../shared/domain/attachments';
import { errorText } from '../../lib/error-text';
import { preparePhoto } from '../../lib/image-file';

export interface PhotoUpload {
  fileName: string;
  mimeType: AcceptedImageType;
  dataBase64: string;
  evidence?: number;
}

/** A checklist photo is evidence on an A4 report and travels to head office: 1600 px on the long side shows a truck's plate and keeps it small. */
export const CHECKLIST_PHOTO_EDGE = 1600;

/** Sending, removing and replacing a field's photos, with the busy flag and the error to show. */
export function usePhotoUploads(onUpload: (upload: PhotoUpload) => Promise<void>, onRemove: (photo: PhotoRef) => Promise<void>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Prepares and stores the picked photo; true once the core has it. */
  const send = async (event: ChangeEvent<HTMLInputElement>, evidence?: number): Promise<boolean> => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after a refusal
    if (!file) return false;
    setBusy(true);
    setError(null);
    try {
      const photo = await preparePhoto(file, { maxEdge: CHECKLIST_PHOTO_EDGE });
      if (!photo.ok) {
        setError(photo.reason === 'wrongType' ? t('checklists.photos.wrongType') : t('checklists.photos.tooLarge', { kb: photo.kb }));
        return false;
      }
      await onUpload({ fileName: photo.fileName, mimeType: photo.mimeType, dataBase64: photo.dataBase64, ...(evidence !== undefined ? { evidence } : {}) });
      return true;
    } catch (e) {
      setError(errorText(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (photo: PhotoRef) => {
    setError(null);
    try {
      await onRemove(photo);
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  // The old photo goes only once the new one is stored, so a refused upload loses nothing.
  const replace = async (event: ChangeEvent<HTMLInputElement>, old: PhotoRef) => {
    if (await send(event, old.evidence)) await remove(old);
  };
  return { busy, error, send, remove, replace };
}
