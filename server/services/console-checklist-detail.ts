import type { Kysely } from 'kysely';
import type { ChecklistAction, ChecklistDetail } from '../../shared/sync/console-api';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { answersOf, checklistRow, recordsWithPayload, siteNames } from './console-records';

/**
 * One checklist record as head office opens it (issue 20 item 15): its
 * answers, the score and grade computed from the same shipped template, and
 * the corrective actions the site raised on it. Actions name their record in
 * the payload only (`record_id`: no extracted column), so the site's actions
 * are read and matched here; a site keeps few of them.
 */
const MAX_ACTIONS_READ = 5000;

export async function checklistDetail(db: Kysely<ServerDatabase>, siteId: string, id: string): Promise<ChecklistDetail> {
  const row = await recordsWithPayload(db, 'checklist_record', siteId)
    .where('r.entity_id', '=', id)
    .select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'r.status', 'r.occurred_at', 'r.completed_at', 'e.payload'])
    .executeTakeFirst();
  if (!row) throw new SyncHttpError(404, 'not_found', '没有这份检查记录 / no such checklist record');
  const payload = JSON.parse(row.payload) as unknown;
  const actionRows = await recordsWithPayload(db, 'checklist_action', siteId).select(['r.entity_id', 'e.payload']).orderBy('r.entity_id').limit(MAX_ACTIONS_READ).execute();
  const raised = actionRows.map((a) => JSON.parse(a.payload) as Record<string, unknown>).filter((a) => a.record_id === id);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const startedBy = text((payload as Record<string, unknown> | null)?.started_by);
  const names = await siteNames(db, siteId, [...raised.map((a) => text(a.owner_id)), startedBy].filter((v): v is string => v !== null));
  const actions: ChecklistAction[] = raised
    .map((a) => ({
      id: text(a.id) ?? '',
      itemId: text(a.item_id),
      problem: text(a.problem),
      action: text(a.action),
      ownerName: names[text(a.owner_id) ?? ''] ?? null,
      dueAt: text(a.due_at),
      status: text(a.status),
      implementationNote: text(a.implementation_note),
      closeNote: text(a.close_note),
    }))
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
  return { row: checklistRow(row, payload), siteName: row.name, startedByName: names[startedBy ?? ''] ?? null, answers: answersOf(payload) as ChecklistDetail['answers'], actions };
}
