import { templateSchema, type ChecklistTemplate } from '../template-schema';
import { accidentDeductionTemplate } from './accident-deduction';
import { coalMineGradingTemplate } from './coal-mine-grading';
import { waiterLevelTemplate } from './waiter-level';

/** The graded assessments of seed004 (§A coal-mine grade, §C waiter level, §M accident deductions), validated at load. */
export const GRADING_TEMPLATES: readonly ChecklistTemplate[] = [coalMineGradingTemplate, waiterLevelTemplate, accidentDeductionTemplate].map((t) =>
  templateSchema.parse(t),
);
