import type { ApiParsedInput } from '../../../shared/api/contract';
import type { MeetingMonth, RiskMeeting } from '../../../shared/api/risk-meetings';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { addDaysToDay, addMonthsToDay } from '../../../shared/credit/credit-dates';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { hasPermission } from '../../../shared/domain/roles';
import { newId } from '../../../shared/ids';
import { monthlyOccurrence, monthsDueIn, type CadenceOccurrence } from '../../../shared/reports/cadence';
import { MEETING_KINDS, MONTHLY_MEETINGS, type MeetingRule } from '../../../shared/risk-classes/meetings';
import { RISK_CLASS_STEPS } from '../../../shared/risk-classes/pack';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { classChangeDays, insertMeeting, listsOfMeeting, meetingsHeldBetween, namesOfCustomers, type MeetingRow } from './meetings-repository';
import { siteTimeZoneOf } from './repository';

/**
 * The meetings of seed000 第二篇 三、 on the store (shared/risk-classes/
 * meetings.ts): recorded once each (append-only, audited, entity
 * `risk_meeting` for head office), a month's view with what is owed, and
 * the monthly kinds of 三(二) as planned against done for 计划与完成.
 */

const refuse = (code: 'VALIDATION' | 'FORBIDDEN', key: string, params?: Record<string, string>, path?: string) => ApiError.because(code, `riskMeetings.errors.${key}`, params, path);

/** Each customer's class at the end of `day` (inclusive) or at its start (exclusive): its newest change by then; the unchanged are absent. */
function classesOn(db: ReadDb, day: string, inclusive: boolean): Map<string, string> {
  const timeZone = siteTimeZoneOf(db);
  const classes = new Map<string, string>();
  for (const change of classChangeDays(db)) {
    const on = siteDayOf(new Date(change.decided_at), timeZone);
    if (inclusive ? on <= day : on < day) classes.set(change.customer_id, change.to_class);
  }
  return classes;
}

const inClasses = (classes: Map<string, string>, wanted: readonly string[]) => [...classes].filter(([, c]) => wanted.includes(c)).map(([id]) => id);

/** A meeting with its lists from their child tables; its kinds in the rules' order (MEETING_KINDS). */
function toMeeting(db: ReadDb, row: MeetingRow & { recorded_by_name: string }): RiskMeeting {
  const lists = listsOfMeeting(db, row.id);
  return {
    id: row.id,
    kinds: MEETING_KINDS.filter((kind) => lists.kinds.includes(kind)),
    heldOn: row.held_on,
    attendees: lists.attendees,
    customers: lists.customers.map((c) => ({ customerId: c.id, customerName: c.name })),
    conclusions: row.conclusions,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
  };
}

export function recordMeeting(tx: WriteDb, input: ApiParsedInput<'riskMeetings.record'>, user: User, at: Date): RiskMeeting {
  const { permission, who } = RISK_CLASS_STEPS.propose;
  if (!hasPermission(user.roles, permission)) throw refuse('FORBIDDEN', 'recordRole', { whoZh: who.zh, whoEn: who.en });
  if (input.heldOn > siteDayOf(at, siteTimeZoneOf(tx))) throw refuse('VALIDATION', 'heldInFuture', undefined, 'heldOn');
  const names = new Map(namesOfCustomers(tx, input.customerIds).map((c) => [c.id, c.name]));
  const atRisk = new Set(inClasses(classesOn(tx, input.heldOn, true), ['class1', 'class2']));
  for (const customerId of input.customerIds) {
    const name = names.get(customerId);
    if (name === undefined) throw refuse('VALIDATION', 'customerNotFound', undefined, 'customerIds');
    if (!atRisk.has(customerId)) throw refuse('VALIDATION', 'customerNotAtRisk', { name }, 'customerIds');
  }
  const row: MeetingRow = {
    id: newId(),
    held_on: input.heldOn,
    conclusions: input.conclusions,
    recorded_by: user.id,
    recorded_at: at.toISOString(),
  };
  insertMeeting(tx, row, input);
  const meeting = toMeeting(tx, { ...row, recorded_by_name: user.displayName });
  const payload = { ...meeting, customers: meeting.customers.map((c) => ({ customerId: c.customerId })) }; // names travel with the customer files
  recordChange(tx, { userId: user.id, at, action: 'riskMeetings.record', entity: 'risk_meeting', entityId: row.id, entityVersion: 1, before: null, after: payload, syncPayload: payload });
  return meeting;
}

const lastDayOfMonth = (first: string) => addDaysToDay(addMonthsToDay(first, 1), -1);
const heldKinds = (meetings: readonly RiskMeeting[]) => new Set(meetings.flatMap((m) => m.kinds));
const named = (db: ReadDb, ids: readonly string[]) => namesOfCustomers(db, ids).map((c) => ({ customerId: c.id, customerName: c.name }));

/** A month's meetings, the class 2 customers on its first day, and whether each monthly kind is owed and held. */
export function meetingMonth(db: ReadDb, month: string, now: Date): MeetingMonth {
  const today = siteDayOf(now, siteTimeZoneOf(db));
  const first = `${month}-01`;
  const warning = inClasses(classesOn(db, first, false), ['class2']);
  const meetings = meetingsHeldBetween(db, first, lastDayOfMonth(first)).map((row) => toMeeting(db, row));
  const held = heldKinds(meetings);
  return {
    month,
    dueOn: lastDayOfMonth(first),
    today,
    warningCustomers: named(db, warning),
    plan: MONTHLY_MEETINGS.map((rule) => ({ kind: rule.kind, required: warning.length > 0 && first <= today, held: held.has(rule.kind) })),
    meetings,
    discussable: named(db, inClasses(classesOn(db, today, true), ['class1', 'class2'])),
  };
}

/** 三(二)'s monthly meetings as planned against done: one a month per kind, in months whose first day finds a class 2 customer. */
export function monthlyMeetings(db: ReadDb, period: { firstDay: string; lastDay: string }, today: string): [MeetingRule, CadenceOccurrence[]][] {
  const months = monthsDueIn(period, today).filter((month) => inClasses(classesOn(db, month.from, false), ['class2']).length > 0);
  const heldIn = new Map(months.map((month) => [month.from, heldKinds(meetingsHeldBetween(db, month.from, month.to).map((row) => toMeeting(db, row)))]));
  return MONTHLY_MEETINGS.map((rule) => [rule, months.map((month) => monthlyOccurrence(month, 1, heldIn.get(month.from)!.has(rule.kind) ? 1 : 0, today))]);
}
