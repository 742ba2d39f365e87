import { ApiError } from '../../../shared/api/errors';
import { RETENTION_RULES, retentionYears } from '../../../shared/privacy/retention';
import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { appendAccess } from './access-log-repository';
import { batchRows, retentionOverrides, saveRetentionOverride } from './destruction-repository';
import { approveDestruction, expiredCustomers, proposeDestruction, toBatch } from './destruction';
import { placeOf } from './register';
import { staffNamesAmong, subjectAccessRecords } from './subject-access-repository';
import type { ReadDb } from '../db/handles';
import { meetingsAbout } from '../risk-classes';

/**
 * Everything held about one customer (privacy.subjectAccess): its records as stored, and the risk meetings
 * (seed000 第二篇 三、) that discussed it, each as the customer's own part: without the other customers discussed.
 */
function subjectAccessDocument(db: ReadDb, customerId: string) {
  const records = subjectAccessRecords(db, customerId);
  if (!records) throw ApiError.because('NOT_FOUND', 'privacy.errors.noSuchRecord');
  const riskMeetings = meetingsAbout(db, customerId).map((m) => ({
    id: m.id,
    held_on: m.heldOn,
    kinds: m.kinds,
    attendees: m.attendees,
    conclusions: m.conclusions,
    recorded_by: m.recordedByName,
    recorded_at: m.recordedAt,
  }));
  const { accessRegister, ...rest } = records;
  const sections = { ...rest, riskMeetings, accessRegister };
  const rowCount = 1 + Object.values(sections).reduce((n, rows) => n + (Array.isArray(rows) ? rows.length : 0), 0);
  // Not a section (not counted): the names of the staff the records name by id, for the readable workbook.
  const values = Object.values(sections).flatMap((rows) => (Array.isArray(rows) ? rows : [rows]).flatMap((row) => Object.values(row)));
  return { sections, rowCount, staff: staffNamesAmong(db, values) };
}

function requireReason(reason: string | undefined): string {
  if (!reason?.trim()) throw ApiError.because('VALIDATION', 'privacy.errors.reasonRequired', undefined, 'reason');
  return reason.trim();
}

function retentionRules(db: ReadDb) {
  const years = retentionYears(retentionOverrides(db));
  return RETENTION_RULES.map((rule) => ({ ...rule, years: years[rule.recordType], shippedYears: rule.years }));
}

type Methods =
  | 'privacy.retention'
  | 'privacy.setRetention'
  | 'privacy.expiredCustomers'
  | 'privacy.proposeDestruction'
  | 'privacy.approveDestruction'
  | 'privacy.destructionBatches'
  | 'privacy.subjectAccess';

export const destructionHandlers: HandlersOf<Methods> = {
  'privacy.retention': (ctx) => retentionRules(ctx.core.store.read),

  'privacy.setRetention': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => {
      saveRetentionOverride(tx, { recordType: input.recordType, years: input.years, userId: user.id, at: ctx.core.now().toISOString() });
      return retentionRules(tx);
    });
  },

  'privacy.expiredCustomers': (ctx) => expiredCustomers(ctx.core.store.read, ctx.core.now()),

  'privacy.proposeDestruction': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => proposeDestruction(tx, user, input.customerIds, ctx.core.now()));
  },

  'privacy.approveDestruction': (ctx, input) => {
    const user = requireUser(ctx);
    const reason = requireReason(input.reason);
    const batch = ctx.core.store.transaction((tx) => approveDestruction(tx, user, input.batchId, reason, ctx.core.now()));
    // The write-ahead log still holds the pages as they were before the erasure.
    ctx.core.store.checkpoint();
    return batch;
  },

  'privacy.destructionBatches': (ctx) => batchRows(ctx.core.store.read).map(toBatch),

  'privacy.subjectAccess': (ctx, input) => {
    const user = requireUser(ctx);
    const purpose = requireReason(input.purpose);
    return ctx.core.store.transaction((tx) => {
      const { sections, rowCount, staff } = subjectAccessDocument(tx, input.customerId);
      const exportedAt = ctx.core.now();
      // Registered first would list itself; the document carries the register as it stood when asked.
      const document = JSON.stringify({ exportedAt: exportedAt.toISOString(), exportedBy: user.displayName, purpose, ...sections, staff }, null, 2);
      appendAccess(tx, { at: exportedAt, user, action: 'export', subject: 'subjectAccess', recordId: input.customerId, rowCount, reason: purpose, place: placeOf(tx) });
      return { document, rowCount };
    });
  },
};
