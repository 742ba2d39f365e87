import type { CustomerHistoryEntry } from '../../../shared/api/customer-history';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/risk-classes/meetings';
import type { ReadDb } from '../db/handles';
import { listsOfMeeting, meetingsOfCustomer } from './meetings-repository';

/**
 * The meetings of seed000 第二篇 三、 as one customer's records tell them (its file's history, its
 * subject-access export): only that customer's part of each meeting. A meeting has one text of
 * conclusions for every customer it discussed (migration 0047); `choice`: the names of the other customers
 * discussed are replaced by OTHER_CUSTOMER in it, and the other customers themselves are left out.
 */

/** What stands in the conclusions where another customer discussed at the meeting was named. */
export const OTHER_CUSTOMER = '***';

export interface CustomerMeeting {
  id: string;
  heldOn: string;
  kinds: MeetingKind[];
  attendees: string[];
  conclusions: string;
  recordedByName: string;
  recordedAt: string;
}

/** `text` without the names of `others`, longest first (a name inside another's is not left half-replaced). */
export function withoutNames(text: string, others: readonly string[]): string {
  return [...others]
    .filter((name) => name.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((out, name) => out.split(name).join(OTHER_CUSTOMER), text);
}

/** The meetings that discussed the customer, oldest first, each without the other customers it discussed. */
export function meetingsAbout(db: ReadDb, customerId: string): CustomerMeeting[] {
  return meetingsOfCustomer(db, customerId).map((row) => {
    const lists = listsOfMeeting(db, row.id);
    const others = lists.customers.filter((c) => c.id !== customerId).map((c) => c.name);
    return {
      id: row.id,
      heldOn: row.held_on,
      kinds: MEETING_KINDS.filter((kind) => lists.kinds.includes(kind)),
      attendees: lists.attendees,
      conclusions: withoutNames(row.conclusions, others),
      recordedByName: row.recorded_by_name,
      recordedAt: row.recorded_at,
    };
  });
}

/** The customer's file history: each meeting that discussed it, at the moment it was recorded. */
export function meetingHistoryOf(db: ReadDb, customerId: string): CustomerHistoryEntry[] {
  return meetingsAbout(db, customerId).map((m) => ({ type: 'riskMeeting', at: m.recordedAt, byName: m.recordedByName, heldOn: m.heldOn, kinds: m.kinds, conclusions: m.conclusions }));
}
