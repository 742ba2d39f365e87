import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Issue 17: organisation profiles, the coal mine's level record, and the
 * explicit `failsOn` of yes/no questions.
 *
 * - `site.profile_id`: the organisation profile the site runs (shared/profiles),
 *   null until chosen. An existing site gets the profile whose rule pack it
 *   runs where exactly one organisation runs that pack (frozen below, so this
 *   migration does the same whatever profiles later versions ship); the demo
 *   station gets the well station's. A site whose pack several organisations
 *   run (the Sichuan group's, the generic one) is left to its station lead.
 * - `site_profiles`: profile versions head office published (reference kind
 *   `profile`), beside the ones the program ships; never changed once held.
 * - `mine_level_events`: a coal mine's standardisation level history
 *   (seed004 §A 第五、七、八、十一条): each event as entered, with its date;
 *   the level, validity and cool-offs are computed from them
 *   (shared/coal-mine/level-record.ts). An event entered wrongly is voided
 *   with a reason, never deleted.
 * - Template bodies stored here (drafts, versions published here or pulled)
 *   get `failsOn` on each yes/no item and column that lacks it, with the
 *   meaning it had before: "yes" fails a veto item, "no" fails anything else.
 */
export const migration0019: Migration = {
  id: 19,
  name: 'site-profiles',
  sql: `
ALTER TABLE site ADD COLUMN profile_id TEXT;

CREATE TABLE site_profiles (
  profile_id TEXT NOT NULL,
  version TEXT NOT NULL,
  body TEXT NOT NULL,
  published_version INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (profile_id, version)
) STRICT;

CREATE TABLE mine_level_events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('graded', 'accident', 'inspectionFailed', 'downgraded', 'revoked', 'majorHazard', 'fraud', 'stopped', 'resumed')),
  occurred_on TEXT NOT NULL,
  level TEXT CHECK (level IN ('level1', 'level2', 'level3')),
  accident_class TEXT CHECK (accident_class IN ('general', 'larger', 'major', 'especially-major')),
  cause TEXT CHECK (cause IN ('decline', 'extendedSpotCheck')),
  note TEXT NOT NULL,
  entered_by TEXT NOT NULL REFERENCES users(id),
  entered_at TEXT NOT NULL,
  voided_by TEXT REFERENCES users(id),
  voided_at TEXT,
  void_reason TEXT,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX mine_level_events_by_day ON mine_level_events (occurred_on, entered_at);
`,
  data: (db: Database.Database) => {
    setProfileFromPack(db);
    addFailsOn(db);
  },
};

/** The organisation that alone runs each pack, as shipped when this migration was written. */
const PROFILE_OF_PACK: Readonly<Record<string, string>> = {
  'bank-outlet': 'bank-outlet',
  'food-maker-p1': 'food-maker',
  'insurance-branch-p5': 'insurance-branch',
  'retail-chain-p4': 'retail-chain',
  'seed002-doc6-testing-station': 'testing-station',
  'seed002-doc8-property': 'property-service-centre',
  'seed002-doc11-heat-supply': 'heat-supply',
  'seed002-doc12-car-dealer': 'car-dealership',
  'seed002-doc14-franchise-sales': 'franchise-sales-centre',
  'seed004-d-service-company': 'service-company',
  'seed004-e-manufacturer': 'manufacturer-e',
  'seed004-h-car-dealer': 'car-dealer-h',
  'seed004-i-parts-maker': 'parts-maker',
  'seed004-j-domestic-sales-8d': 'domestic-sales-8d',
  'seed004-m-accident-grades': 'flour-mill',
  'seed001-s4-manufacturer': 'manufacturer-s4',
  'seed001-s10-winery': 'winery',
  'seed001-s15-tax-device-service': 'tax-device-service',
};

function setProfileFromPack(db: Database.Database): void {
  const site = db.prepare('SELECT rule_pack, demo, code FROM site WHERE singleton = 1').get() as { rule_pack: string; demo: number; code: string } | undefined;
  if (!site) return;
  const profile = site.demo === 1 && site.code === 'YY42' ? 'well-station' : PROFILE_OF_PACK[site.rule_pack];
  if (profile) db.prepare('UPDATE site SET profile_id = ? WHERE singleton = 1').run(profile);
}

type Field = { kind?: unknown; failsOn?: unknown; vetoes?: unknown; columns?: Field[] };

/** Adds the old implicit meaning where a yes/no field has none; true if anything changed. */
function withFailsOn(field: Field): boolean {
  let changed = false;
  if (field.kind === 'yesNo' && field.failsOn === undefined) {
    field.failsOn = Array.isArray(field.vetoes) && field.vetoes.length > 0 ? 'yes' : 'no';
    changed = true;
  }
  for (const column of Array.isArray(field.columns) ? field.columns : []) changed = withFailsOn(column) || changed;
  return changed;
}

function addFailsOn(db: Database.Database): void {
  const rows = db.prepare('SELECT entry_id, body FROM checklist_templates').all() as { entry_id: string; body: string }[];
  const update = db.prepare('UPDATE checklist_templates SET body = ? WHERE entry_id = ?');
  for (const row of rows) {
    let body: { sections?: { items?: Field[] }[] };
    try {
      body = JSON.parse(row.body) as typeof body;
    } catch {
      continue; // a draft saved as broken JSON stays as it was; the editor shows it as it is
    }
    let changed = false;
    for (const section of Array.isArray(body?.sections) ? body.sections : []) {
      for (const item of Array.isArray(section?.items) ? section.items : []) if (item && typeof item === 'object') changed = withFailsOn(item) || changed;
    }
    if (changed) update.run(JSON.stringify(body), row.entry_id);
  }
}
