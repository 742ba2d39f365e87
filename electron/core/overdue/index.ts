/** Overdue cases (issue 17 §1.1): the handling limit, the limit missed, late plans, the delay told to the customer. */
export { handlingLimit, limitPassed, noteMissedLimit } from './handling-limit';
export { markLatePlan, recordDelayExplanation } from './overdue-repository';
