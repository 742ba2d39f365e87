import { flushSync } from 'react-dom';

/** While this class is on <body>, the print style sheet prints the chosen extension application instead of the register. */
export const PRINT_EXTENSION_CLASS = 'printing-extension-form';

/**
 * Prints one extension application: `choose` renders that extension's form (synchronously, so it is on the
 * page when the print dialog opens), the class switches the print style sheet to it, and comes off once the
 * dialog is done, so the page's own Print command prints the register again.
 */
export function printExtensionForm(choose: () => void): void {
  flushSync(choose);
  document.body.classList.add(PRINT_EXTENSION_CLASS);
  window.addEventListener('afterprint', () => document.body.classList.remove(PRINT_EXTENSION_CLASS), { once: true });
  window.print();
}
