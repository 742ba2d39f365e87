import type { Kysely } from 'kysely';
import { failedVetoes } from '../../shared/checklists/record-score';
import { findTemplate } from '../../shared/checklists/templates';
import type { VetoFailure } from '../../shared/sync/console-reports-api';
import type { ServerDatabase } from '../db/schema';
import { answersOf, recordsWithPayload } from './console-records';

/**
 * Completed checklists of the last 30 days with a failed veto item — an
 * exclusion condition present, which by itself disqualifies grades whatever
 * the score (seed004 §A 第五条) — for head office's overview (issue 20 item 13).
 * Judged with the same shipped template and the same function as the site's
 * grading, so vetoes the template computes count as ticked ones do; a record
 * whose template head office does not know, or whose payload is malformed,
 * is left out rather than breaking the overview.
 */
export const VETO_WINDOW_DAYS = 30;
const MAX_RECORDS_READ = 5000;

export async function failedVetoChecklists(db: Kysely<ServerDatabase>, now: Date): Promise<VetoFailure[]> {
  const since = new Date(now.getTime() - VETO_WINDOW_DAYS * 24 * 3_600_000).toISOString();
  const rows = await recordsWithPayload(db, 'checklist_record', undefined)
    .where('r.status', '=', 'completed')
    .where('r.completed_at', '>=', since)
    .select(['r.site_id', 'r.entity_id', 'r.completed_at', 'e.payload'])
    .orderBy('r.completed_at', 'desc')
    .orderBy('r.entity_id')
    .limit(MAX_RECORDS_READ)
    .execute();
  const failures: VetoFailure[] = [];
  for (const row of rows) {
    const failed = failedVetoItems(JSON.parse(row.payload) as unknown);
    if (failed && failed.items.length > 0) failures.push({ siteId: row.site_id, recordId: row.entity_id, templateTitle: failed.title, completedAt: row.completed_at ?? '', items: failed.items });
  }
  return failures;
}

function failedVetoItems(payload: unknown): { title: VetoFailure['templateTitle']; items: VetoFailure['items'] } | null {
  const p = (payload && typeof payload === 'object' ? payload : {}) as { template_id?: unknown; template_version?: unknown };
  if (typeof p.template_id !== 'string' || typeof p.template_version !== 'string') return null;
  const template = findTemplate(p.template_id, p.template_version);
  if (!template) return null;
  const vetoes = template.sections.some((s) => s.items.some((i) => (i.vetoes?.length ?? 0) > 0)) || (template.computedVetoes?.length ?? 0) > 0;
  if (!vetoes) return null;
  try {
    // The site's own list (shared/checklists/record-score.ts): ticked, computed from a count or dates, and cool-offs.
    return { title: template.title, items: failedVetoes(template, answersOf(payload)) };
  } catch {
    return null;
  }
}
