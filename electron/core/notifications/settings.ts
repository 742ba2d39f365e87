import { ApiError } from '../../../shared/api/errors';
import type { NotificationSettings } from '../../../shared/api/notifications';
import type { Role } from '../../../shared/domain/roles';
import type { TermMinutes } from '../../../shared/rules/notify-due';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { readSettingsRow, writeSettingsRow } from './notifications-repository';

/** The site's values where the sources are silent (docs/notifications.md says why each default). */
export interface SiteNotificationSettings {
  terms: TermMinutes;
  chain: Role[];
  /** Complaints stored before notifications existed (a lower rowid) raise none. */
  firstComplaintRowid: number;
  /** Working days before a narrative report's due day its signer is reminded (null: only when overdue). */
  reportReminderWorkingDays: number | null;
  version: number;
}

export function readSettings(db: ReadDb): SiteNotificationSettings {
  const row = readSettingsRow(db);
  return {
    terms: { immediately: row.immediately_minutes, promptly: row.promptly_minutes, unstated: row.unstated_minutes },
    chain: JSON.parse(row.escalation_chain) as Role[],
    firstComplaintRowid: row.first_complaint_rowid,
    reportReminderWorkingDays: row.report_reminder_working_days,
    version: row.version,
  };
}

export function settingsView(settings: SiteNotificationSettings): NotificationSettings {
  return {
    immediatelyMinutes: settings.terms.immediately,
    promptlyMinutes: settings.terms.promptly,
    unstatedMinutes: settings.terms.unstated,
    escalationChain: settings.chain,
    reportReminderWorkingDays: settings.reportReminderWorkingDays,
    version: settings.version,
  };
}

/**
 * The station lead's change of the site's values: audited and sent to head
 * office. Notifications already raised keep the due time they were given.
 */
export function saveSettings(
  tx: WriteDb,
  input: Omit<NotificationSettings, 'reportReminderWorkingDays'> & { reportReminderWorkingDays?: number | null | undefined },
  userId: string,
  at: Date,
): NotificationSettings {
  const before = readSettings(tx);
  if (before.version !== input.version) throw ApiError.because('CONFLICT', 'notifications.errors.settingsChanged');
  writeSettingsRow(tx, {
    immediately: input.immediatelyMinutes,
    promptly: input.promptlyMinutes,
    unstated: input.unstatedMinutes,
    chain: JSON.stringify(input.escalationChain),
    reminderDays: input.reportReminderWorkingDays === undefined ? before.reportReminderWorkingDays : input.reportReminderWorkingDays,
    at: at.toISOString(),
    userId,
  });
  const after = settingsView(readSettings(tx));
  recordChange(tx, {
    userId,
    at,
    action: 'notifications.setSettings',
    entity: 'notification_settings',
    entityId: 'site',
    entityVersion: after.version,
    before: settingsView(before),
    after,
    syncPayload: after,
  });
  return after;
}
