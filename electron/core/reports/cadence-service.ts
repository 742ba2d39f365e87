import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { User } from '../../../shared/api/users';
import { EXECUTION_EVALUATION, SUPERVISOR_REPORT } from '../../../shared/credit/credit-monthly';
import { MONTHLY_CREDIT_CHECK } from '../../../shared/credit/credit-pack';
import { DAILY_CHECK_RULE } from '../../../shared/domain/opinion-book';
import { occurrencesIn, tally, type CadenceSchedule } from '../../../shared/reports/cadence';
import { addDays, dayStartInstant, localDay } from '../../../shared/reports/period';
import { monthlyCreditChecks, monthlyExecutionEvaluations, monthlySupervisorReports } from '../credit';
import type { ReadDb } from '../db/handles';
import { monthlyMeetings } from '../risk-classes';
import { newestTemplates } from '../templates';
import { visibilityOf } from './access';
import { checkedPeriod } from './period-check';
import { checklistCompletions, keepsOpinionBook, opinionBookCheckDays, siteCreatedAt } from './report-repository';

/**
 * Planned against done over a period for every schedule the site's forms
 * carry (each template's own `schedule`, newest version) and the opinion
 * book's daily check where the site keeps the book, and the monthly check of
 * credit customers (seed002 客户管理制度3 第三十八条), their execution evaluations (第四十条)
 * and the supervisor's written report (第三十九条) where any holds a limit, and the
 * monthly risk meetings (seed000 第二篇 三(二)) where a class 2 customer stood. Completions are counted by
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
  // 第三十八条–第四十条: customers holding a credit limit are checked, evaluated and reported on each month; listed where any is due.
  for (const [plan, occurrences] of [
    [MONTHLY_CREDIT_CHECK, monthlyCreditChecks(db, period, today)],
    [EXECUTION_EVALUATION, monthlyExecutionEvaluations(db, period, today)],
    [SUPERVISOR_REPORT, monthlySupervisorReports(db, period, today)],
  ] as const) {
    if (occurrences.length > 0) schedules.push({ id: plan.id, title: plan.title, kind: 'monthly', source: plan.source, ...tally(occurrences) });
  }
  // seed000 第二篇 三(二): the monthly meetings, where a class 2 customer stood on a month's first day.
  for (const [rule, occurrences] of monthlyMeetings(db, period, today)) {
    if (occurrences.length > 0) schedules.push({ id: `risk-meeting-${rule.kind}`, title: rule.title, kind: 'monthly', source: rule.source, ...tally(occurrences) });
  }
  return { period, today, schedules };
}
