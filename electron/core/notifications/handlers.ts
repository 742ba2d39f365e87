import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { acknowledge, complaintNotifications, confirmPhone, inbox, markOpened, recordWritten, summary, timeliness } from './actions';
import { acknowledgeReminder, reminderInbox } from './report-reminders';
import { readSettings, saveSettings, settingsView } from './settings';

export const notificationHandlers: HandlersOf<
  | 'notifications.inbox'
  | 'notifications.summary'
  | 'notifications.forComplaint'
  | 'notifications.markRead'
  | 'notifications.acknowledge'
  | 'notifications.confirmPhone'
  | 'notifications.recordWritten'
  | 'notifications.settings'
  | 'notifications.setSettings'
  | 'notifications.timeliness'
  | 'notifications.reportReminders'
  | 'notifications.acknowledgeReminder'
> = {
  'notifications.inbox': (ctx, input) => inbox(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
  'notifications.summary': (ctx) => summary(ctx.core.store.read, requireUser(ctx), ctx.core.now()),
  'notifications.forComplaint': (ctx, input) => complaintNotifications(ctx.core.store.read, requireUser(ctx), input.complaintId, ctx.core.now()),
  'notifications.markRead': (ctx, input) => {
    const user = requireUser(ctx);
    return { read: ctx.core.store.transaction((tx) => markOpened(tx, user, input.ids, ctx.core.now())) };
  },
  'notifications.acknowledge': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => acknowledge(tx, user, input, ctx.core.now()));
  },
  'notifications.confirmPhone': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => confirmPhone(tx, user, input, ctx.core.now()));
  },
  'notifications.recordWritten': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => recordWritten(tx, user, input, ctx.core.now()));
  },
  'notifications.settings': (ctx) => settingsView(readSettings(ctx.core.store.read)),
  'notifications.setSettings': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => saveSettings(tx, input, user.id, ctx.core.now()));
  },
  'notifications.timeliness': (ctx, input) => timeliness(ctx.core.store.read, input),
  'notifications.reportReminders': (ctx, input) => reminderInbox(ctx.core.store.read, requireUser(ctx), input.show),
  'notifications.acknowledgeReminder': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => acknowledgeReminder(tx, user, input, ctx.core.now()));
  },
};
