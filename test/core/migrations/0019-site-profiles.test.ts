import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { tempDir } from '../../support/temp-core';

/** A store as the program before issue 17 left it: every migration up to 0019, a site, and template versions without failsOn. */
function oldStore(site: { rulePack: string; demo: number; code: string }): Database.Database {
  const db = new Database(path.join(tempDir(), 'old.sqlite'));
  migrate(db, () => new Date(), MIGRATIONS.filter((m) => m.id < 19));
  db.prepare(
    `INSERT INTO site (singleton, site_id, code, name, organisation, rule_pack, time_zone, idle_sign_out_minutes, demo, created_at)
     VALUES (1, 's1', ?, '某站', '某单位', ?, 'Asia/Shanghai', 15, ?, '2026-01-01T00:00:00.000Z')`,
  ).run(site.code, site.rulePack, site.demo);
  return db;
}

const OLD_TEMPLATE = {
  id: 'local.patrol',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '巡查', en: 'Patrol' },
  source: 'test: a version published before failsOn',
  sections: [
    {
      id: 'part',
      title: { zh: '部分', en: 'Part' },
      source: 'test',
      items: [
        { id: 'reported', kind: 'yesNo', label: { zh: '已汇报', en: 'Reported' }, source: 'test', required: true },
        { id: 'blacklisted', kind: 'yesNo', label: { zh: '列入黑名单', en: 'Blacklisted' }, source: 'test', required: true, vetoes: ['ok'] },
        { id: 'loads', kind: 'table', label: { zh: '拉运', en: 'Loads' }, source: 'test', columns: [{ id: 'sealed', kind: 'yesNo', label: { zh: '铅封完好', en: 'Sealed' }, source: 'test' }] },
      ],
    },
  ],
  grades: [{ code: 'ok', label: { zh: '达标', en: 'Up to standard' }, source: 'test', minTotal: 0 }],
};

function insertTemplate(db: Database.Database, entryId: string, status: 'draft' | 'published', body: string): void {
  db.prepare(
    `INSERT INTO checklist_templates (entry_id, template_id, version, title_zh, title_en, body, status, source, based_on, created_by, created_at, updated_by, updated_at, published_by, published_at, row_version)
     VALUES (?, 'local.patrol', '1.0.0', '巡查', 'Patrol', ?, ?, 'local', NULL, NULL, '2026-01-01', NULL, '2026-01-01', NULL, NULL, 1)`,
  ).run(entryId, body, status);
}

describe('migration 0019 (site profiles, mine level events, failsOn)', () => {
  it('gives an existing site the profile of the one organisation that runs its pack, and the demo station the well station’s', () => {
    const cases: [{ rulePack: string; demo: number; code: string }, string | null][] = [
      [{ rulePack: 'bank-outlet', demo: 0, code: 'BJ01' }, 'bank-outlet'],
      [{ rulePack: 'seed004-i-parts-maker', demo: 0, code: 'PM01' }, 'parts-maker'],
      [{ rulePack: 'sichuan-group-p6', demo: 1, code: 'YY42' }, 'well-station'],
      // Run by the well station and by the group itself: the station lead chooses.
      [{ rulePack: 'sichuan-group-p6', demo: 0, code: 'CD01' }, null],
      [{ rulePack: 'seed004-p-generic', demo: 0, code: 'GN01' }, null],
    ];
    for (const [site, profile] of cases) {
      const db = oldStore(site);
      migrate(db, () => new Date());
      expect(db.prepare('SELECT profile_id FROM site').get(), site.rulePack).toEqual({ profile_id: profile });
      db.close();
    }
  });

  it('writes failsOn into stored template versions with the meaning they had: yes fails a veto, no fails the rest', () => {
    const db = oldStore({ rulePack: 'bank-outlet', demo: 0, code: 'BJ01' });
    insertTemplate(db, 'e1', 'published', JSON.stringify(OLD_TEMPLATE));
    insertTemplate(db, 'e2', 'draft', '{"id": "half-typed", "sections": [{"items": [{"kind": "yesNo"}, null]}]}');
    expect(templateSchema.safeParse(OLD_TEMPLATE).success).toBe(false); // unreadable to this program before the migration
    migrate(db, () => new Date());
    const published = JSON.parse((db.prepare("SELECT body FROM checklist_templates WHERE entry_id = 'e1'").get() as { body: string }).body);
    const items = published.sections[0].items;
    expect(items[0].failsOn).toBe('no');
    expect(items[1].failsOn).toBe('yes');
    expect(items[2].columns[0].failsOn).toBe('no');
    expect(items[2].failsOn).toBeUndefined();
    expect(templateSchema.safeParse(published).success).toBe(true);
    const draft = JSON.parse((db.prepare("SELECT body FROM checklist_templates WHERE entry_id = 'e2'").get() as { body: string }).body);
    expect(draft.sections[0].items[0].failsOn).toBe('no');
    db.close();
  });
});
