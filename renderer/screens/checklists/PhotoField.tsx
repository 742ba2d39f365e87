import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerField, PhotoRef } from '../../../shared/checklists/answer-values';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachments';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PhotoViewer } from '../../components/PhotoViewer';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useChecklistText } from './checklist-text';
import { PhotoPicker, PhotoThumb } from './PhotoThumb';
import { CHECKLIST_PHOTO_EDGE, usePhotoUploads, type PhotoUpload } from './use-photo-uploads';

export type { PhotoUpload } from './use-photo-uploads';

type Shown = { photo: PhotoRef; what: string };

/** 删除 asked once, and a photo opened large. */
function PhotoDialogs({
  removing,
  viewing,
  src,
  onRemove,
  onCloseRemove,
  onCloseView,
}: {
  removing: Shown | null;
  viewing: Shown | null;
  /** The viewed photo's image, once loaded. */
  src: string | undefined;
  onRemove: (photo: PhotoRef) => void;
  onCloseRemove: () => void;
  onCloseView: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {removing && (
        <ConfirmDialog
          title={t('checklists.photos.removeTitle')}
          consequences={[t('checklists.photos.removeWhat', { what: removing.what, fileName: removing.photo.fileName }), t('checklists.photos.removeAfter')]}
          confirmLabel={t('checklists.photos.remove')}
          onConfirm={() => {
            const { photo } = removing;
            onCloseRemove();
            onRemove(photo);
          }}
          onCancel={onCloseRemove}
        />
      )}
      {viewing && src && (
        <PhotoViewer src={src} fileName={viewing.photo.fileName} alt={t('checklists.photos.alt', { what: viewing.what })} closeLabel={t('checklists.photos.close')} onClose={onCloseView} />
      )}
    </>
  );
}

interface PhotoFieldProps {
  field: AnswerField;
  name: string;
  photos: PhotoRef[];
  disabled: boolean;
  onUpload: (upload: PhotoUpload) => Promise<void>;
  onRemove: (photo: PhotoRef) => Promise<void>;
}

/** The size limit while photos may be added, 上传中…, and why the last upload or removal failed. */
function PhotoStatus({ disabled, busy, error }: { disabled: boolean; busy: boolean; error: string | null }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

/**
 * The photos of one item or table cell: one slot per required view (车身正面,
 * 车身侧面 …) with its thumbnail or an upload button, then any other photos.
 * `capture` lets a phone or tablet open its camera; on a PC it picks a file.
 * While the record is a draft each photo can be deleted (asked once) or
 * replaced; a thumbnail opens the photo large.
 */
export function PhotoField({ field, name, photos, disabled, onUpload, onRemove }: PhotoFieldProps) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const images = useChecklistsStore((s) => s.images);
  const fetchImage = useChecklistsStore((s) => s.fetchImage);
  const { busy, error, send, remove, replace } = usePhotoUploads(onUpload, onRemove);
  const [removing, setRemoving] = useState<Shown | null>(null);
  const [viewing, setViewing] = useState<Shown | null>(null);

  useEffect(() => {
    for (const p of photos) void fetchImage(p.attachmentId);
  }, [photos, fetchImage]);

  const slots = (field.evidence ?? []).map((view, index) => ({ index, what: label(view), photos: photos.filter((p) => p.evidence === index) }));
  const others = photos.filter((p) => p.evidence === undefined);
  const thumb = (p: PhotoRef, what: string) => (
    <PhotoThumb
      key={p.attachmentId}
      photo={p}
      what={what}
      name={name}
      src={images[p.attachmentId]}
      disabled={disabled}
      busy={busy}
      onOpen={() => setViewing({ photo: p, what })}
      onRemove={() => setRemoving({ photo: p, what })}
      onReplace={(e) => void replace(e, p)}
    />
  );
  const picker = (id: string, text: string, evidence?: number) => !disabled && <PhotoPicker id={id} text={text} onPick={(e) => void send(e, evidence)} />;

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
      <PhotoStatus disabled={disabled} busy={busy} error={error} />
      <PhotoDialogs
        removing={removing}
        viewing={viewing}
        src={viewing ? images[viewing.photo.attachmentId] : undefined}
        onRemove={(photo) => void remove(photo)}
        onCloseRemove={() => setRemoving(null)}
        onCloseView={() => setViewing(null)}
      />
    </div>
  );
}
