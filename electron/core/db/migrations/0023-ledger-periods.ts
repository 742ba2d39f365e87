import type { Migration } from './migration';

/**
 * Indexes for reading a ledger's period (issue #16 item 5, electron/core/ledgers):
 * the cases closed in a month (篇5 4.5.6's batch), extension requests and
 * call-backs by their time, and the exports of the sync transfer file in the
 * audit log (制度1 第三十七条). The audit index is partial: only the export
 * rows enter it, so the audit row every business write adds costs nothing more.
 * Complaints by the time received, media incidents, opinion-book entries and
 * checklist records are read through their existing indexes.
 */
export const migration0023: Migration = {
  id: 23,
  name: 'ledger-periods',
  sql: `
CREATE INDEX complaints_by_closed ON complaints (closed_at, serial) WHERE closed_at IS NOT NULL;
CREATE INDEX complaint_extensions_by_requested ON complaint_extensions (requested_at);
CREATE INDEX complaint_call_backs_by_at ON complaint_call_backs (at);
CREATE INDEX audit_transfer_exports ON audit_log (at) WHERE action = 'sync.exportTransfer';
`,
};
