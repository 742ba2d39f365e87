import type { ApiParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { isOpen } from '../../../shared/domain/workflow';
import { newId } from '../../../shared/ids';
import { parseStartsAt } from '../../../shared/rules/clock-start';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { getRow } from '../complaints/complaints-repository';
import { gradeAndEscalate } from '../complaints/complaints';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { insertNotified } from './notified-repository';

/** The parties whose notification starts a clock of this pack (its `startsAt: notified:<party>`). */
export function notifiedParties(pack: RulePack): string[] {
  const parties = pack.deadlines.flatMap((d) => {
    const start = d.startsAt ? parseStartsAt(d.startsAt) : null;
    return start?.kind === 'notified' ? [start.party] : [];
  });
  return [...new Set(parties)];
}

/**
 * Records that someone was told of the case, when and how (通知了谁、何时、方式), audited and queued like every
 * write, and grades the case again: the steps counted from that person's being told (接报后) start now.
 */
export function recordNotified(tx: WriteDb, input: ApiParsedInput<'complaints.recordNotified'>, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = getRow(tx, input.id);
  if (!row) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
  if (!isOpen(row.status)) throw ApiError.because('CONFLICT', 'clocks.errors.closed');
  const env = recordGradingEnv(tx, row, siteEnv);
  const parties = env ? notifiedParties(env.pack) : [];
  if (!parties.includes(input.party)) throw ApiError.because('VALIDATION', 'clocks.errors.unknownParty', { parties: parties.join(', ') }, 'party');
  if (new Date(input.notifiedAt).getTime() < new Date(row.received_at).getTime()) {
    throw ApiError.because('VALIDATION', 'clocks.errors.beforeReceived', { received: { at: row.received_at } }, 'notifiedAt');
  }
  const record = {
    id: newId(),
    complaintId: row.id,
    party: input.party,
    whom: input.whom,
    way: input.way,
    notifiedAt: new Date(input.notifiedAt).toISOString(),
    note: input.note ?? null,
    recordedBy: user.id,
    recordedAt: at.toISOString(),
  };
  insertNotified(tx, record);
  recordChange(tx, { userId: user.id, at, action: 'complaints.recordNotified', entity: 'complaint_notified', entityId: record.id, entityVersion: 1, before: null, after: record, syncPayload: record });
  if (env) gradeAndEscalate(tx, row.id, env);
}
