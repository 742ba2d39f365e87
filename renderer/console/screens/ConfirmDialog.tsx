import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';

export interface ConfirmDialogProps {
  /** Names the dialog's title element and its test ids (`${name}-dialog`, `confirm-${name}`). */
  name: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** The action asked about; its error is shown in the dialog, which stays open. */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** Asks before an action that cannot simply be taken back; Cancel has the focus, Esc cancels. */
export function ConfirmDialog({ name, title, body, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = async () => {
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  return (
    <dialog ref={dialog} className="card console-dialog" aria-labelledby={`${name}-title`} data-testid={`${name}-dialog`} onCancel={onClose}>
      <h3 id={`${name}-title`}>{title}</h3>
      <p>{body}</p>
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('console.sites.cancel')}
        </button>
        <button type="button" className="button danger" data-testid={`confirm-${name}`} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
