/**
 * Notifications that reach people (docs/notifications.md): what other parts
 * of the core may use. The workflow calls `raiseNotifications` in the
 * transaction of each change; the core's timer calls `escalateBatch`; sync's
 * remark merge calls `acknowledgeFromHeadOffice`; the sanction ledger calls
 * `raiseThresholdNotice` when a count the sources set is reached; the
 * narrative reports call `closeReportReminders` when one is issued.
 */
export { raiseNotifications, type NotificationCause } from './raise';
export { raiseThresholdNotice, type CrossedThreshold } from './threshold';
export { escalateBatch, escalateDue } from './escalate';
export { startEscalationTimer } from './timer';
export { acknowledgeFromHeadOffice } from './actions';
export { notificationHandlers } from './handlers';
export { remindNarrativeReports, closeReportReminders } from './report-reminders';
