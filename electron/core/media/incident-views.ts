import type { MediaIncident, MediaIncidentDetail } from '../../../shared/api/media';
import type { ReadDb } from '../db/handles';
import { evidenceOf, incidentRow, incidentRows, notificationsOf, stepsOf, type IncidentRow } from './media-repository';

function toIncident(r: IncidentRow): MediaIncident {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    channel: r.channel,
    mediaName: r.media_name,
    programme: r.programme,
    journalistName: r.journalist_name,
    journalistOnSite: r.journalist_on_site === 1,
    contentCategory: r.content_category,
    description: r.description,
    platform: r.platform,
    posterContact: r.poster_contact,
    complaint: r.complaint_id && r.complaint_serial ? { id: r.complaint_id, serial: r.complaint_serial } : null,
    status: r.status,
    statusNote: r.status_note,
    recordedAt: r.recorded_at,
    recordedByName: r.recorded_by_name,
    attachmentCount: r.attachment_count,
    version: r.version,
  };
}

/** Incidents newest first; `from`/`to` bound when it happened (ISO instants), for a year's list. */
export function listIncidents(db: ReadDb, range?: { from: string; to: string }): MediaIncident[] {
  return incidentRows(db, range).map(toIncident);
}

export function getIncident(db: ReadDb, id: string): MediaIncidentDetail | null {
  const row = incidentRow(db, id);
  if (!row) return null;
  return { ...toIncident(row), notifications: notificationsOf(db, id), steps: stepsOf(db, id), attachments: evidenceOf(db, id) };
}
