import type { Kysely } from 'kysely';
import { z } from 'zod';
import { MEETING_KINDS } from '../../shared/risk-classes/meetings';
import type { ConsoleRiskMeeting, ConsoleRiskMeetingList, riskMeetingListQuerySchema } from '../../shared/sync/console-risk-meetings-api';
import type { ServerDatabase } from '../db/schema';
import { checkedPeriod } from '../reports/service';
import { syncedRiskMeetings } from './repository';
import { collator, customerNames, key, parsed } from './service';

/**
 * Head office's list of the sites' risk meetings (seed000 第二篇 三、): each
 * meeting as the site recorded and sent it (append-only, so one version),
 * those held within the period, filtered here in Node like the other risk
 * lists whose fields live in the payload; the customers discussed named from
 * the synced customer files.
 */

type Query = z.output<typeof riskMeetingListQuerySchema>;

/** What the list reads of a meeting as the site sent it (electron/core/risk-classes/meetings.ts recordMeeting); other fields are left alone. */
const meetingPayloadSchema = z.object({
  id: z.string(),
  kinds: z.array(z.enum(MEETING_KINDS)),
  heldOn: z.string(),
  attendees: z.array(z.string()),
  customers: z.array(z.object({ customerId: z.string() })),
  conclusions: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});

const byListOrder = (a: ConsoleRiskMeeting, b: ConsoleRiskMeeting) =>
  collator.compare(a.siteCode, b.siteCode) || b.heldOn.localeCompare(a.heldOn) || b.recordedAt.localeCompare(a.recordedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function consoleRiskMeetings(db: Kysely<ServerDatabase>, query: Query, now: Date): Promise<ConsoleRiskMeetingList> {
  const period = checkedPeriod(query.kind, query.key, now);
  const rows = await syncedRiskMeetings(db, query.siteId);
  const names = rows.length > 0 ? await customerNames(db, query.siteId) : new Map<string, string>();
  const meetings: ConsoleRiskMeeting[] = [];
  for (const row of rows) {
    const m = parsed(meetingPayloadSchema, row.payload);
    if (!m || m.heldOn < period.firstDay || m.heldOn > period.lastDay) continue;
    meetings.push({
      siteId: row.site_id,
      siteCode: row.code,
      siteName: row.name,
      id: m.id,
      heldOn: m.heldOn,
      kinds: m.kinds,
      attendees: m.attendees,
      customers: m.customers.map((c) => ({ customerId: c.customerId, customerName: names.get(key(row.site_id, c.customerId)) ?? null })),
      conclusions: m.conclusions,
      recordedByName: m.recordedByName,
      recordedAt: m.recordedAt,
    });
  }
  return { period: { kind: period.kind, key: period.key, firstDay: period.firstDay, lastDay: period.lastDay }, meetings: meetings.sort(byListOrder) };
}
