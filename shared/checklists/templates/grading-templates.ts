import { templateSchema, type ChecklistTemplate } from '../template-schema';
import { accidentDeductionTemplate } from './accident-deduction';
import { coalMineGradingTemplate } from './coal-mine-grading';
import { coalMineGradingEventsTemplate } from './coal-mine-grading-events';
import { waiterLevelTemplate } from './waiter-level';

/** The graded assessments of seed004 (§A coal-mine grade, §C waiter level, §M accident deductions), validated at load. */
export const GRADING_TEMPLATES: readonly ChecklistTemplate[] = [coalMineGradingEventsTemplate, waiterLevelTemplate, accidentDeductionTemplate].map((t) =>
  templateSchema.parse(t),
);

/** Versions no longer offered for new records but kept to read the records made on them (coal-mine 1.0.0: the six "未满" ticks). */
export const RETIRED_GRADING_VERSIONS: readonly ChecklistTemplate[] = [coalMineGradingTemplate].map((t) => templateSchema.parse(t));
