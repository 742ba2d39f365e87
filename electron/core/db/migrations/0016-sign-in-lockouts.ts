import type { Migration } from './migration';

/**
 * Failed sign-ins per login (issue 18): kept in the store, not in memory, so
 * that a restart does not lift a lockout, and so that an attempt is counted
 * in the same synchronous step that checks the count (electron/core/sign-in).
 * `failures` counts attempts since the last success or lock, each counted
 * when it starts (before the PIN or password is checked); `locked_until` is
 * the end of the current lock, null when none was set. Not synced and not a
 * business record: a login's own counter on this computer.
 */
export const migration0016: Migration = {
  id: 16,
  name: 'sign-in-lockouts',
  sql: `
CREATE TABLE sign_in_lockouts (
  login TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  locked_until TEXT
) STRICT;
`,
};
