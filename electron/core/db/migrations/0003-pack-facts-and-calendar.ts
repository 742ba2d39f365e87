import type { Migration } from './migration';

/**
 * Rule packs of more organisations (issue #4):
 * - `pack_facts`: the facts a pack reads beyond the intake columns (defective
 *   share, minutes late, injured persons…), as a JSON object;
 * - `problem_code`: what "the same problem" means for repeat rules (seed004 §I:
 *   the same problem 3 times in a month is serious), indexed by month;
 * - `regrade_at`: the earliest moment the computed class can change by the
 *   clock alone, so the re-grading timer reads only the complaints due;
 * - the site's working hours ("half a working day", "same working day");
 * - `calendar_days`: holidays and make-up working days head office publishes
 *   for years the shipped calendar does not cover yet.
 */
export const migration0003: Migration = {
  id: 3,
  name: 'pack-facts-and-calendar',
  sql: `
ALTER TABLE complaints ADD COLUMN pack_facts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE complaints ADD COLUMN problem_code TEXT;
ALTER TABLE complaints ADD COLUMN regrade_at TEXT;
CREATE INDEX complaints_same_problem ON complaints (problem_code, received_at) WHERE problem_code IS NOT NULL;
CREATE INDEX complaints_regrade_due ON complaints (regrade_at) WHERE regrade_at IS NOT NULL;
UPDATE complaints SET regrade_at = received_at WHERE resolved_at IS NULL AND class_override IS NULL;

ALTER TABLE site ADD COLUMN work_day_opens TEXT NOT NULL DEFAULT '08:30';
ALTER TABLE site ADD COLUMN work_day_closes TEXT NOT NULL DEFAULT '17:30';
ALTER TABLE site ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE calendar_days (
  day TEXT PRIMARY KEY,
  working INTEGER NOT NULL CHECK (working IN (0, 1)),
  name TEXT NOT NULL,
  calendar_version TEXT NOT NULL,
  published_at TEXT NOT NULL
) STRICT;
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  calendar_version TEXT NOT NULL
) STRICT;
`,
};
