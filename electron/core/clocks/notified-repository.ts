import type { NotifiedMoment, NotifiedWay } from '../../../shared/rules/clock-start';
import { statement, type WriteDb } from '../db/handles';

export interface NotifiedRow {
  id: string;
  complaintId: string;
  party: string;
  whom: string;
  way: NotifiedWay;
  notifiedAt: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export function insertNotified(tx: WriteDb, row: NotifiedRow): void {
  statement(
    tx,
    `INSERT INTO complaint_notified (id, complaint_id, party, whom, way, notified_at, note, recorded_by, recorded_at)
     VALUES (@id, @complaintId, @party, @whom, @way, @notifiedAt, @note, @recordedBy, @recordedAt)`,
  ).run(row);
}

/**
 * The case's notifications as one JSON array per complaint row, for SELECT_COMPLAINT (grading reads the earliest
 * per party, complaint-rows.ts).
 */
export const NOTIFIED_OF_COMPLAINT = `(SELECT json_group_array(json_object('party', n.party, 'whom', n.whom, 'way', n.way, 'at', n.notified_at))
    FROM complaint_notified n WHERE n.complaint_id = c.id)`;

/** The earliest notification of each party: the clock starts when the person was first told. */
export function earliestNotified(json: string): Record<string, NotifiedMoment> {
  const earliest: Record<string, NotifiedMoment> = {};
  for (const n of JSON.parse(json) as { party: string; whom: string; way: NotifiedWay; at: string }[]) {
    const at = new Date(n.at);
    const known = earliest[n.party];
    if (!known || at.getTime() < known.at.getTime()) earliest[n.party] = { at, way: n.way, whom: n.whom };
  }
  return earliest;
}
