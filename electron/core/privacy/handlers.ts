import { ApiError } from '../../../shared/api/errors';
import { nextDay, zonedDayStart } from '../../../shared/reports/ledgers/period';
import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { readSite } from '../site/site';
import { appendAccess, listAccess } from './access-log-repository';
import { placeOf } from './register';
import { personalFieldsOf } from './personal-records-repository';

function requireReason(reason: string | undefined): string {
  if (!reason?.trim()) throw ApiError.because('VALIDATION', 'privacy.errors.reasonRequired', undefined, 'reason');
  return reason.trim();
}

export const privacyHandlers: HandlersOf<'privacy.reveal' | 'privacy.recordExport' | 'privacy.accessLog'> = {
  'privacy.reveal': (ctx, input) => {
    const user = requireUser(ctx);
    const reason = requireReason(input.reason);
    return ctx.core.store.transaction((tx) => {
      const fields = personalFieldsOf(tx, input.kind, input.id);
      if (!fields) throw ApiError.because('NOT_FOUND', 'privacy.errors.noSuchRecord');
      appendAccess(tx, { at: ctx.core.now(), user, action: 'reveal', subject: input.kind, recordId: input.id, reason, place: placeOf(tx) });
      return { kind: input.kind, id: input.id, fields };
    });
  },

  'privacy.recordExport': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) =>
      appendAccess(tx, { at: ctx.core.now(), user, action: 'export', subject: input.subject, rowCount: input.rowCount, reason: input.reason, place: placeOf(tx) }),
    );
  },

  'privacy.accessLog': (ctx, input) => {
    const db = ctx.core.store.read;
    const timeZone = readSite(db)?.timeZone ?? 'Asia/Shanghai';
    return listAccess(db, {
      action: input.action,
      userId: input.userId,
      from: input.from ? zonedDayStart(input.from, timeZone) : undefined,
      until: input.to ? zonedDayStart(nextDay(input.to), timeZone) : undefined,
      limit: input.limit,
    });
  },
};
