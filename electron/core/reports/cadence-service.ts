import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { User } from '../../../shared/api/users';
import { DAILY_CHECK_RULE } from '../../../shared/domain/opinion-book';
import { occurrencesIn, tally, type CadenceSchedule } from '../../../shared/reports/cadence';
import { addDays, dayStartInstant, localDay } from '../../../shared/reports/period';
import type { ReadDb } from '../db/handles';
import { newestTemplates } from '../templates';
import { visibilityOf } from './access';
import { checkedPeriod } from './period-check';
import { checklistCompletions, keepsOpinionBook, opinionBookCheckDays, siteCreatedAt } from './report-repository';

/**
 * Planned against done over a period for every schedule the site's forms
 * carry (each template's own `schedule`, newest version) and the opinion
 * book's daily check where the site keeps the book. Completions are counted by
 * the local day they were completed on, with the windows of the due list.
 * The whole site's: checklists are not kept per unit.
 */
export function cadence(db: ReadDb, user: User, input: ApiParsedInput<'reports.cadence'>, now: Date): ApiOutput<'reports.cadence'> {
  visibilityOf(user);
  const period = checkedPeriod(input.period, now);
  const today = localDay(now);
  const created = siteCreatedAt(db);
  const since = created ? localDay(created) : undefined;
  // A window can start up to half a year before the period (a half-yearly form due in it).
  const from = dayStartInstant(addDays(period.firstDay, -200));
  const schedules: ApiOutput<'reports.cadence'>['schedules'] = [];
  const add = (id: string, title: { zh: string; en: string }, schedule: CadenceSchedule, days: string[]) => {
    const counted = tally(occurrencesIn(schedule, days, period, today, since));
    schedules.push({ id, title, kind: schedule.kind, source: schedule.source, ...counted });
  };
  for (const template of newestTemplates(db)) {
    if (!template.schedule || template.schedule.kind === 'perEvent') continue;
    add(template.id, template.title, template.schedule, checklistCompletions(db, template.id, from).map((at) => localDay(at)));
  }
  const checks = opinionBookCheckDays(db, addDays(period.firstDay, -1));
  if (checks.length > 0 || keepsOpinionBook(db)) add('opinion-book', { zh: DAILY_CHECK_RULE.zh, en: DAILY_CHECK_RULE.en }, { kind: 'daily', source: DAILY_CHECK_RULE.source }, checks);
  return { period, today, schedules };
}
