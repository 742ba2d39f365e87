import type { User } from '../../../shared/api/users';
import { statement, type WriteDb } from '../db/handles';
import { recordChange } from './change-log';

/** Audit and outbox rows for a checklist record as it now stands, in the caller's transaction. */
export function recordChecklistChange(tx: WriteDb, id: string, user: User, at: Date, action: string, before: unknown): void {
  const after = statement(tx, 'SELECT * FROM checklist_records WHERE id = ?').get(id) as Record<string, unknown> & { version: number; answers: string };
  const payload = { ...after, answers: JSON.parse(after.answers) as unknown };
  recordChange(tx, { userId: user.id, at, action, entity: 'checklist_record', entityId: id, entityVersion: after.version, before, after: payload, syncPayload: payload });
}
