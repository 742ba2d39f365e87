import type { TemplateEntry } from '../../../shared/api/checklist-templates';
import { compareVersions, SHIPPED_TEMPLATE_VERSIONS } from '../../../shared/checklists/templates';
import type { ReadDb } from '../db/handles';
import { newestTemplates } from './catalog';
import { publishedVersionRows } from './templates-repository';

/** Every template the site can use, with each version it holds (shipped or published, and by whom), newest first: the editor's list. */
export function templateEntries(db: ReadDb): TemplateEntry[] {
  const rows = publishedVersionRows(db);
  return newestTemplates(db).map((template) => {
    const shipped = SHIPPED_TEMPLATE_VERSIONS.filter((t) => t.id === template.id).map((t) => ({ version: t.version, origin: 'shipped' as const, publishedAt: null, publishedByName: null }));
    const published = rows
      .filter((r) => r.template_id === template.id)
      .map((r) => ({ version: r.version, origin: r.source, publishedAt: r.published_at, publishedByName: r.published_by_name }));
    const versions = [...shipped, ...published].sort((a, b) => compareVersions(b.version, a.version));
    return { id: template.id, kind: template.kind, title: template.title, versions };
  });
}
