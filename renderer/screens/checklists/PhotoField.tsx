import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerField, PhotoRef } from '../../../shared/checklists/answer-values';
import { ACCEPTED_IMAGE_TYPES, type AcceptedImageType } from '../../../shared/domain/attachments';
import { errorText } from '../../lib/error-text';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useChecklistText } from './checklist-text';
import { preparePhoto } from '../../lib/image-file';

export interface PhotoUpload {
  fileName: string;
  mimeType: AcceptedImageType;
  dataBase64: string;
  evidence?: number;
}

/** A checklist photo is evidence on an A4 report and travels to head office: 1600 px on the long side shows a truck's plate and keeps it small. */
const CHECKLIST_PHOTO_EDGE = 1600;

/**
 * The photos of one item or table cell: one slot per required view (车身正面,
 * 车身侧面 …) with its thumbnail or an upload button, then any other photos.
 * `capture` lets a phone or tablet open its camera; on a PC it picks a file.
 */
export function PhotoField({ field, name, photos, disabled, onUpload }: { field: AnswerField; name: string; photos: PhotoRef[]; disabled: boolean; onUpload: (upload: PhotoUpload) => Promise<void> }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const images = useChecklistsStore((s) => s.images);
  const fetchImage = useChecklistsStore((s) => s.fetchImage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    for (const p of photos) void fetchImage(p.attachmentId);
  }, [photos, fetchImage]);

  const upload = async (event: ChangeEvent<HTMLInputElement>, evidence?: number) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after a refusal
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const photo = await preparePhoto(file, { maxEdge: CHECKLIST_PHOTO_EDGE });
      if (!photo.ok) return setError(photo.reason === 'wrongType' ? t('checklists.photos.wrongType') : t('checklists.photos.tooLarge', { kb: photo.kb }));
      await onUpload({ fileName: photo.fileName, mimeType: photo.mimeType, dataBase64: photo.dataBase64, ...(evidence !== undefined ? { evidence } : {}) });
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const slots = (field.evidence ?? []).map((view, index) => ({ index, what: label(view), photos: photos.filter((p) => p.evidence === index) }));
  const others = photos.filter((p) => p.evidence === undefined);
  const thumb = (p: PhotoRef, what: string) =>
    images[p.attachmentId] ? <img key={p.attachmentId} className="photo-thumb" src={images[p.attachmentId]} alt={t('checklists.photos.alt', { what })} data-testid="photo-thumb" /> : null;
  const picker = (id: string, text: string, evidence?: number) =>
    !disabled && (
      <label className="button secondary photo-pick" htmlFor={id}>
        {text}
        <input id={id} type="file" accept={ACCEPTED_IMAGE_TYPES.join(',')} capture="environment" className="visually-hidden" onChange={(e) => void upload(e, evidence)} data-testid={`${id}`} />
      </label>
    );

  return (
    <div className="photo-field" data-testid={`photos-${name}`}>
      {slots.map((slot) => (
        <div key={slot.index} className={slot.photos.length ? 'photo-slot' : 'photo-slot missing'}>
          <span className="photo-what">{slot.what}</span>
          {slot.photos.map((p) => thumb(p, slot.what))}
          {slot.photos.length === 0 && picker(`${name}-photo-${slot.index}`, t('checklists.photos.addFor', { what: slot.what }), slot.index)}
        </div>
      ))}
      {(others.length > 0 || slots.length === 0) && (
        <div className="photo-slot">
          {slots.length > 0 && <span className="photo-what">{t('checklists.photos.other')}</span>}
          {others.map((p) => thumb(p, p.fileName))}
          {picker(`${name}-photo`, t('checklists.photos.add'))}
        </div>
      )}
      {busy && <p className="muted">{t('checklists.photos.uploading')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
