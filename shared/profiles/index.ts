import { profileSchema, type SiteProfile } from './profile-schema';
import { wellStationProfile } from './data/seed000';
import { SEED001_PROFILES } from './data/seed001';
import { SEED002_PROFILES } from './data/seed002';
import { SEED003_PROFILES } from './data/seed003';
import { SEED004_PROFILES } from './data/seed004';

/** Every shipped organisation profile, validated at load: a malformed one fails loudly at start and in tests. */
export const SHIPPED_PROFILES: readonly SiteProfile[] = [wellStationProfile, ...SEED001_PROFILES, ...SEED002_PROFILES, ...SEED003_PROFILES, ...SEED004_PROFILES].map((profile) =>
  profileSchema.parse(profile),
);

export function findShippedProfile(id: string): SiteProfile | undefined {
  return SHIPPED_PROFILES.find((profile) => profile.id === id);
}

export { DEMO_SITE_PROFILE, DEMO_SITE_RECORDS, DEMO_SITES, type DemoSite, type DemoSiteRecord } from './demo-sites';
