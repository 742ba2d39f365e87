import type { SiteBody } from '../../../shared/sync/reference-bodies';
import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * Every SQL statement sync runs to take in head office's reference data
 * (apply-reference.ts): the raw log `reference_items` (migration 0013) and
 * the rows a pulled item becomes — a published template (0012), a rule pack
 * (0015), the site record (0001).
 */

/** Logs an item as it arrived; false when this kind, id and version arrived before (nothing written). */
export function insertReferenceItem(tx: WriteDb, item: { kind: string; id: string; version: number; body: string }, receivedAt: string): boolean {
  return statement(tx, 'INSERT INTO reference_items (kind, id, version, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(item.kind, item.id, item.version, item.body, receivedAt).changes > 0;
}

/** A pulled remark no merge has taken yet (no `head_office_remarks` row for its id and version). */
export interface WaitingRemark {
  id: string;
  version: number;
  /** JSON text as head office published it. */
  body: string;
}

/** Remarks not merged yet, in the order they arrived. */
export function waitingRemarks(db: ReadDb): WaitingRemark[] {
  return statement(
    db,
    `SELECT r.id, r.version, r.body FROM reference_items r
       LEFT JOIN head_office_remarks h ON h.remark_id = r.id AND h.version = r.version
      WHERE r.kind = 'remark' AND h.remark_id IS NULL
      ORDER BY r.received_at, r.id, r.version`,
  ).all() as WaitingRemark[];
}

/** A checklist template head office published, as the site's published version of it. */
export interface PublishedTemplateRow {
  entry_id: string;
  template_id: string;
  version: string;
  title_zh: string;
  title_en: string;
  /** JSON text of the template. */
  body: string;
}

/** Adds the version unless the site holds it already (shipped, made here, or pulled before): never replaced. */
export function insertHeadOfficeTemplate(tx: WriteDb, row: PublishedTemplateRow, at: string): void {
  statement(
    tx,
    `INSERT INTO checklist_templates (entry_id, template_id, version, title_zh, title_en, body, status, source, based_on, created_by, created_at, updated_by, updated_at, published_by, published_at, row_version)
     VALUES (?, ?, ?, ?, ?, ?, 'published', 'head-office', NULL, NULL, ?, NULL, ?, NULL, ?, 1)
     ON CONFLICT DO NOTHING`,
  ).run(row.entry_id, row.template_id, row.version, row.title_zh, row.title_en, row.body, at, at, at);
}

/** A rule pack version head office published, as the site's catalogue keeps it. */
export interface PublishedRulePackRow {
  pack_id: string;
  /** The pack's own grading version ("1.2.0"). */
  version: string;
  name_zh: string;
  name_en: string;
  /** JSON text of the pack. */
  body: string;
  /** Head office's publication number for the pack id. */
  published_version: number;
  received_at: string;
}

/** Adds the pack version unless the catalogue holds it already. */
export function insertRulePack(tx: WriteDb, row: PublishedRulePackRow): void {
  statement(tx, 'INSERT INTO rule_packs (pack_id, version, name_zh, name_en, body, published_version, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    row.pack_id,
    row.version,
    row.name_zh,
    row.name_en,
    row.body,
    row.published_version,
    row.received_at,
  );
}

/** Sets the site's name, organisation, rule pack and (if named) profile; returns the site record's new version. */
export function updateSiteFromHeadOffice(tx: WriteDb, body: SiteBody): number {
  statement(tx, 'UPDATE site SET name = ?, organisation = ?, rule_pack = ?, profile_id = coalesce(?, profile_id), version = version + 1 WHERE singleton = 1').run(
    body.name,
    body.organisation,
    body.rulePack,
    body.profile ?? null,
  );
  return (statement(tx, 'SELECT version FROM site WHERE singleton = 1').get() as { version: number }).version;
}

/** A published rule-pack version as stored (the catalog parses and checks the body). */
export interface PublishedPackRow {
  pack_id: string;
  version: string;
  body: string;
  received_at: string;
}

/** Every rule-pack version head office published, or those of one pack. */
export function selectPublishedPacks(db: ReadDb, packId?: string): PublishedPackRow[] {
  return (
    packId === undefined
      ? statement(db, 'SELECT pack_id, version, body, received_at FROM rule_packs ORDER BY pack_id').all()
      : statement(db, 'SELECT pack_id, version, body, received_at FROM rule_packs WHERE pack_id = ?').all(packId)
  ) as PublishedPackRow[];
}
