import { newId } from '../../../shared/ids';
import { templateSchema } from '../../../shared/checklists/template-schema';
import type { PullResponse } from '../../../shared/sync/protocol';
import { findPack } from '../../../shared/rules/packs';
import { calendarBodySchema, siteBodySchema, userBodySchema } from '../../../shared/sync/reference-bodies';
import { statement, type WriteDb } from '../db/handles';
import { applyCalendarRelease } from '../services/calendar';
import { applySite, applyUser } from './apply-reference-records';

type ReferenceItem = PullResponse['items'][number];

/**
 * Puts a reference item head office published where the site uses it, in the
 * pull's transaction (shared/sync/reference-bodies.ts says what each body is):
 * - a checklist template becomes a published version in `checklist_templates`
 *   (source 'head-office'): the catalog lists it, new records start on it,
 *   records in progress keep theirs; a version already held (shipped, made
 *   here, or pulled before) is never replaced;
 * - a calendar release replaces the years it names (open complaints re-graded);
 * - a user is created or updated by login (apply-reference-records.ts);
 * - the site record sets the site's name, organisation and rule pack;
 * - a remark is merged after the run (services/sync-remarks.ts);
 * - a rule pack is only logged (packs ship with the program).
 * A body this program cannot read stays only in `reference_items`, the raw log
 * of what arrived, and is reported, so one bad publication does not stop the
 * rest of the pull.
 */
export function applyReferenceItem(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  switch (item.kind) {
    case 'template':
      return applyTemplate(tx, item, at);
    case 'calendar':
      return applyParsed(calendarBodySchema, item, (release) => applyCalendarRelease(tx, release, new Date(at)));
    case 'user':
      return applyParsed(userBodySchema, item, (user) => applyUser(tx, user, at));
    case 'site':
      return applyParsed(siteBodySchema, item, (site) =>
        findPack(site.rulePack) ? applySite(tx, site, at) : { unreadable: `网点记录指定了本程序没有的规则包 ${site.rulePack} / unknown rule pack ${site.rulePack}` },
      );
    case 'remark':
      // Head office's remarks on a record are merged after the run (services/sync-remarks.ts: merge rules, conflicts).
      return {};
    case 'rulePack':
      // Rule packs ship with the program and a complaint is graded by its site's pack; a pulled pack version is
      // logged in reference_items but not yet used for grading (see the README's sync section).
      return {};
  }
}

function applyParsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, item: ReferenceItem, apply: (body: T) => { unreadable?: string } | void): { unreadable?: string } {
  const parsed = schema.safeParse(item.body);
  if (!parsed.success) return { unreadable: `${item.kind} ${item.id} 第${item.version}版无法读取 / ${item.kind} ${item.id} v${item.version} unreadable` };
  return apply(parsed.data) ?? {};
}

function applyTemplate(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  const parsed = templateSchema.safeParse(item.body);
  if (!parsed.success) return { unreadable: `模板 ${item.id} 第${item.version}版无法读取 / template ${item.id} v${item.version} unreadable` };
  const template = parsed.data;
  if (template.id !== item.id) return { unreadable: `模板编号不符：${template.id} ≠ ${item.id} / template id mismatch` };
  statement(
    tx,
    `INSERT INTO checklist_templates (entry_id, template_id, version, title_zh, title_en, body, status, source, based_on, created_by, created_at, updated_by, updated_at, published_by, published_at, row_version)
     VALUES (?, ?, ?, ?, ?, ?, 'published', 'head-office', NULL, NULL, ?, NULL, ?, NULL, ?, 1)
     ON CONFLICT DO NOTHING`,
  ).run(newId(), template.id, template.version, template.title.zh, template.title.en, JSON.stringify(item.body), at, at, at);
  return {};
}

/**
 * Logs each item in `reference_items` and applies the ones new to this site
 * (the same version received again is ignored), in the caller's transaction:
 * what a pull and an imported reply file both do.
 */
export function applyReferenceItems(tx: WriteDb, items: readonly ReferenceItem[], at: string): { applied: number; unreadable: string[]; calendarChanged: boolean } {
  const insert = statement(tx, 'INSERT INTO reference_items (kind, id, version, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const unreadable: string[] = [];
  let applied = 0;
  let calendarChanged = false;
  for (const item of items) {
    if (insert.run(item.kind, item.id, item.version, JSON.stringify(item.body), at).changes === 0) continue;
    applied += 1;
    const { unreadable: problem } = applyReferenceItem(tx, item, at);
    if (problem) unreadable.push(problem);
    // The site's working hours and the calendar make the deadline calendar the core keeps in memory.
    else if (item.kind === 'calendar') calendarChanged = true;
  }
  return { applied, unreadable, calendarChanged };
}
