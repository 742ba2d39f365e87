/** The reports feature's face: what other features may import. */
export { projectComplaint, type GradedTiming } from './projection';
export { withReportRow } from './payload';
export { reportHandlers } from './handlers';
export { backfillReportRows } from './backfill';
