import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/api/media';
import { ACCEPTED_IMAGE_TYPES } from '../../../shared/domain/attachments';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';

interface EvidenceItemProps {
  attachment: AttachmentInfo;
  /** The image once loaded. */
  src: string | undefined;
  /** The incident is open: the image may be deleted or replaced. */
  open: boolean;
  busy: boolean;
  onView: () => void;
  onRemove: () => void;
  onReplace: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** One evidence image: its thumbnail (opens it large), file name, size, who added it and when; 删除 and 替换 while the incident is open. */
export function EvidenceItem({ attachment: a, src, open, busy, onView, onRemove, onReplace }: EvidenceItemProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <li data-testid="evidence-item">
      {src ? (
        <button type="button" className="photo-open" onClick={onView} data-testid="evidence-open">
          <img src={src} alt={a.fileName} className="media-thumbnail" />
        </button>
      ) : (
        <span className="media-thumbnail muted">{t('media.loading')}</span>
      )}
      <span className="media-thumbnail-caption">
        {a.fileName} · {Math.ceil(a.size / 1024)} KB · {a.addedByName} {formatInstant(a.addedAt, timeZone)}
      </span>
      {open && (
        <span className="photo-actions">
          <button type="button" className="button secondary" disabled={busy} onClick={onRemove} data-testid="evidence-remove">
            {t('media.removeImage')}
          </button>
          <label className="button secondary" htmlFor={`evidence-replace-${a.id}`}>
            {t('media.replaceImage')}
            <input id={`evidence-replace-${a.id}`} type="file" className="visually-hidden" accept={ACCEPTED_IMAGE_TYPES.join(',')} disabled={busy} onChange={onReplace} data-testid="evidence-replace" />
          </label>
        </span>
      )}
    </li>
  );
}
