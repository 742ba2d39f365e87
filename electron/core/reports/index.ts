/** The reports feature's face: what other features may import. */
export { projectComplaint, type GradedTiming } from './projection';
export { withReportRow } from './payload';
export { reportHandlers } from './handlers';
export { backfillReportRows } from './backfill';
export { computeSiteReport, siteDefinitions } from './service';
export { checkedBucket, checkedPeriod } from './period-check';
export { siteIdOf } from './report-repository';
