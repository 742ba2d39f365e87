import { templateSchema, type ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { compareVersions, SHIPPED_TEMPLATE_VERSIONS, SHIPPED_TEMPLATES } from '../../../shared/checklists/templates';
import type { ReadDb } from '../db/handles';
import { applicableTemplates } from '../profiles';
import { publishedRows, publishedVersionsOf, type PublishedRow } from './templates-repository';

/**
 * The checklist templates this site can use: the versions the program ships
 * and the versions published since (here by head office's editor, or pulled
 * from head office by sync), in `checklist_templates`. Everything in the core
 * that looks a template up goes through here, so a published version is
 * listed, is due by its schedule, and new records start on it, while a record
 * in progress keeps the version it started with.
 */

/**
 * A published version as this program reads it. Versions are validated on
 * publish; one this program's schema no longer accepts (a newer head-office
 * template meeting an old client) is left out rather than breaking every list.
 */
function parsePublished(row: PublishedRow): ChecklistTemplate | undefined {
  const parsed = templateSchema.safeParse(JSON.parse(row.body));
  return parsed.success && parsed.data.id === row.template_id && parsed.data.version === row.version ? parsed.data : undefined;
}

function published(db: ReadDb, templateId?: string): ChecklistTemplate[] {
  return publishedRows(db, templateId).map(parsePublished).filter((t): t is ChecklistTemplate => t !== undefined);
}

/** Every version of every template: shipped first, then published (a shipped version wins over a published one of the same number). */
export function catalogTemplates(db: ReadDb, templateId?: string): ChecklistTemplate[] {
  const shipped = SHIPPED_TEMPLATE_VERSIONS.filter((t) => templateId === undefined || t.id === templateId);
  const known = new Set(shipped.map((t) => `${t.id}@${t.version}`));
  return [...shipped, ...published(db, templateId).filter((t) => !known.has(`${t.id}@${t.version}`))];
}

/** The newest version of each template, in the shipped order, templates new to this site after them (by id). */
export function newestTemplates(db: ReadDb): ChecklistTemplate[] {
  const newest = new Map<string, ChecklistTemplate>();
  for (const template of catalogTemplates(db)) {
    const current = newest.get(template.id);
    if (!current || compareVersions(template.version, current.version) > 0) newest.set(template.id, template);
  }
  const shippedOrder = new Map(SHIPPED_TEMPLATES.map((t, i) => [t.id, i] as const));
  return [...newest.values()].sort((a, b) => (shippedOrder.get(a.id) ?? Infinity) - (shippedOrder.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

/**
 * The templates that apply at this site (issue 17): those its organisation
 * profile lists, in the profile's order, and those its own editor published;
 * the newest version of each, with the profile's schedule where the profile
 * gives one. What the checklist list, the due list and the "new" menu show.
 */
export function siteTemplates(db: ReadDb): ChecklistTemplate[] {
  const { order, schedules } = applicableTemplates(db);
  return newestTemplates(db)
    .filter((t) => order.has(t.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((t) => (schedules.has(t.id) ? { ...t, schedule: schedules.get(t.id) } : t));
}

/** Whether a template applies at this site (a new record may be started on it). */
export function appliesHere(db: ReadDb, templateId: string): boolean {
  return applicableTemplates(db).order.has(templateId);
}

/** A template by id: the given version, or without one the newest version the site has. */
export function findCatalogTemplate(db: ReadDb, id: string, version?: string): ChecklistTemplate | undefined {
  const versions = catalogTemplates(db, id);
  if (version !== undefined) return versions.find((t) => t.version === version);
  return versions.sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** The highest version number of a template the site holds, shipped or published (readable or not): a new version must exceed it. */
export function highestVersionOf(db: ReadDb, id: string): string | undefined {
  const versions = [...SHIPPED_TEMPLATE_VERSIONS.filter((t) => t.id === id).map((t) => t.version), ...publishedVersionsOf(db, id)];
  return versions.sort((a, b) => compareVersions(b, a))[0];
}
