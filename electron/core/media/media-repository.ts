import type { MediaIncidentDetail } from '../../../shared/api/media';
import type { MediaChannel, MediaContentCategory, MediaStatus } from '../../../shared/domain/media';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of negative-news incidents (负面新闻) and their steps, notifications and evidence. */

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

/** Incidents newest first; `from`/`to` bound when it happened (ISO instants). */
export function incidentRows(db: ReadDb, range?: { from: string; to: string }): IncidentRow[] {
  return range
    ? (statement(db, `${SELECT_INCIDENT} WHERE m.occurred_at >= ? AND m.occurred_at < ? ORDER BY m.occurred_at DESC`).all(range.from, range.to) as IncidentRow[])
    : (statement(db, `${SELECT_INCIDENT} ORDER BY m.occurred_at DESC`).all() as IncidentRow[]);
}

export function incidentRow(db: ReadDb, id: string): IncidentRow | undefined {
  return statement(db, `${SELECT_INCIDENT} WHERE m.id = ?`).get(id) as IncidentRow | undefined;
}

export function notificationsOf(db: ReadDb, id: string): MediaIncidentDetail['notifications'] {
  return statement(
    db,
    `SELECT n.party, n.notified_at AS notifiedAt, u.display_name AS byName, n.note
     FROM media_incident_notifications n JOIN users u ON u.id = n.by_user WHERE n.incident_id = ? ORDER BY n.notified_at`,
  ).all(id) as MediaIncidentDetail['notifications'];
}

export function stepsOf(db: ReadDb, id: string): MediaIncidentDetail['steps'] {
  return statement(
    db,
    `SELECT s.checklist, s.step_code AS code, s.done_at AS doneAt, u.display_name AS byName, s.note
     FROM media_incident_steps s JOIN users u ON u.id = s.done_by WHERE s.incident_id = ? ORDER BY s.done_at`,
  ).all(id) as MediaIncidentDetail['steps'];
}

export function evidenceOf(db: ReadDb, id: string): MediaIncidentDetail['attachments'] {
  return statement(
    db,
    `SELECT a.id, l.file_name AS fileName, a.mime_type AS mimeType, a.size_bytes AS size, a.sha256, l.added_at AS addedAt, u.display_name AS addedByName
     FROM media_incident_attachments l JOIN attachments a ON a.id = l.attachment_id JOIN users u ON u.id = l.added_by
     WHERE l.incident_id = ? ORDER BY l.added_at`,
  ).all(id) as MediaIncidentDetail['attachments'];
}

export function complaintIdBySerial(db: ReadDb, serial: string): string | undefined {
  return (statement(db, 'SELECT id FROM complaints WHERE serial = ?').get(serial) as { id: string } | undefined)?.id;
}

export interface IncidentInsert {
  id: string;
  occurredAt: string;
  channel: MediaChannel;
  mediaName: string | null;
  programme: string | null;
  journalistName: string | null;
  journalistOnSite: boolean;
  contentCategory: MediaContentCategory | null;
  description: string;
  platform: string | null;
  posterContact: string | null;
  complaintId: string | null;
  recordedAt: string;
  recordedBy: string;
}

export function insertIncident(tx: WriteDb, r: IncidentInsert): void {
  statement(
    tx,
    `INSERT INTO media_incidents (id, occurred_at, channel, media_name, programme, journalist_name, journalist_on_site, content_category,
       description, platform, poster_contact, complaint_id, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.occurredAt, r.channel, r.mediaName, r.programme, r.journalistName, r.journalistOnSite ? 1 : 0, r.contentCategory, r.description, r.platform, r.posterContact, r.complaintId, r.recordedAt, r.recordedBy);
}

export function bumpIncidentVersion(tx: WriteDb, id: string): void {
  statement(tx, 'UPDATE media_incidents SET version = version + 1 WHERE id = ?').run(id);
}

export function setIncidentComplaint(tx: WriteDb, id: string, complaintId: string | null): void {
  statement(tx, 'UPDATE media_incidents SET complaint_id = ? WHERE id = ?').run(complaintId, id);
}

export function setIncidentStatus(tx: WriteDb, id: string, status: MediaStatus, note: string | null): void {
  statement(tx, 'UPDATE media_incidents SET status = ?, status_note = ? WHERE id = ?').run(status, note, id);
}

export function isStepDone(db: ReadDb, id: string, checklist: string, code: string): boolean {
  return !!statement(db, 'SELECT 1 FROM media_incident_steps WHERE incident_id = ? AND checklist = ? AND step_code = ?').get(id, checklist, code);
}

export function insertStep(tx: WriteDb, id: string, checklist: string, code: string, at: string, userId: string, note: string | null): void {
  statement(tx, 'INSERT INTO media_incident_steps (incident_id, checklist, step_code, done_at, done_by, note) VALUES (?, ?, ?, ?, ?, ?)').run(id, checklist, code, at, userId, note);
}

export function deleteStep(tx: WriteDb, id: string, checklist: string, code: string): void {
  statement(tx, 'DELETE FROM media_incident_steps WHERE incident_id = ? AND checklist = ? AND step_code = ?').run(id, checklist, code);
}

export function insertNotification(tx: WriteDb, n: { id: string; incidentId: string; party: string; notifiedAt: string; userId: string; note: string | null }): void {
  statement(tx, 'INSERT INTO media_incident_notifications (id, incident_id, party, notified_at, by_user, note) VALUES (?, ?, ?, ?, ?, ?)').run(n.id, n.incidentId, n.party, n.notifiedAt, n.userId, n.note);
}

/** The file name an image was attached by, or undefined when it is not attached to the incident. */
export function evidenceLink(db: ReadDb, id: string, attachmentId: string): { file_name: string } | undefined {
  return statement(db, 'SELECT file_name FROM media_incident_attachments WHERE incident_id = ? AND attachment_id = ?').get(id, attachmentId) as { file_name: string } | undefined;
}

export function linkEvidence(tx: WriteDb, id: string, attachmentId: string, fileName: string, at: string, userId: string): void {
  statement(tx, 'INSERT INTO media_incident_attachments (incident_id, attachment_id, file_name, added_at, added_by) VALUES (?, ?, ?, ?, ?)').run(id, attachmentId, fileName, at, userId);
}

export function unlinkEvidence(tx: WriteDb, id: string, attachmentId: string): void {
  statement(tx, 'DELETE FROM media_incident_attachments WHERE incident_id = ? AND attachment_id = ?').run(id, attachmentId);
}
