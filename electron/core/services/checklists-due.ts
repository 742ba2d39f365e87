import type { ChecklistDue } from '../../../shared/api/checklists';
import { dueState } from '../../../shared/checklists/due';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { statement, type ReadDb } from '../db/handles';
import type { ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { siteTemplates } from './template-catalog';

/**
 * What is due and overdue at this site today, per template that applies here
 * (its newest version's schedule, or the site's profile's): the days
 * its records were completed (in the site's time zone) against its schedule.
 * Only the last ~seven months of completions matter (the longest window is
 * half a year plus the one before it).
 */
export function dueList(db: ReadDb, now: Date): ChecklistDue[] {
  const site = statement(db, 'SELECT time_zone, created_at FROM site WHERE singleton = 1').get() as { time_zone: string; created_at: string } | undefined;
  const timeZone = site?.time_zone ?? 'Asia/Shanghai';
  const today = siteDayOf(now, timeZone);
  const since = site ? siteDayOf(new Date(site.created_at), timeZone) : undefined;
  const from = new Date(now.getTime() - 400 * 86_400_000).toISOString();
  return siteTemplates(db).map((template) => {
    const completed = statement(db, 'SELECT completed_at FROM checklist_records WHERE template_id = ? AND completed_at >= ?').all(template.id, from) as { completed_at: string }[];
    const drafts = (statement(db, "SELECT count(*) AS n FROM checklist_records WHERE template_id = ? AND status = 'draft'").get(template.id) as { n: number }).n;
    const days = completed.map((r) => siteDayOf(new Date(r.completed_at), timeZone));
    return { templateId: template.id, drafts, ...dueState(template.schedule, days, today, since) };
  });
}

const RANK: Record<ChecklistDue['status'], number> = { overdue: 0, due: 1, done: 2, perEvent: 3 };

/** Overdue first, then due, then the rest, each group in the profile's order (the sort is stable). */
export function dueFirst(templates: readonly ChecklistTemplate[], due: readonly ChecklistDue[]): ChecklistTemplate[] {
  const status = new Map(due.map((d) => [d.templateId, d.status] as const));
  const rank = (t: ChecklistTemplate) => RANK[status.get(t.id) ?? 'perEvent'];
  return [...templates].sort((a, b) => rank(a) - rank(b));
}
