/** While this class is on <body>, the print style sheet prints the 投诉调查报告 instead of the register. */
export const PRINT_REPORT_CLASS = 'printing-investigation-report';

/**
 * Prints the investigation report: the class switches the print style sheet
 * to the report, and comes off once the print dialog is done, so the page's
 * own Print command prints the register again.
 */
export function printInvestigationReport(): void {
  document.body.classList.add(PRINT_REPORT_CLASS);
  window.addEventListener('afterprint', () => document.body.classList.remove(PRINT_REPORT_CLASS), { once: true });
  window.print();
}
