import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useModalKeys } from './use-modal-keys';

/**
 * A photo or screenshot shown large over the page, with its file name, so the
 * person can check a plate, a meter reading or a post before submitting. Escape or 关闭 closes
 * it and the focus goes back to the thumbnail that opened it.
 */
export function PhotoViewer({ src, fileName, alt, closeLabel, onClose }: { src: string; fileName: string; alt: string; closeLabel: string; onClose: () => void }) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  const viewerRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalKeys(viewerRef, closeRef, onClose);

  return createPortal(
    <div className="confirm-backdrop" onClick={onClose}>
      <div ref={viewerRef} className="photo-viewer" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="photo-viewer" onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
        <img className="photo-large" src={src} alt={alt} />
        <div className="form-actions">
          <span id={titleId} className="photo-file-name">
            {fileName}
          </span>
          <button ref={closeRef} type="button" className="button" onClick={onClose} data-testid="photo-viewer-close">
            {closeLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
