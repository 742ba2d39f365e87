/**
 * Checklists (现场检查表): filling records, their photos and corrective
 * actions, and what is due. What other features and the dispatcher import.
 */
export { checklistHandlers } from './handlers';
export { closeAction, completeAction, raiseAction } from './actions';
export { checklistRow } from './record-views';
export { completeRecord, saveAnswers, startRecord } from './records';
