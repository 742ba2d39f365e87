import { randomUUID } from 'node:crypto';
import { templateSchema } from '../../../shared/checklists/template-schema';
import type { PullResponse } from '../../../shared/sync/protocol';
import { statement, type WriteDb } from '../db/handles';

type ReferenceItem = PullResponse['items'][number];

/**
 * Puts a reference item head office published where the site uses it, in the
 * pull's transaction. A checklist template becomes a published version in
 * `checklist_templates` (source 'head-office'), so the catalog lists it and
 * new records start on it while records in progress keep their version. An
 * item is never overwritten: the same template version already held (shipped,
 * made here, or pulled before) is left as it is. A body this program cannot
 * read stays only in `reference_items`, the raw log of what arrived, and is
 * reported, so one bad publication does not stop the rest of the pull.
 * Rule packs, the calendar, users and sites are logged there too until their
 * stores take pulled versions.
 */
export function applyReferenceItem(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  if (item.kind !== 'template') return {};
  const parsed = templateSchema.safeParse(item.body);
  if (!parsed.success) return { unreadable: `模板 ${item.id} 第${item.version}版无法读取 / template ${item.id} v${item.version} unreadable` };
  const template = parsed.data;
  if (template.id !== item.id) return { unreadable: `模板编号不符：${template.id} ≠ ${item.id} / template id mismatch` };
  statement(
    tx,
    `INSERT INTO checklist_templates (entry_id, template_id, version, title_zh, title_en, body, status, source, based_on, created_by, created_at, updated_by, updated_at, published_by, published_at, row_version)
     VALUES (?, ?, ?, ?, ?, ?, 'published', 'head-office', NULL, NULL, ?, NULL, ?, NULL, ?, 1)
     ON CONFLICT DO NOTHING`,
  ).run(randomUUID(), template.id, template.version, template.title.zh, template.title.en, JSON.stringify(item.body), at, at, at);
  return {};
}

/**
 * Logs each item in `reference_items` and applies the ones new to this site
 * (the same version received again is ignored), in the caller's transaction:
 * what a pull and an imported reply file both do.
 */
export function applyReferenceItems(tx: WriteDb, items: readonly ReferenceItem[], at: string): { applied: number; unreadable: string[] } {
  const insert = statement(tx, 'INSERT INTO reference_items (kind, id, version, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const unreadable: string[] = [];
  let applied = 0;
  for (const item of items) {
    if (insert.run(item.kind, item.id, item.version, JSON.stringify(item.body), at).changes === 0) continue;
    applied += 1;
    const { unreadable: problem } = applyReferenceItem(tx, item, at);
    if (problem) unreadable.push(problem);
  }
  return { applied, unreadable };
}
