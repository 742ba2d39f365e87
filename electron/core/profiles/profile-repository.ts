import { statement, type ReadDb, type WriteDb } from '../db/handles';

/** The SQL of organisation profiles: the site's choice (`site.profile_id`) and the versions head office published (`site_profiles`, migration 0019). */

export interface PublishedProfileRow {
  profile_id: string;
  version: string;
  body: string;
}

export function readSiteProfileId(db: ReadDb): string | null {
  const row = statement(db, 'SELECT profile_id FROM site WHERE singleton = 1').get() as { profile_id: string | null } | undefined;
  return row?.profile_id ?? null;
}

/** Sets the site's profile and pack; returns the site row's new version. */
export function writeSiteProfile(tx: WriteDb, profileId: string, rulePack: string): number {
  statement(tx, 'UPDATE site SET profile_id = ?, rule_pack = ?, version = version + 1 WHERE singleton = 1').run(profileId, rulePack);
  return (statement(tx, 'SELECT version FROM site WHERE singleton = 1').get() as { version: number }).version;
}

export function publishedProfileRows(db: ReadDb): PublishedProfileRow[] {
  return statement(db, 'SELECT profile_id, version, body FROM site_profiles').all() as PublishedProfileRow[];
}

export function publishedProfileRow(db: ReadDb, profileId: string, version: string): PublishedProfileRow | undefined {
  return statement(db, 'SELECT profile_id, version, body FROM site_profiles WHERE profile_id = ? AND version = ?').get(profileId, version) as PublishedProfileRow | undefined;
}

export function insertPublishedProfile(tx: WriteDb, row: PublishedProfileRow & { publishedVersion: number; receivedAt: string }): void {
  statement(tx, 'INSERT INTO site_profiles (profile_id, version, body, published_version, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    row.profile_id,
    row.version,
    row.body,
    row.publishedVersion,
    row.receivedAt,
  );
}

/** Ids of templates published by this site's own template editor (source 'local'): made here, so they apply here whatever the profile. */
export function locallyPublishedTemplateIds(db: ReadDb): Set<string> {
  const rows = statement(db, "SELECT DISTINCT template_id FROM checklist_templates WHERE status = 'published' AND source = 'local'").all() as { template_id: string }[];
  return new Set(rows.map((r) => r.template_id));
}
