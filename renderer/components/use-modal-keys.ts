import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * What every modal over the page does with the keyboard: the focus starts on
 * `start` (the harmless choice) and goes back where it was on closing;
 * Escape dismisses; Tab and Shift+Tab stay inside; and no key reaches the
 * page behind (a form's Escape or Ctrl+Enter must not act under the modal).
 * Returns the modal's onKeyDown.
 */
export function useModalKeys(modal: RefObject<HTMLElement | null>, start: RefObject<HTMLElement | null>, onDismiss: () => void): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    start.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [start]);

  return (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onDismiss();
    } else if (event.key === 'Tab') {
      const focusable = [...(modal.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };
}
