import type { SiteBody, UserBody } from '../../../shared/sync/reference-bodies';
import type { WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import { findUserById, findUserIdByLogin, insertUser, updateUserFromHeadOffice } from '../users';
import { readSite } from '../site/site';
import { updateSiteFromHeadOffice } from './reference-repository';

/**
 * A person head office keeps on the site's staff list, by login: a new login
 * becomes an account with head office's first PIN hash; a known one takes
 * head office's name, roles, unit and active flag, and keeps the PIN the site
 * may have changed. Audited as head office's change (no user of this site
 * made it); an update is not queued back to head office, which holds it
 * already. A new account head office lists as disabled is created disabled,
 * so its audit row shows it as it is.
 */
export function applyUser(tx: WriteDb, body: UserBody, at: string): void {
  const existing = findUserIdByLogin(tx, body.login);
  const when = new Date(at);
  if (!existing) {
    insertUser(tx, { login: body.login, displayName: body.displayName, roles: body.roles, unit: body.unit ?? undefined, secretKind: body.secretKind, secretHash: body.secretHash, active: body.active }, null, when);
    return;
  }
  const before = findUserById(tx, existing)!;
  const version = updateUserFromHeadOffice(tx, existing, { displayName: body.displayName, roles: body.roles, unit: body.unit, active: body.active }, at);
  const after = findUserById(tx, existing)!;
  recordChange(tx, { userId: null, at: when, action: 'sync.applyUser', entity: 'user', entityId: existing, entityVersion: version, before, after, syncPayload: null });
}

/**
 * The site's name, organisation, rule pack and (if named) profile as head office keeps them. A new
 * pack grades the complaints filed from now on; a complaint already graded
 * keeps the pack and version it was graded by (complaints/grading.ts
 * recordGradingEnv), so nothing is re-graded.
 */
export function applySite(tx: WriteDb, body: SiteBody, at: string): void {
  const before = readSite(tx);
  if (!before) return; // a store not set up yet has no site to update
  const version = updateSiteFromHeadOffice(tx, body);
  const after = readSite(tx)!;
  recordChange(tx, { userId: null, at: new Date(at), action: 'sync.applySite', entity: 'site', entityId: after.siteId, entityVersion: version, before, after, syncPayload: null });
}
