import type { ProfileEntry } from '../../../shared/api/profiles';
import { compareVersions } from '../../../shared/checklists/templates';
import { SHIPPED_PROFILES } from '../../../shared/profiles';
import { profileSchema, type SiteProfile } from '../../../shared/profiles/profile-schema';
import type { Schedule } from '../../../shared/checklists/template-schema';
import type { ReadDb } from '../db/handles';
import { locallyPublishedTemplateIds, publishedProfileRows, readSiteProfileId } from './profile-repository';

/**
 * The profiles this site knows: the shipped ones and the versions head office
 * published (`site_profiles`), the newest version of each id. A published
 * body this program's schema no longer reads is left out, as for templates.
 */
export function catalogProfiles(db: ReadDb): ProfileEntry[] {
  const newest = new Map<string, ProfileEntry>();
  const offer = (profile: SiteProfile, origin: ProfileEntry['origin']) => {
    const held = newest.get(profile.id);
    if (!held || compareVersions(profile.version, held.version) > 0) newest.set(profile.id, { ...profile, origin });
  };
  for (const profile of SHIPPED_PROFILES) offer(profile, 'shipped');
  for (const row of publishedProfileRows(db)) {
    const parsed = profileSchema.safeParse(JSON.parse(row.body));
    if (parsed.success && parsed.data.id === row.profile_id && parsed.data.version === row.version) offer(parsed.data, 'head-office');
  }
  const order = new Map(SHIPPED_PROFILES.map((p, i) => [p.id, i] as const));
  return [...newest.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

export function findProfile(db: ReadDb, id: string): ProfileEntry | undefined {
  return catalogProfiles(db).find((p) => p.id === id);
}

/** The site's profile (newest version), or null while none is chosen or the chosen one is unknown here. */
export function siteProfile(db: ReadDb): ProfileEntry | null {
  const id = readSiteProfileId(db);
  return id === null ? null : (findProfile(db, id) ?? null);
}

/**
 * What applies at this site: the profile's template ids in menu order, then
 * the templates this site's own editor published (made here, for here), and
 * the profile's schedule overrides. No profile: only the latter (the station
 * lead chooses one).
 */
export function applicableTemplates(db: ReadDb): { order: Map<string, number>; schedules: Map<string, Schedule> } {
  const profile = siteProfile(db);
  const ids = [...(profile?.templates ?? [])];
  for (const id of locallyPublishedTemplateIds(db)) if (!ids.includes(id)) ids.push(id);
  return {
    order: new Map(ids.map((id, i) => [id, i] as const)),
    schedules: new Map((profile?.schedules ?? []).map((s) => [s.templateId, s.schedule] as const)),
  };
}
