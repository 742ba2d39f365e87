import { newId } from '../../../shared/ids';
import type { HeadOfficeRemark, SyncConflict } from '../../../shared/api/sync';
import { ApiError } from '../../../shared/api/errors';
import { headOfficeRule, remarkBodySchema, type RemarkBody } from '../../../shared/sync/merge-rules';
import { ERASED_MARKER } from '../../../shared/privacy/retention';
import type { CoreContext } from '../context';
import type { ReadDb, WriteDb } from '../db/handles';
import { acknowledgeFromHeadOffice } from '../notifications';
import { recordEvent } from '../change-log/change-log';
import { overrideClass } from '../complaints/complaints';
import { getRow } from '../complaints/complaints-repository';
import { gradingEnv, recordGradingEnv } from '../complaints/grading';
import { sentOutboxPayload } from './outbox-repository';
import { waitingRemarks, type WaitingRemark } from './reference-repository';
import {
  complaintClassCode,
  conflictRow,
  insertConflict,
  insertMergedRemark,
  latestRemarkRows,
  markConflictResolved,
  openConflictRowCount,
  openConflictRows,
  remarkedRecordErased,
  remarkedRecordExists,
  rewritePulledRemark,
} from './remarks-repository';

/** What merging did with one field of a remark. */
type FieldOutcome = 'taken' | 'same' | 'conflict' | 'ignored';

/**
 * How each field head office may set is read and written on this computer.
 * A field in the merge rules without an entry here is ignored, never guessed.
 */
interface FieldAccess {
  /** The site's value now. */
  current(db: ReadDb, entityId: string): unknown;
  /** The site's value in a version it sent (from that version's outbox payload). */
  sent(payload: Record<string, unknown>): unknown;
  /** Writes head office's value as a change of the record (audited and queued); false if the value cannot apply. */
  apply(tx: WriteDb, context: CoreContext, entityId: string, value: unknown, actorId: string | null, note: string | null): boolean;
}

const ACCESS: Record<string, Record<string, FieldAccess>> = {
  complaint: {
    headOfficeRemark: {
      current: () => null,
      sent: () => null,
      apply: () => true, // kept in head_office_remarks with the remark itself
    },
    classCode: {
      current: (db, id) => complaintClassCode(db, id),
      sent: (payload) => payload.classCode ?? null,
      apply: (tx, context, id, value, actorId, note) => {
        const row = getRow(tx, id);
        // A class of the pack version the record is graded by; the site may since hold a newer one.
        const env = row ? recordGradingEnv(tx, row, gradingEnv(tx, context.now(), context.calendar)) : null;
        if (!env || typeof value !== 'string' || !env.pack.classes.some((c) => c.code === value)) return false;
        const reason = `总部决定 / head office decision${note ? `：${note}` : ''}`;
        return overrideClass(tx, id, { classCode: value, reason }, env, actorId, context.now()) !== null;
      },
    },
  },
  notification: {
    // Head office's acknowledgement of a notification addressed to it (the first one stands).
    headOfficeAcknowledgement: { current: () => null, sent: () => null, apply: (tx, _context, id, value) => acknowledgeFromHeadOffice(tx, id, value) },
  },
};

/**
 * Merges every pulled remark not merged yet, each in its own transaction with
 * its outcome row, so a remark is merged exactly once. Returns how many.
 */
export function mergeHeadOfficeRemarks(context: CoreContext): number {
  const { store } = context;
  const waiting = waitingRemarks(store.read);
  for (const item of waiting) store.transaction((tx) => mergeOne(tx, context, item));
  return waiting.length;
}

type FieldConflict = { field: string; base: unknown; site: unknown; headOffice: unknown };

/** A remark with its free text (the remark and the note) replaced by the destruction marker; decisions such as a class stay. */
function withoutWords(remark: RemarkBody): RemarkBody {
  const fields = { ...remark.fields };
  if ('headOfficeRemark' in fields) fields.headOfficeRemark = ERASED_MARKER;
  return { ...remark, fields, ...(remark.note === undefined ? {} : { note: ERASED_MARKER }) };
}

function mergeOne(tx: WriteDb, context: CoreContext, initial: WaitingRemark): void {
  let item = initial;
  const at = context.now();
  const parsed = remarkBodySchema.safeParse(JSON.parse(item.body));
  const keep = (entity: string, entityId: string, outcome: unknown): void => {
    insertMergedRemark(tx, { remark_id: item.id, version: item.version, entity, entity_id: entityId, body: item.body, outcome: JSON.stringify(outcome), merged_at: at.toISOString() });
  };
  if (!parsed.success) return keep('', '', { invalid: true });
  let remark = parsed.data;
  if (!remarkedRecordExists(tx, remark.entity, remark.entityId)) return keep(remark.entity, remark.entityId, { unknownRecord: true });
  if (remarkedRecordErased(tx, remark.entity, remark.entityId)) {
    // Written at head office before it heard of the destruction: staff may have quoted the customer, and the
    // site no longer holds the values to find them by, so the remark's words are not kept at all.
    remark = withoutWords(remark);
    item = { ...item, body: JSON.stringify(remark) };
    rewritePulledRemark(tx, item.id, item.version, item.body);
  }

  const { outcome, conflicts } = mergeFields(tx, context, remark);
  keep(remark.entity, remark.entityId, outcome);
  for (const c of conflicts) {
    const id = newId();
    insertConflict(tx, {
      id,
      remark_id: item.id,
      remark_version: item.version,
      entity: remark.entity,
      entity_id: remark.entityId,
      field: c.field,
      base_value: JSON.stringify(c.base),
      site_value: JSON.stringify(c.site),
      head_office_value: JSON.stringify(c.headOffice),
      note: remark.note ?? null,
      detected_at: at.toISOString(),
    });
    recordEvent(tx, { userId: null, at, action: 'sync.conflictDetected', entity: remark.entity, entityId: remark.entityId, detail: { conflictId: id, remarkId: item.id, field: c.field, siteValue: c.site, headOfficeValue: c.headOffice } });
  }
  recordEvent(tx, { userId: null, at, action: 'sync.mergeRemark', entity: remark.entity, entityId: remark.entityId, detail: { remarkId: item.id, version: item.version, outcome } });
}

