/** Negative news (负面新闻, seed001 S1): incidents, their checklists, notifications and evidence. What the dispatcher and the demo import. */
export { mediaHandlers } from './handlers';
export { createIncident, recordNotification } from './incidents';
