import type { ReportRow } from '../../shared/reports/report-row';

/**
 * Kysely's view of the head-office tables (server/db/migrations.ts makes
 * them). Instants are ISO-8601 text and JSON is text, so the same rows read
 * the same on SQLite and PostgreSQL.
 */
export interface SitesTable {
  id: string;
  code: string;
  name: string;
  created_at: string;
}

export interface EnrolCodesTable {
  /** sha256 of the normalised code: a stolen database gives no usable code. */
  code_hash: string;
  site_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface DevicesTable {
  id: string;
  site_id: string;
  name: string;
  /** sha256 of the credential's secret part. */
  credential_hash: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_push_at: string | null;
  /** Entries the device said were still pending after its last push (0002-console); null until a client reports it. */
  pending_after_batch: number | null;
  pending_reported_at: string | null;
}

export interface ReceivedBatchesTable {
  site_id: string;
  batch_id: string;
  /** JSON array of the batch's entry ids, to tell a resend from a reused id. */
  entry_ids: string;
  /** JSON of the ack first sent, returned verbatim to a resend. */
  ack: string;
  received_at: string;
}

export interface ReceivedEntriesTable {
  site_id: string;
  entry_id: string;
  batch_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  operation: string;
  payload: string;
  created_at: string;
  received_at: string;
}

export interface SiteRecordsTable {
  site_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  /** The entry that wrote this version: its `received_entries` row holds the payload (0003-payload-once). */
  entry_id: string;
  updated_at: string;
  // Extracted from the payload at apply time (0002-console, services/record-summary.ts).
  status: string | null;
  serial: string | null;
  kind: string | null;
  summary: string | null;
  search_text: string | null;
  due_at: string | null;
  occurred_at: string | null;
  completed_at: string | null;
  parent_id: string | null;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  data: Uint8Array;
  received_at: string;
}

export interface BlobOwnersTable {
  site_id: string;
  sha256: string;
}

export interface ReferenceItemsTable {
  /** From `counters.reference_cursor`: strictly increasing in commit order. */
  cursor: number;
  kind: string;
  item_id: string;
  version: number;
  body: string;
  /** null: published to every site. */
  site_id: string | null;
  published_at: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

/**
 * Remarks and decisions head office published on a site's record (a reference
 * item of kind 'remark'), written in the same transaction as the item.
 */
export interface HeadOfficeRemarksTable {
  id: string;
  site_id: string;
  entity: string;
  entity_id: string;
  /** The remark body as published (shared/sync/merge-rules' remarkBodySchema), JSON. */
  body: string;
  /** Who wrote it, as shown: the staff member's display name, or the admin API. */
  author: string;
  created_at: string;
  /** The console account that wrote it (0004-console-staff); null through the admin token. */
  author_user_id: string | null;
  /** The reference item it was published as (0004-console-staff). */
  reference_cursor: number | null;
}

export interface ConsoleUsersTable {
  id: string;
  login: string;
  display_name: string;
  /** `scrypt$N$r$p$salt$hash` (server/auth/passwords.ts). */
  password_hash: string;
  created_at: string;
  /** Set when the account was disabled (0004-console-staff): sign-in refused. */
  disabled_at: string | null;
  /** 1: may manage staff accounts (0004-console-staff). */
  is_admin: number;
  /** 1: may see one record's personal fields in full, with a reason (0009-personal-access). */
  may_read_personal: number;
}

/** Head office's register of full views and exports of personal data (0009-personal-access); append-only. */
export interface HeadOfficePersonalAccessTable {
  id: string;
  at: string;
  user_id: string;
  user_name: string;
  /** 'reveal' or 'export'. */
  action: string;
  /** What: the kind of record, or the export's name. */
  subject: string;
  site_id: string | null;
  record_id: string | null;
  row_count: number | null;
  reason: string | null;
  place: string;
}

export interface ConsoleSessionsTable {
  /** sha256 of the session token; the token itself is only in the staff member's cookie. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** Failed console sign-ins per login or client address (0005-sign-in-limits, server/auth/sign-in-limiter.ts). */
export interface SignInLimitsTable {
  /** `login:<login>` or `address:<client address>`. */
  key: string;
  /** JSON array of attempt times (ms) inside the window. */
  attempts: string;
  locked_until: string | null;
  expires_at: string;
}

/** A site's notification as head office keeps it (0007-notifications; server/notifications/). */
export interface SiteNotificationsTable {
  site_id: string;
  id: string;
  complaint_id: string;
  serial: string | null;
  obligation: string;
  event: string | null;
  level: number;
  escalation_of: string | null;
  /** JSON: the source's words [{zh, en}]. */
  notify: string;
  /** JSON arrays of recipients (roles, 'assignee', 'head_office'). */
  recipients: string;
  copies: string;
  /** 1 when head office must acknowledge it (its console inbox, and e-mail). */
  to_head_office: number;
  acknowledge_required: number;
  confirm_by_phone: number;
  source: string;
  starts_at: string;
  due_at: string | null;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by_name: string | null;
  phone_confirmed_at: string | null;
  written_due_at: string | null;
  written_at: string | null;
  escalated_at: string | null;
  entity_version: number;
  received_at: string;
  /** Head office's own acknowledgement in the console: never overwritten by a push. */
  head_office_ack_at: string | null;
  head_office_ack_by: string | null;
  emailed_at: string | null;
  email_attempts: number;
  email_error: string | null;
}

/** A premium or policy count head office entered for a site and period (0006-reports; seed003 篇5 6.5). */
export interface ReportReferenceTable {
  site_id: string;
  period_kind: string;
  period_key: string;
  /** 元, whole; PostgreSQL returns bigint as text. */
  premium: number | string | null;
  policies: number | string | null;
  entered_by: string;
  entered_at: string;
}

export interface ServerDatabase {
  sites: SitesTable;
  enrol_codes: EnrolCodesTable;
  devices: DevicesTable;
  received_batches: ReceivedBatchesTable;
  received_entries: ReceivedEntriesTable;
  site_records: SiteRecordsTable;
  blobs: BlobsTable;
  blob_owners: BlobOwnersTable;
  reference_items: ReferenceItemsTable;
  counters: CountersTable;
  head_office_remarks: HeadOfficeRemarksTable;
  console_users: ConsoleUsersTable;
  head_office_personal_access: HeadOfficePersonalAccessTable;
  console_sessions: ConsoleSessionsTable;
  sign_in_limits: SignInLimitsTable;
  site_notifications: SiteNotificationsTable;
  /** Every site's complaint report rows (0006-reports): the columns of shared/reports/report-row.ts. */
  report_complaints: ReportRow;
  report_reference: ReportReferenceTable;
}
