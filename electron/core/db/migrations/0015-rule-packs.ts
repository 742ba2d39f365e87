import type { Migration } from './migration';

/**
 * Rule pack versions head office published (issue #7 item 4), beside the ones
 * this program ships: together they are the site's catalogue
 * (services/rule-pack-catalog.ts). A new complaint is graded by the newest
 * version of the site's pack; a complaint keeps grading by the pack id and
 * version stored on it (`complaints.rule_pack_id`, `rule_pack_version`, since
 * 0002), so a row here is never changed nor deleted.
 *
 * Keyed by the pack's own id and version (the pack schema's "1.2.0", what a
 * complaint names); `published_version` is the reference item's integer
 * version it arrived in (head office's publication number, see
 * sync/apply-reference.ts), kept to trace it back. The body is the pack as
 * JSON, validated by shared/rules/pack-schema when it arrives and again when
 * read. Only head office publishes packs, so there is no draft or source
 * column: shipped packs live in the program, not here.
 */
export const migration0015: Migration = {
  id: 15,
  name: 'rule-packs',
  sql: `
CREATE TABLE rule_packs (
  pack_id TEXT NOT NULL,
  version TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  body TEXT NOT NULL,
  published_version INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (pack_id, version)
) STRICT;
`,
};
