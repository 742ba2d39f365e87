import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

/**
 * A photo or screenshot shown large over the page, with its file name, so the
 * person can check a plate, a meter reading or a post before submitting. Escape or 关闭 closes
 * it and the focus goes back to the thumbnail that opened it.
 */
export function PhotoViewer({ src, fileName, alt, closeLabel, onClose }: { src: string; fileName: string; alt: string; closeLabel: string; onClose: () => void }) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The page's own shortcuts must not act behind the overlay.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return createPortal(
    <div className="confirm-backdrop" onClick={onClose}>
      <div className="photo-viewer" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="photo-viewer" onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
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
