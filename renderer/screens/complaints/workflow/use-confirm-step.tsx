import { useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from '../../../components/ConfirmDialog';

type Question = Omit<ConfirmDialogProps, 'onConfirm' | 'onCancel'>;

/**
 * Puts a confirmation in front of a step that cannot be taken back (issue 20 item 2), without touching
 * the form around it: `ask` replaces the form's submit. A form its own checks still find fault with is
 * sent as before, so the problems show at once instead of after a question; a complete one is asked
 * about first, and only 确认 sends it. Cancel sends nothing and leaves every field as typed.
 */
export function useConfirmStep(complete: boolean, send: () => void) {
  const [asking, setAsking] = useState(false);
  const ask = () => {
    if (complete) setAsking(true);
    else send();
  };
  const dialog = (question: Question): ReactNode =>
    asking ? (
      <ConfirmDialog
        {...question}
        onConfirm={() => {
          setAsking(false);
          send();
        }}
        onCancel={() => setAsking(false)}
      />
    ) : null;
  return { ask, dialog };
}

/** True when a form's own checks found nothing. */
export const noProblems = (found: object): boolean => Object.keys(found).length === 0;
