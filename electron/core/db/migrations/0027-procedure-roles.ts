import type { Migration } from './migration';

/**
 * Who at this site holds which post of the organisation's own rules (issue 23
 * item 1): the source roles a rule pack's `procedure` names (一级受理人,
 * 网点负责人, 酒庄领导…), mapped by the station lead onto users. A user may
 * hold several. Keyed by pack id, since each pack names its own posts; the
 * approvals the routes ask for are handling-log events (complaint_events).
 */
export const migration0027: Migration = {
  id: 27,
  name: 'procedure-roles',
  sql: `
CREATE TABLE procedure_role_holders (
  pack_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  assigned_at TEXT NOT NULL,
  assigned_by TEXT REFERENCES users(id),
  PRIMARY KEY (pack_id, role_id, user_id)
) STRICT;
CREATE INDEX procedure_role_holders_by_user ON procedure_role_holders (pack_id, user_id);
`,
};
