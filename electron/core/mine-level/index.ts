/** A coal mine's level record (seed004 §A, issue 17): what other features may use. */
export { mineLevelHandlers } from './mine-level-handlers';
export { gradingPrefill } from './mine-level-service';
