/** Narrative periodic reports' face (issue 16 item 7): what other features may import. */
export { narrativeReportHandlers } from './handlers';
