import { newId } from '../../../shared/ids';
import { templateSchema } from '../../../shared/checklists/template-schema';
import type { PullResponse } from '../../../shared/sync/protocol';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { calendarBodySchema, siteBodySchema, userBodySchema } from '../../../shared/sync/reference-bodies';
import type { WriteDb } from '../db/handles';
import { applyCalendarRelease } from '../calendar/calendar';
import { recordEvent } from '../change-log/change-log';
import { findCatalogEntry } from '../rule-packs/rule-pack-catalog';
import { applySite, applyUser } from './apply-reference-records';
import { insertHeadOfficeTemplate, insertReferenceItem, insertRulePack } from './reference-repository';
import { applyPublishedProfile, findProfile } from '../profiles';

type ReferenceItem = PullResponse['items'][number];

/**
 * Puts a reference item head office published where the site uses it, in the
 * pull's transaction (shared/sync/reference-bodies.ts says what each body is):
 * - a checklist template becomes a published version in `checklist_templates`
 *   (source 'head-office'): the catalog lists it, new records start on it,
 *   records in progress keep theirs; a version already held (shipped, made
 *   here, or pulled before) is never replaced;
 * - a rule pack joins the site's pack catalogue in `rule_packs`
 *   (rule-packs/rule-pack-catalog.ts): new complaints are graded by the newest
 *   version of the site's pack, a complaint keeps the version it was graded
 *   by; a version already held (shipped or pulled before) is never replaced;
 * - a calendar release replaces the years it names (open complaints re-graded);
 * - a user is created or updated by login (apply-reference-records.ts);
 * - the site record sets the site's name, organisation and rule pack (one the
 *   catalogue holds: shipped, or published by head office) and, if it names
 *   one, its organisation profile (one the site knows);
 * - a profile version joins the profile catalogue (profiles/profile-service.ts);
 * - a remark is merged after the run (remarks.ts).
 * A body this program cannot read stays only in `reference_items`, the raw log
 * of what arrived, and is reported, so one bad publication does not stop the
 * rest of the pull.
 */
export function applyReferenceItem(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  switch (item.kind) {
    case 'template':
      return applyTemplate(tx, item, at);
    case 'rulePack':
      return applyRulePack(tx, item, at);
    case 'calendar':
      return applyParsed(calendarBodySchema, item, (release) => applyCalendarRelease(tx, release, new Date(at)));
    case 'user':
      return applyParsed(userBodySchema, item, (user) => applyUser(tx, user, at));
    case 'site':
      return applyParsed(siteBodySchema, item, (site) => {
        if (!findCatalogEntry(tx, site.rulePack)) return { unreadable: `网点记录指定了本机没有的规则包 ${site.rulePack} / unknown rule pack ${site.rulePack}` };
        if (site.profile !== undefined && !findProfile(tx, site.profile)) return { unreadable: `网点记录指定了本机没有的组织配置 ${site.profile} / unknown profile ${site.profile}` };
        return applySite(tx, site, at);
      });
    case 'profile':
      return applyPublishedProfile(tx, item, at);
    case 'remark':
      // Head office's remarks on a record are merged after the run (remarks.ts: merge rules, conflicts).
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
  insertHeadOfficeTemplate(
    tx,
    { entry_id: newId(), template_id: template.id, version: template.version, title_zh: template.title.zh, title_en: template.title.en, body: JSON.stringify(item.body) },
    at,
  );
  return {};
}

/**
 * A rule pack version head office published. Two version numbers meet here:
 * the reference item's integer `version` is head office's publication number
 * for the pack id (the server refuses one not above the last), the pack's own
 * `version` ("1.2.0") is the grading version a complaint stores and the
 * catalogue is keyed on. They are independent: the site keys on the pack's
 * version and keeps the publication number only to trace the row back, so
 * publication 3 may carry pack 1.2.0. A pack version the site already holds
 * is never replaced (a complaint graded by it must keep grading the same
 * way): the same content again changes nothing, other content under a held
 * version is refused and reported — head office must raise the pack's version.
 */
function applyRulePack(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  const parsed = rulePackSchema.safeParse(item.body);
  if (!parsed.success) return { unreadable: `规则包 ${item.id} 第${item.version}版无法读取 / rule pack ${item.id} v${item.version} unreadable` };
  const pack = parsed.data;
  if (pack.id !== item.id) return { unreadable: `规则包编号不符：${pack.id} ≠ ${item.id} / rule pack id mismatch` };
  const held = findCatalogEntry(tx, pack.id, pack.version);
  if (held) {
    if (JSON.stringify(held.pack) === JSON.stringify(pack)) return {};
    return { unreadable: `规则包 ${pack.id} ${pack.version} 本机已有，内容不同，未替换 / rule pack ${pack.id} ${pack.version} already held with other content, not replaced` };
  }
  insertRulePack(tx, { pack_id: pack.id, version: pack.version, name_zh: pack.name.zh, name_en: pack.name.en, body: JSON.stringify(item.body), published_version: item.version, received_at: at });
  // Audited, not queued: head office holds it already. Which rules grade new complaints changed from here on.
  recordEvent(tx, { userId: null, at: new Date(at), action: 'sync.applyRulePack', entity: 'rule_pack', entityId: `${pack.id}@${pack.version}`, detail: { publishedVersion: item.version } });
  return {};
}

/**
 * Logs each item in `reference_items` and applies the ones new to this site
 * (the same version received again is ignored), in the caller's transaction:
 * what a pull and an imported reply file both do.
 */
export function applyReferenceItems(tx: WriteDb, items: readonly ReferenceItem[], at: string): { applied: number; unreadable: string[]; calendarChanged: boolean } {
  const unreadable: string[] = [];
  let applied = 0;
  let calendarChanged = false;
  for (const item of items) {
    if (!insertReferenceItem(tx, { kind: item.kind, id: item.id, version: item.version, body: JSON.stringify(item.body) }, at)) continue;
    applied += 1;
    const { unreadable: problem } = applyReferenceItem(tx, item, at);
    if (problem) unreadable.push(problem);
    // The site's working hours and the calendar make the deadline calendar the core keeps in memory.
    else if (item.kind === 'calendar') calendarChanged = true;
  }
  return { applied, unreadable, calendarChanged };
}
