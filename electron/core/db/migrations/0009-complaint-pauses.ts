import type { Migration } from './migration';

/**
 * `pauses`: the stretches a case's clock stood still while waiting for a test
 * or a sample (seed004 §J 4.3), as JSON [{from, to, reason}], read by grading
 * like `steps_done` and `agreed_due`.
 */
export const migration0009: Migration = {
  id: 9,
  name: 'complaint-pauses',
  sql: `ALTER TABLE complaints ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]';`,
};
