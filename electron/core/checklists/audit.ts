import type { User } from '../../../shared/api/users';
import type { WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { actionSnapshot } from './actions-repository';
import { checklistSnapshot } from './records-repository';

/** Audit and outbox rows for a checklist record as it now stands, in the caller's transaction. */
export function recordChecklistChange(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = checklistSnapshot(tx, id);
  const payload = { ...after, answers: JSON.parse(after.answers) as unknown };
  recordChange(tx, { userId: user.id, at, action, entity: 'checklist_record', entityId: id, entityVersion: after.version, before, after: payload, syncPayload: payload });
}

/** Audit and outbox rows for a corrective action as it now stands. */
export function recordActionChange(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = actionSnapshot(tx, id);
  recordChange(tx, { userId: user.id, at, action, entity: 'checklist_action', entityId: id, entityVersion: after.version, before, after, syncPayload: after });
}
