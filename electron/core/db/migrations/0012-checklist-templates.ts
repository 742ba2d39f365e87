import type { Migration } from './migration';

/**
 * Checklist template versions beyond the ones this program ships (issue #6
 * item 7): drafts head office is editing here, and published versions — made
 * here (`source` 'local') or, with the sync issue (#7), pulled from head
 * office ('head-office'). A plain store of reference template versions: the
 * body is the template as JSON (validated by shared/checklists/template-schema
 * on publish and again when read). A published row never changes; a draft is
 * saved over and over until it is published (it then becomes the published
 * row) or discarded (kept as 'discarded', so its audit and sync rows
 * describe a row that still exists).
 *
 * Keyed by its own entry id, not by (template id, version): a draft's id and
 * version are being typed and may clash with another draft; only published
 * versions are unique. `created_by`/`published_by` name a user id without a
 * foreign key, because a head-office version names people of head office.
 * `based_on` is the template a draft was copied from ("edit as a new
 * version"), null for a new template: publishing a new template under an id
 * already in use is refused, so one form never silently replaces another.
 */
export const migration0012: Migration = {
  id: 12,
  name: 'checklist-templates',
  sql: `
CREATE TABLE checklist_templates (
  entry_id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL,
  version TEXT NOT NULL,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'discarded')),
  source TEXT NOT NULL CHECK (source IN ('local', 'head-office')),
  based_on TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_by TEXT,
  updated_at TEXT NOT NULL,
  published_by TEXT,
  published_at TEXT,
  row_version INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX checklist_templates_published ON checklist_templates (template_id, version) WHERE status = 'published';
CREATE INDEX checklist_templates_drafts ON checklist_templates (updated_at DESC) WHERE status = 'draft';
`,
};