/** Takes, keeps or asks about each field of a remark by the merge rules; what it did per field, and the questions to ask. */
function mergeFields(tx: WriteDb, context: CoreContext, remark: RemarkBody): { outcome: Record<string, FieldOutcome>; conflicts: FieldConflict[] } {
  const outcome: Record<string, FieldOutcome> = {};
  const conflicts: FieldConflict[] = [];
  const base = sentPayload(tx, remark);
  for (const [field, value] of Object.entries(remark.fields)) {
    const rule = headOfficeRule(remark.entity, field);
    const access = ACCESS[remark.entity]?.[field];
    if (!rule || !access) {
      outcome[field] = 'ignored';
      continue;
    }
    if (!rule.siteWrites) {
      outcome[field] = access.apply(tx, context, remark.entityId, value, null, remark.note ?? null) ? 'taken' : 'ignored';
      continue;
    }
    const site = access.current(tx, remark.entityId);
    if (same(site, value)) {
      outcome[field] = 'same';
      continue;
    }
    // Unchanged since head office saw it only if that version is known here and held the value we hold now.
    const seen = base ? access.sent(base) : undefined;
    const changedSince = base === null || !same(seen, site);
    if (changedSince && rule.onChangedSince === 'ask') {
      outcome[field] = 'conflict';
      conflicts.push({ field, base: seen ?? null, site, headOffice: value });
      continue;
    }
    outcome[field] = access.apply(tx, context, remark.entityId, value, null, remark.note ?? null) ? 'taken' : 'ignored';
  }
  return { outcome, conflicts };
}

/** The payload of the record version head office saw, from the outbox; null if this computer has no such version. */
function sentPayload(db: ReadDb, remark: RemarkBody): Record<string, unknown> | null {
  const payload = sentOutboxPayload(db, remark.entity, remark.entityId, remark.basedOnVersion);
  return payload === undefined ? null : (JSON.parse(payload) as Record<string, unknown>);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function listConflicts(db: ReadDb): SyncConflict[] {
  return openConflictRows(db).map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    label: r.label ?? r.entity_id,
    field: r.field,
    siteValue: r.site_value === null ? null : (JSON.parse(r.site_value) as SyncConflict['siteValue']),
    headOfficeValue: JSON.parse(r.head_office_value) as SyncConflict['headOfficeValue'],
    note: r.note,
    detectedAt: r.detected_at,
  }));
}

/** The latest remarks about records this site holds (a remark for no record of ours is left out). */
export function listRemarks(db: ReadDb, limit = 20): HeadOfficeRemark[] {
  return latestRemarkRows(db, limit).map((r) => {
    const body = remarkBodySchema.parse(JSON.parse(r.body));
    const remark = body.fields.headOfficeRemark;
    return {
      remarkId: r.remark_id,
      entity: r.entity,
      entityId: r.entity_id,
      label: r.label,
      remark: typeof remark === 'string' ? remark : null,
      note: body.note ?? null,
      author: body.author ?? null,
      outcome: JSON.parse(r.outcome) as Record<string, string>,
      mergedAt: r.merged_at,
    };
  });
}

export function openConflictCount(db: ReadDb): number {
  return openConflictRowCount(db);
}

/** A person's choice: keep the site's value (nothing changes) or take head office's (the record changes, audited and queued). */
export function resolveConflict(context: CoreContext, userId: string, input: { id: string; keep: 'site' | 'headOffice' }): void {
  context.store.transaction((tx) => {
    const row = conflictRow(tx, input.id);
    if (!row) throw new ApiError('NOT_FOUND', `找不到该冲突 / no conflict ${input.id}`);
    if (row.resolved_at) throw new ApiError('CONFLICT', '该冲突已处理过 / this conflict was already resolved');
    const at = context.now();
    if (input.keep === 'headOffice') {
      const access = ACCESS[row.entity]?.[row.field];
      const value = JSON.parse(row.head_office_value) as unknown;
      if (!access?.apply(tx, context, row.entity_id, value, userId, row.note)) {
        throw new ApiError('CONFLICT', '总部的值无法用于本记录（如级别不在本站规则包中），请保留本站点的值 / head office’s value does not apply to this record; keep the site’s value');
      }
    }
    markConflictResolved(tx, input.id, { at: at.toISOString(), kept: input.keep, by: userId });
    recordEvent(tx, {
      userId,
      at,
      action: 'sync.resolveConflict',
      entity: row.entity,
      entityId: row.entity_id,
      detail: { conflictId: row.id, field: row.field, kept: input.keep, siteValue: JSON.parse(row.site_value ?? 'null') as unknown, headOfficeValue: JSON.parse(row.head_office_value) as unknown },
    });
  });
}
