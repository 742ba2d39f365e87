import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerField, PhotoRef } from '../../../shared/checklists/answer-values';
import { ACCEPTED_IMAGE_TYPES, MAX_ATTACHMENT_BYTES, type AcceptedImageType } from '../../../shared/domain/attachments';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText } from '../../lib/error-text';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useChecklistText } from './checklist-text';
import { preparePhoto } from '../../lib/image-file';
import { PhotoViewer } from '../../components/PhotoViewer';

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
 * While the record is a draft each photo can be deleted (asked once) or
 * replaced; a thumbnail opens the photo large.
 */
export function PhotoField({
  field,
  name,
  photos,
  disabled,
  onUpload,
  onRemove,
}: {
  field: AnswerField;
  name: string;
  photos: PhotoRef[];
  disabled: boolean;
  onUpload: (upload: PhotoUpload) => Promise<void>;
  onRemove: (photo: PhotoRef) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const images = useChecklistsStore((s) => s.images);
  const fetchImage = useChecklistsStore((s) => s.fetchImage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ photo: PhotoRef; what: string } | null>(null);
  const [viewing, setViewing] = useState<{ photo: PhotoRef; what: string } | null>(null);

  useEffect(() => {
    for (const p of photos) void fetchImage(p.attachmentId);
  }, [photos, fetchImage]);

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

  const slots = (field.evidence ?? []).map((view, index) => ({ index, what: label(view), photos: photos.filter((p) => p.evidence === index) }));
  const others = photos.filter((p) => p.evidence === undefined);
  const thumb = (p: PhotoRef, what: string) => (
    <div key={p.attachmentId} className="photo-item" data-testid="photo-item">
      <button type="button" className="photo-open" onClick={() => setViewing({ photo: p, what })} title={p.fileName} data-testid="photo-open">
        {images[p.attachmentId] ? (
          <img className="photo-thumb" src={images[p.attachmentId]} alt={t('checklists.photos.alt', { what })} data-testid="photo-thumb" />
        ) : (
          <span className="photo-thumb">{p.fileName}</span>
        )}
      </button>
      {!disabled && (
        <span className="photo-actions">
          <button type="button" className="button secondary" onClick={() => setRemoving({ photo: p, what })} disabled={busy} data-testid="photo-remove">
            {t('checklists.photos.remove')}
          </button>
          <label className="button secondary photo-pick" htmlFor={`${name}-replace-${p.attachmentId}`}>
            {t('checklists.photos.replace')}
            <input
              id={`${name}-replace-${p.attachmentId}`}
              type="file"
              accept={ACCEPTED_IMAGE_TYPES.join(',')}
              capture="environment"
              className="visually-hidden"
              disabled={busy}
              onChange={(e) => void replace(e, p)}
              data-testid="photo-replace"
            />
          </label>
        </span>
      )}
    </div>
  );
  const picker = (id: string, text: string, evidence?: number) =>
    !disabled && (
      <label className="button secondary photo-pick" htmlFor={id}>
        {text}
        <input id={id} type="file" accept={ACCEPTED_IMAGE_TYPES.join(',')} capture="environment" className="visually-hidden" onChange={(e) => void send(e, evidence)} data-testid={`${id}`} />
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
      {!disabled && (
        <p className="muted photo-limit" data-testid="photo-limit">
          {t('checklists.photos.limit', { edge: CHECKLIST_PHOTO_EDGE, kb: MAX_ATTACHMENT_BYTES / 1024 })}
        </p>
      )}
      {busy && <p className="muted">{t('checklists.photos.uploading')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={t('checklists.photos.removeTitle')}
          consequences={[t('checklists.photos.removeWhat', { what: removing.what, fileName: removing.photo.fileName }), t('checklists.photos.removeAfter')]}
          confirmLabel={t('checklists.photos.remove')}
          onConfirm={() => {
            const { photo } = removing;
            setRemoving(null);
            void remove(photo);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
      {viewing && images[viewing.photo.attachmentId] && (
        <PhotoViewer
          src={images[viewing.photo.attachmentId]!}
          fileName={viewing.photo.fileName}
          alt={t('checklists.photos.alt', { what: viewing.what })}
          closeLabel={t('checklists.photos.close')}
          onClose={() => setViewing(null)}
        />
      )}
    </div>
  );
}
