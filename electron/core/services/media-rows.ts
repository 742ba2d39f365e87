import type { MediaIncident, MediaIncidentDetail } from '../../../shared/api/media';
import type { MediaChannel, MediaContentCategory, MediaStatus } from '../../../shared/domain/media';
import { statement, type ReadDb } from '../db/handles';

export interface IncidentRow {
  id: string;
  occurred_at: string;
  channel: MediaChannel;
  media_name: string | null;
  programme: string | null;
  journalist_name: string | null;
  journalist_on_site: number;
  content_category: MediaContentCategory | null;
  description: string;
  platform: string | null;
  poster_contact: string | null;
  complaint_id: string | null;
  complaint_serial: string | null;
  status: MediaStatus;
  status_note: string | null;
  recorded_at: string;
  recorded_by_name: string;
  attachment_count: number;
  version: number;
}

const SELECT_INCIDENT = `
  SELECT m.*, u.display_name AS recorded_by_name, c.serial AS complaint_serial,
    (SELECT count(*) FROM media_incident_attachments a WHERE a.incident_id = m.id) AS attachment_count
  FROM media_incidents m
  JOIN users u ON u.id = m.recorded_by
  LEFT JOIN complaints c ON c.id = m.complaint_id`;

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
  const rows = range
    ? (statement(db, `${SELECT_INCIDENT} WHERE m.occurred_at >= ? AND m.occurred_at < ? ORDER BY m.occurred_at DESC`).all(range.from, range.to) as IncidentRow[])
    : (statement(db, `${SELECT_INCIDENT} ORDER BY m.occurred_at DESC`).all() as IncidentRow[]);
  return rows.map(toIncident);
}

export function incidentRow(db: ReadDb, id: string): IncidentRow | undefined {
  return statement(db, `${SELECT_INCIDENT} WHERE m.id = ?`).get(id) as IncidentRow | undefined;
}

export function getIncident(db: ReadDb, id: string): MediaIncidentDetail | null {
  const row = incidentRow(db, id);
  if (!row) return null;
  const notifications = statement(
    db,
    `SELECT n.party, n.notified_at AS notifiedAt, u.display_name AS byName, n.note
     FROM media_incident_notifications n JOIN users u ON u.id = n.by_user WHERE n.incident_id = ? ORDER BY n.notified_at`,
  ).all(id) as MediaIncidentDetail['notifications'];
  const steps = statement(
    db,
    `SELECT s.checklist, s.step_code AS code, s.done_at AS doneAt, u.display_name AS byName, s.note
     FROM media_incident_steps s JOIN users u ON u.id = s.done_by WHERE s.incident_id = ? ORDER BY s.done_at`,
  ).all(id) as MediaIncidentDetail['steps'];
  const attachments = statement(
    db,
    `SELECT a.id, l.file_name AS fileName, a.mime_type AS mimeType, a.size_bytes AS size, a.sha256, l.added_at AS addedAt, u.display_name AS addedByName
     FROM media_incident_attachments l JOIN attachments a ON a.id = l.attachment_id JOIN users u ON u.id = l.added_by
     WHERE l.incident_id = ? ORDER BY l.added_at`,
  ).all(id) as MediaIncidentDetail['attachments'];
  return { ...toIncident(row), notifications, steps, attachments };
}
