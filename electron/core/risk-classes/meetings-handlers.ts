import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { meetingMonth, recordMeeting } from './meetings';

/** The meetings of seed000 第二篇 三、: a record is one transaction (row, audit, outbox). */
export const riskMeetingHandlers: HandlersOf<'riskMeetings.month' | 'riskMeetings.record'> = {
  'riskMeetings.month': (ctx, input) => meetingMonth(ctx.core.store.read, input.month, ctx.core.now()),
  'riskMeetings.record': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => recordMeeting(tx, input, user, at));
  },
};
