import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { nextVersion } from '../../../shared/checklists/template-drafting';
import { locationOf, validateTemplate, type TemplateIssue } from '../../../shared/checklists/template-issues';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { compareVersions } from '../../../shared/checklists/templates';
import type { ReadDb, WriteDb } from '../db/handles';
import { findCatalogTemplate, highestVersionOf } from './catalog';
import { draftRow, recordTemplateChange } from './drafts';
import { markTemplatePublished } from './templates-repository';

/**
 * Publishing a template version: the schema (with located messages), then
 * the rules that need the site's catalogue — the version must be above every
 * version of that id the site holds, and a new template may not take an id
 * another template already uses (it would silently replace that form).
 */

function issueAt(path: 'id' | 'version', zh: string, en: string): TemplateIssue {
  const where = locationOf([path]);
  return { path, zh: `${where.zh}: ${zh}`, en: `${where.en}: ${en}` };
}

/** The catalogue rules for a template of this id and version, drafted from `basedOn` (null: a new template). */
export function catalogIssues(db: ReadDb, body: Record<string, unknown>, basedOn: string | null): TemplateIssue[] {
  const { id, version } = body;
  if (typeof id !== 'string' || typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) return [];
  const issues: TemplateIssue[] = [];
  const highest = highestVersionOf(db, id);
  if (highest && basedOn !== id) {
    const title = findCatalogTemplate(db, id)?.title;
    issues.push(
      issueAt(
        'id',
        `编号 ${id} 已被模板「${title?.zh ?? id}」使用；要修改该模板，请在模板列表中选「编辑为新版本」`,
        `id ${id} belongs to the template “${title?.en ?? id}”; to change it, choose “Edit as new version” in the template list`,
      ),
    );
  } else if (highest && compareVersions(version, highest) <= 0) {
    issues.push(
      issueAt(
        'version',
        `版本 ${version} 不高于该模板现有的最新版本 ${highest}，请改为更高的版本（如 ${nextVersion(highest)}）`,
        `version ${version} is not above the newest existing version ${highest}; use a higher one (e.g. ${nextVersion(highest)})`,
      ),
    );
  }
  return issues;
}

export function templateIssues(db: ReadDb, body: Record<string, unknown>, basedOn: string | null): TemplateIssue[] {
  return [...validateTemplate(body), ...catalogIssues(db, body, basedOn)];
}

/** Publishes the draft as stored; refused with every located issue if it is not valid here and now. */
export function publishDraft(tx: WriteDb, input: { draftId: string; rowVersion: number }, user: User, at: Date): { templateId: string; version: string } {
  const row = draftRow(tx, input.draftId, input.rowVersion);
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const issues = templateIssues(tx, body, row.based_on);
  if (issues.length) {
    throw new ApiError(
      'VALIDATION',
      `模板有 ${issues.length} 处问题，未发布 / ${issues.length} problems in the template; not published`,
      issues.map((i) => ({ path: i.path, message: `${i.zh} / ${i.en}` })),
    );
  }
  // Stored as the schema reads it (defaults filled in), so every reader sees the same template.
  const template = templateSchema.parse(body);
  const now = at.toISOString();
  markTemplatePublished(tx, row.entry_id, { id: template.id, version: template.version, zh: template.title.zh, en: template.title.en }, JSON.stringify(template), user.id, now);
  recordTemplateChange(tx, row.entry_id, user, at, 'checklistTemplates.publish', { status: row.status, row_version: row.row_version });
  return { templateId: template.id, version: template.version };
}
