import { statement, type ReadDb, type WriteDb } from '../db/handles';

/**
 * The SQL of `checklist_templates`: versions published here or pulled from
 * head office, and the editor's drafts (one row per entry).
 */

export interface PublishedRow {
  template_id: string;
  version: string;
  body: string;
}

/** Published versions (of one template, or of all). */
export function publishedRows(db: ReadDb, templateId?: string): PublishedRow[] {
  return (
    templateId === undefined
      ? statement(db, "SELECT template_id, version, body FROM checklist_templates WHERE status = 'published'").all()
      : statement(db, "SELECT template_id, version, body FROM checklist_templates WHERE status = 'published' AND template_id = ?").all(templateId)
  ) as PublishedRow[];
}

export function publishedVersionsOf(db: ReadDb, templateId: string): string[] {
  return (statement(db, "SELECT version FROM checklist_templates WHERE status = 'published' AND template_id = ?").all(templateId) as { version: string }[]).map((r) => r.version);
}

export interface PublishedVersionRow {
  template_id: string;
  version: string;
  source: 'local' | 'head-office';
  published_at: string | null;
  published_by_name: string | null;
}

/** Every published version with who published it, for the editor's list. */
export function publishedVersionRows(db: ReadDb): PublishedVersionRow[] {
  return statement(
    db,
    `SELECT t.template_id, t.version, t.source, t.published_at, u.display_name AS published_by_name
       FROM checklist_templates t LEFT JOIN users u ON u.id = t.published_by WHERE t.status = 'published'`,
  ).all() as PublishedVersionRow[];
}

/** Every template id any row uses (drafts and discarded ones included). */
export function storedTemplateIds(db: ReadDb): string[] {
  return (statement(db, 'SELECT template_id FROM checklist_templates').all() as { template_id: string }[]).map((r) => r.template_id);
}

export interface TemplateRow {
  entry_id: string;
  template_id: string;
  version: string;
  title_zh: string;
  title_en: string;
  body: string;
  status: 'draft' | 'published' | 'discarded';
  source: 'local' | 'head-office';
  based_on: string | null;
  created_at: string;
  updated_at: string;
  updated_by_name: string | null;
  row_version: number;
}

const SELECT = `SELECT t.*, u.display_name AS updated_by_name FROM checklist_templates t LEFT JOIN users u ON u.id = t.updated_by`;

export function findTemplateRow(db: ReadDb, entryId: string): TemplateRow | undefined {
  return statement(db, `${SELECT} WHERE t.entry_id = ?`).get(entryId) as TemplateRow | undefined;
}

/** Open drafts, the most recently saved first. */
export function draftRows(db: ReadDb): TemplateRow[] {
  return statement(db, `${SELECT} WHERE t.status = 'draft' ORDER BY t.updated_at DESC`).all() as TemplateRow[];
}

/** The stored row as it is, for the audit log and the outbox. */
export function templateSnapshot(db: ReadDb, entryId: string): Record<string, unknown> & { row_version: number; body: string; status: string } {
  return statement(db, 'SELECT * FROM checklist_templates WHERE entry_id = ?').get(entryId) as Record<string, unknown> & { row_version: number; body: string; status: string };
}

export interface TemplateHeader {
  id: string;
  version: string;
  zh: string;
  en: string;
}

export function insertTemplateDraft(tx: WriteDb, draft: { entryId: string; header: TemplateHeader; body: string; basedOn: string | null; userId: string; at: string }): void {
  statement(
    tx,
    `INSERT INTO checklist_templates (entry_id, template_id, version, title_zh, title_en, body, status, source, based_on, created_by, created_at, updated_by, updated_at, row_version)
     VALUES (?, ?, ?, ?, ?, ?, 'draft', 'local', ?, ?, ?, ?, ?, 1)`,
  ).run(draft.entryId, draft.header.id, draft.header.version, draft.header.zh, draft.header.en, draft.body, draft.basedOn, draft.userId, draft.at, draft.userId, draft.at);
}

export function updateTemplateDraft(tx: WriteDb, entryId: string, header: TemplateHeader, body: string, userId: string, at: string): void {
  statement(
    tx,
    `UPDATE checklist_templates SET template_id = ?, version = ?, title_zh = ?, title_en = ?, body = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE entry_id = ?`,
  ).run(header.id, header.version, header.zh, header.en, body, userId, at, entryId);
}

export function markTemplateDiscarded(tx: WriteDb, entryId: string, userId: string, at: string): void {
  statement(tx, "UPDATE checklist_templates SET status = 'discarded', updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE entry_id = ?").run(userId, at, entryId);
}

export function markTemplatePublished(tx: WriteDb, entryId: string, header: TemplateHeader, body: string, userId: string, at: string): void {
  statement(
    tx,
    `UPDATE checklist_templates SET template_id = ?, version = ?, title_zh = ?, title_en = ?, body = ?, status = 'published',
       published_by = ?, published_at = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE entry_id = ?`,
  ).run(header.id, header.version, header.zh, header.en, body, userId, at, userId, at, entryId);
}
