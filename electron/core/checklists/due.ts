import type { ChecklistDue } from '../../../shared/api/checklists';
import { dueState } from '../../../shared/checklists/due';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { ChecklistTemplate } from '../../../shared/checklists/template-schema';
import type { ReadDb } from '../db/handles';
import { readSiteClock } from '../site/site';
import { siteTemplates } from '../templates';
import { completionTimes, draftsOf } from './records-repository';

/**
 * What is due and overdue at this site today, per template that applies here
 * (its newest version's schedule, or the site's profile's): the days
 * its records were completed (in the site's time zone) against its schedule.
 * Only the last ~seven months of completions matter (the longest window is
 * half a year plus the one before it).
 */
export function dueList(db: ReadDb, now: Date): ChecklistDue[] {
  const site = siteClock(db, now);
  return siteTemplates(db).map((template) => dueOf(db, template, site));
}

interface SiteClock {
  timeZone: string;
  today: string;
  since: string | undefined;
  /** Completions before this cannot matter to any schedule. */
  from: string;
}

function siteClock(db: ReadDb, now: Date): SiteClock {
  const site = readSiteClock(db);
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  return {
    timeZone,
    today: siteDayOf(now, timeZone),
    since: site ? siteDayOf(new Date(site.createdAt), timeZone) : undefined,
    from: new Date(now.getTime() - 400 * 86_400_000).toISOString(),
  };
}

function dueOf(db: ReadDb, template: ChecklistTemplate, site: SiteClock): ChecklistDue {
  const drafts = draftsOf(db, template.id);
  const days = completionTimes(db, template.id, site.from).map((at) => siteDayOf(new Date(at), site.timeZone));
  const state = dueState(template.schedule, days, site.today, site.since);
  // 开始填写 resumes the newest draft started in the current period (any draft for a per-event form); an older one is left in the list.
  const open = drafts.find((d) => !state.current || siteDayOf(new Date(d.started_at), site.timeZone) >= state.current.from);
  return { templateId: template.id, drafts: drafts.length, openDraft: open?.id ?? null, ...state };
}

/** The open draft 开始填写 resumes instead of starting another (issue 20 item 3), or null to start a new record. */
export function draftToResume(db: ReadDb, template: ChecklistTemplate, now: Date): string | null {
  return dueOf(db, template, siteClock(db, now)).openDraft;
}

const RANK: Record<ChecklistDue['status'], number> = { overdue: 0, due: 1, done: 2, perEvent: 3 };

/** Overdue first, then due, then the rest, each group in the profile's order (the sort is stable). */
export function dueFirst(templates: readonly ChecklistTemplate[], due: readonly ChecklistDue[]): ChecklistTemplate[] {
  const status = new Map(due.map((d) => [d.templateId, d.status] as const));
  const rank = (t: ChecklistTemplate) => RANK[status.get(t.id) ?? 'perEvent'];
  return [...templates].sort((a, b) => rank(a) - rank(b));
}
