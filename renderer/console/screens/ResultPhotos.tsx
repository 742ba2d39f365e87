import { useTranslation } from 'react-i18next';
import type { PhotoRef, TableRow } from '../../../shared/checklists/answer-values';
import type { Bilingual, TemplateItem } from '../../../shared/checklists/template-schema';

/** One photo as the result lists it: its attachment and what it shows (the evidence view, else its file name; a register's row and column). */
export interface ResultPhoto {
  attachmentId: string;
  caption: string;
}

/**
 * A checklist result's photos on the console: thumbnails, each a link that
 * opens the photo full size. The images come from head office's own route
 * (`photoUrl`), which the session cookie authorises.
 */
export function ResultPhotos({ photos, itemLabel, photoUrl }: { photos: ResultPhoto[]; itemLabel: string; photoUrl(id: string): string }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <span className="console-photos" data-testid="result-photos">
      {photos.map((photo, index) => (
        <a key={photo.attachmentId} href={photoUrl(photo.attachmentId)} target="_blank" rel="noopener noreferrer" className="console-photo" data-testid="result-photo">
          <img src={photoUrl(photo.attachmentId)} alt={t('consoleLists.result.photoAlt', { item: itemLabel, n: index + 1, caption: photo.caption })} />
          <span className="console-photo-caption">{photo.caption}</span>
        </a>
      ))}
    </span>
  );
}

/** The photos an item's stored answer holds: a photo item's own, or those in a register's photo cells, row by row. */
export function photosOfItem(item: TemplateItem, value: unknown, label: (b: Bilingual) => string, rowWord: (n: number) => string): ResultPhoto[] {
  const captioned = (photos: PhotoRef[], evidence: readonly Bilingual[] | undefined, prefix = '') =>
    photos.map((p) => ({ attachmentId: p.attachmentId, caption: `${prefix}${p.evidence !== undefined && evidence?.[p.evidence] ? label(evidence[p.evidence]!) : p.fileName}` }));
  if (item.kind === 'photo') return captioned(storedPhotos(value), item.evidence);
  if (item.kind !== 'table' || !Array.isArray(value)) return [];
  const columns = (item.columns ?? []).filter((c) => c.kind === 'photo');
  return (value as TableRow[]).flatMap((row, i) => columns.flatMap((c) => captioned(storedPhotos(row?.[c.id]), c.evidence, `${rowWord(i + 1)} ${label(c.label)}：`)));
}

/** The photos a stored photo answer names; anything unreadable is left out (a site may be older or newer than head office). */
export function storedPhotos(value: unknown): PhotoRef[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is PhotoRef => typeof p === 'object' && p !== null && typeof (p as PhotoRef).attachmentId === 'string' && typeof (p as PhotoRef).fileName === 'string');
}
