import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** Every SQL statement of the narrative reports (migrations 0035, 0036). */

export interface NarrativeRow {
  id: string;
  kind_id: string;
  period_kind: string;
  /** A period's key, or for a case report (period_kind 'case') the complaint's id. */
  period_key: string;
  /** The complaint a case report is about; null for a period report. */
  complaint_id: string | null;
  version: number;
  status: 'draft' | 'issued';
  /** JSON: text per section id. */
  sections: string;
  replaces: string | null;
  correction_reason: string | null;
  drafted_by: string;
  updated_at: string;
  /** JSON: the computed report as frozen at issue; null for a draft. */
  statistics: string | null;
  issued_by: string | null;
  issued_role: string | null;
  issued_at: string | null;
}

/** A row as screens show it: with the names and the versions around it. */
export interface ListedNarrativeRow extends NarrativeRow {
  drafted_by_name: string;
  issued_by_name: string | null;
  replaces_version: number | null;
  replaced_by: string | null;
  replaced_by_version: number | null;
}

const LISTED = `
  SELECT n.*, d.display_name AS drafted_by_name, i.display_name AS issued_by_name,
         p.version AS replaces_version, r.id AS replaced_by, r.version AS replaced_by_version
  FROM narrative_reports n
  JOIN users d ON d.id = n.drafted_by
  LEFT JOIN users i ON i.id = n.issued_by
  LEFT JOIN narrative_reports p ON p.id = n.replaces
  LEFT JOIN narrative_reports r ON r.replaces = n.id`;

export function narrativeRow(db: ReadDb, id: string): ListedNarrativeRow | undefined {
  return statement(db, `${LISTED} WHERE n.id = ?`).get(id) as ListedNarrativeRow | undefined;
}

/** Every version of the site's reports whose period falls in a year (keys start with it), oldest version first. */
export function narrativeRowsOfYear(db: ReadDb, year: string): ListedNarrativeRow[] {
  return statement(db, `${LISTED} WHERE n.period_kind <> 'case' AND substr(n.period_key, 1, 4) = ? ORDER BY n.kind_id, n.period_kind, n.period_key, n.version`).all(year) as ListedNarrativeRow[];
}

/** The versions of one kind's report for one period, oldest first. */
export function versionsOf(db: ReadDb, kindId: string, periodKind: string, periodKey: string): NarrativeRow[] {
  return statement(db, 'SELECT * FROM narrative_reports WHERE kind_id = ? AND period_kind = ? AND period_key = ? ORDER BY version').all(kindId, periodKind, periodKey) as NarrativeRow[];
}

export function insertNarrativeRow(tx: WriteDb, row: NarrativeRow): void {
  statement(
    tx,
    `INSERT INTO narrative_reports (id, kind_id, period_kind, period_key, complaint_id, version, status, sections, replaces, correction_reason, drafted_by, updated_at, statistics, issued_by, issued_role, issued_at)
     VALUES (@id, @kind_id, @period_kind, @period_key, @complaint_id, @version, @status, @sections, @replaces, @correction_reason, @drafted_by, @updated_at, @statistics, @issued_by, @issued_role, @issued_at)`,
  ).run(row);
}

/** Saves a draft's text; an issued row is refused by the trigger as well as by the service. */
export function updateDraftSections(tx: WriteDb, id: string, sections: string, at: string): void {
  statement(tx, "UPDATE narrative_reports SET sections = ?, updated_at = ? WHERE id = ? AND status = 'draft'").run(sections, at, id);
}

/** 签发: the draft becomes the issued version with its frozen statistics. */
export function markIssued(tx: WriteDb, id: string, issue: { statistics: string; issuedBy: string; role: string; at: string }): void {
  statement(tx, "UPDATE narrative_reports SET status = 'issued', statistics = ?, issued_by = ?, issued_role = ?, issued_at = ?, updated_at = ? WHERE id = ? AND status = 'draft'").run(
    issue.statistics,
    issue.issuedBy,
    issue.role,
    issue.at,
    issue.at,
    id,
  );
}

/** Every version of the case reports about these complaints, oldest version first. */
export function caseRowsOf(db: ReadDb, complaintIds: readonly string[]): ListedNarrativeRow[] {
  return statement(db, `${LISTED} WHERE n.complaint_id IN (SELECT value FROM json_each(?)) ORDER BY n.complaint_id, n.version`).all(JSON.stringify(complaintIds)) as ListedNarrativeRow[];
}

export interface CaseCandidateRow {
  id: string;
  serial: string;
  received_at: string;
  class_code: string | null;
  rule_pack_id: string | null;
  rule_pack_version: string | null;
}

/**
 * The complaints received between two instants whose class is one of these
 * codes, or that already have a case report (a class may have changed since),
 * newest first.
 */
export function caseCandidates(db: ReadDb, from: string, to: string, classCodes: readonly string[]): CaseCandidateRow[] {
  return statement(
    db,
    `SELECT id, serial, received_at, class_code, rule_pack_id, rule_pack_version FROM complaints
     WHERE received_at >= ? AND received_at < ?
       AND (class_code IN (SELECT value FROM json_each(?)) OR id IN (SELECT complaint_id FROM narrative_reports WHERE complaint_id IS NOT NULL))
     ORDER BY received_at DESC, serial DESC`,
  ).all(from, to, JSON.stringify(classCodes)) as CaseCandidateRow[];
}
