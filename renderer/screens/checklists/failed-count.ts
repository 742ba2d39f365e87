import { isFailed, offersCorrectiveAction, type Answers, type TableRow } from '../../../shared/checklists/answer-values';
import type { ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { isShown } from '../../../shared/checklists/item-outcomes';

/**
 * How many places on the form failed, counted as the screen marks them (each one offers 提出整改): a shown
 * item whose answer failed, or a register row with a failed check. Said in the 完成并提交 question.
 */
export function failedCount(template: ChecklistTemplate, answers: Answers): number {
  let count = 0;
  for (const item of template.sections.flatMap((s) => s.items)) {
    if (!isShown(item, template, answers)) continue;
    if (item.kind === 'table') {
      const rows = Array.isArray(answers[item.id]) ? (answers[item.id] as TableRow[]) : [];
      const columns = item.columns ?? [];
      count += rows.filter((row) => columns.some((c) => offersCorrectiveAction(c) && isFailed(c, row[c.id]))).length;
    } else if (offersCorrectiveAction(item) && isFailed(item, answers[item.id])) {
      count += 1;
    }
  }
  return count;
}
