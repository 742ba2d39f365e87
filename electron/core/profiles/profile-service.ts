import { ApiError } from '../../../shared/api/errors';
import type { ProfileEntry } from '../../../shared/api/profiles';
import type { Site } from '../../../shared/api/site';
import { profileSchema } from '../../../shared/profiles/profile-schema';
import type { PullResponse } from '../../../shared/sync/protocol';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange, recordEvent } from '../change-log/change-log';
import { findCatalogPack } from '../rule-packs/rule-pack-catalog';
import { readSite } from '../site/site';
import { findProfile } from './profile-catalog';
import { insertPublishedProfile, publishedProfileRow, writeSiteProfile } from './profile-repository';

/**
 * A profile this site may take: known here (shipped or published) and naming a
 * rule pack the site holds. Refused with the field it came from otherwise.
 */
export function requireProfile(db: ReadDb, profileId: string, field: string): ProfileEntry {
  const profile = findProfile(db, profileId);
  if (!profile) throw ApiError.because('VALIDATION', 'profiles.errors.unknownProfile', { profile: profileId }, field);
  if (!findCatalogPack(db, profile.rulePack)) throw ApiError.because('CONFLICT', 'profiles.errors.packMissing', { profile: profile.name.zh, pack: profile.rulePack }, field);
  return profile;
}

/**
 * The station lead (or head office's site record) sets the organisation the
 * site belongs to: its pack grades complaints filed from now on (a complaint
 * keeps the pack it was graded by), its templates and media categories apply.
 * Audited and queued, so head office learns the site's profile and pack.
 */
export function setSiteProfile(tx: WriteDb, profileId: string, userId: string | null, at: Date): Site & { demo: boolean } {
  const before = readSite(tx);
  if (!before) throw ApiError.because('NOT_FOUND', 'profiles.errors.noSite');
  const profile = requireProfile(tx, profileId, 'profileId');
  const version = writeSiteProfile(tx, profile.id, profile.rulePack);
  const after = readSite(tx)!;
  const { demo: _demo, ...payload } = after;
  recordChange(tx, {
    userId,
    at,
    action: 'site.setProfile',
    entity: 'site',
    entityId: after.siteId,
    entityVersion: version,
    before: { profileId: before.profileId, rulePack: before.rulePack },
    after: { profileId: after.profileId, rulePack: after.rulePack },
    syncPayload: payload,
  });
  return after;
}

type ReferenceItem = PullResponse['items'][number];

/**
 * A profile version head office published (reference kind `profile`): joins
 * the catalogue in the pull's transaction. A version already held is never
 * replaced: the same content again changes nothing; other content under a
 * held version is reported, not applied (head office must raise the version).
 */
export function applyPublishedProfile(tx: WriteDb, item: ReferenceItem, at: string): { unreadable?: string } {
  const parsed = profileSchema.safeParse(item.body);
  if (!parsed.success) return { unreadable: `组织配置 ${item.id} 第${item.version}版无法读取 / profile ${item.id} v${item.version} unreadable` };
  const profile = parsed.data;
  if (profile.id !== item.id) return { unreadable: `组织配置编号不符：${profile.id} ≠ ${item.id} / profile id mismatch` };
  const held = publishedProfileRow(tx, profile.id, profile.version);
  if (held) {
    if (held.body === JSON.stringify(profile)) return {};
    return { unreadable: `组织配置 ${profile.id} ${profile.version} 本机已有，内容不同，未替换 / profile ${profile.id} ${profile.version} already held with other content, not replaced` };
  }
  insertPublishedProfile(tx, { profile_id: profile.id, version: profile.version, body: JSON.stringify(profile), publishedVersion: item.version, receivedAt: at });
  // Audited, not queued: head office holds it already.
  recordEvent(tx, { userId: null, at: new Date(at), action: 'sync.applyProfile', entity: 'site_profile', entityId: `${profile.id}@${profile.version}`, detail: { publishedVersion: item.version } });
  return {};
}
