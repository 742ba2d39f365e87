import type { Migration } from './migration';

/**
 * Drafts of the workflow action forms (issue 20 item 1: what was typed into a
 * plan, log, reply or call-back is kept when another case is opened, the
 * window closes or the app is killed). One row per user, case and action:
 * `drafts` (0004) is keyed by user and form only and stays as it is for the
 * new-complaint form. Local to this computer like `drafts`: never synced,
 * never audited; removed with the action it was typed for.
 */
export const migration0025: Migration = {
  id: 25,
  name: 'action-drafts',
  sql: `
CREATE TABLE action_drafts (
  user_id TEXT NOT NULL REFERENCES users(id),
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  action TEXT NOT NULL,
  data TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (user_id, complaint_id, action)
) STRICT;
`,
};
