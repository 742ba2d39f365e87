import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useModalKeys } from './use-modal-keys';

export interface ConfirmDialogProps {
  /** Asks about the step by its own name (完成并提交？). */
  title: string;
  /** What will happen, said plainly, one sentence a line. */
  consequences: readonly string[];
  /** The step's own verb, so the button says what it does. */
  confirmLabel: string;
  onConfirm: () => void;
  /** Leaves everything as it was: nothing is sent, what was typed stays. */
  onCancel: () => void;
}

/**
 * Asks once before a step that cannot be taken back (issue 20 item 2). Focus
 * starts on 取消, so an Enter pressed out of habit cancels rather than
 * confirms; Escape cancels; Tab stays inside; focus goes back where it was.
 * Drawn over the page (outside any form, so its keys never submit one).
 */
export function ConfirmDialog({ title, consequences, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = useModalKeys(dialogRef, cancelRef, onCancel);

  return createPortal(
    <div className="confirm-backdrop">
      <div ref={dialogRef} className="confirm-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} data-testid="confirm-dialog" onKeyDown={onKeyDown}>
        <h3 id={titleId}>{title}</h3>
        <div id={bodyId}>
          {consequences.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <div className="form-actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel} data-testid="confirm-dialog-cancel">
            {t('confirm.cancel')}
          </button>
          <button type="button" className="button primary" onClick={onConfirm} data-testid="confirm-dialog-confirm">
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
