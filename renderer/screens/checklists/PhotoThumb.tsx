import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '../../../shared/checklists/answer-values';
import { ACCEPTED_IMAGE_TYPES } from '../../../shared/domain/attachments';

interface PhotoThumbProps {
  photo: PhotoRef;
  what: string;
  /** The field's name, for the replace input's id. */
  name: string;
  src: string | undefined;
  disabled: boolean;
  busy: boolean;
  onOpen: () => void;
  onRemove: () => void;
  onReplace: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** One photo: its thumbnail (the file name until the image is loaded), and while the record is a draft 删除 and 替换. */
export function PhotoThumb({ photo: p, what, name, src, disabled, busy, onOpen, onRemove, onReplace }: PhotoThumbProps) {
  const { t } = useTranslation();
  return (
    <div className="photo-item" data-testid="photo-item">
      <button type="button" className="photo-open" onClick={onOpen} title={p.fileName} data-testid="photo-open">
        {src ? <img className="photo-thumb" src={src} alt={t('checklists.photos.alt', { what })} data-testid="photo-thumb" /> : <span className="photo-thumb">{p.fileName}</span>}
      </button>
      {!disabled && (
        <span className="photo-actions">
          <button type="button" className="button secondary" onClick={onRemove} disabled={busy} data-testid="photo-remove">
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
              onChange={onReplace}
              data-testid="photo-replace"
            />
          </label>
        </span>
      )}
    </div>
  );
}

/** The button that picks (or on a phone takes) a photo; `id` is its input's id and test id. */
export function PhotoPicker({ id, text, onPick }: { id: string; text: string; onPick: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <label className="button secondary photo-pick" htmlFor={id}>
      {text}
      <input id={id} type="file" accept={ACCEPTED_IMAGE_TYPES.join(',')} capture="environment" className="visually-hidden" onChange={onPick} data-testid={`${id}`} />
    </label>
  );
}
