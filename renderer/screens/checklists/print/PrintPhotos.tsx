import type { PhotoRef } from '../../../../shared/checklists/answer-values';
import { useChecklistText } from '../checklist-text';

/** A cell's or an item's photos as thumbnails, each captioned with the view it shows (or its file name). */
export function PrintPhotos({ photos, evidence, images }: { photos: PhotoRef[]; evidence: { zh: string; en: string }[]; images: Record<string, string> }) {
  const { label } = useChecklistText();
  return (
    <span className="checklist-print-photos">
      {photos.map((p) => (
        <figure key={p.attachmentId}>
          {images[p.attachmentId] && <img src={images[p.attachmentId]} alt="" />}
          <figcaption>{p.evidence !== undefined && evidence[p.evidence] ? label(evidence[p.evidence]!) : p.fileName}</figcaption>
        </figure>
      ))}
    </span>
  );
}
