import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import type { EnrolCodeResponse, EnrolRequest, EnrolResponse } from '../../shared/sync/protocol';
import { normaliseEnrolCode } from '../../shared/sync/enrolment-file';
import { hashSecret, newCredential, newEnrolCode } from '../auth/secrets';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';

/** How long an enrolment code stays usable. */
export const ENROL_CODE_TTL_MS = 7 * 24 * 3600 * 1000;

export async function createSite(db: Kysely<ServerDatabase>, input: { code: string; name: string }, now: Date): Promise<EnrolCodeResponse> {
  const code = input.code.toUpperCase();
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirst();
    if (taken) throw new SyncHttpError(409, 'conflict', `网点代码 ${code} 已存在 / site code ${code} already exists`);
    const siteId = newId();
    await trx.insertInto('sites').values({ id: siteId, code, name: input.name, created_at: now.toISOString() }).execute();
    return issueCode(trx, siteId, now);
  });
}

/** A fresh one-time code for an existing site (a replaced PC, a lost code). */
export async function issueEnrolCode(db: Kysely<ServerDatabase>, siteId: string, now: Date): Promise<EnrolCodeResponse> {
  return db.transaction().execute(async (trx) => {
    const site = await trx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst();
    if (!site) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
    return issueCode(trx, siteId, now);
  });
}

async function issueCode(trx: Kysely<ServerDatabase>, siteId: string, now: Date): Promise<EnrolCodeResponse> {
  const enrolCode = newEnrolCode();
  const expiresAt = new Date(now.getTime() + ENROL_CODE_TTL_MS).toISOString();
  await trx
    .insertInto('enrol_codes')
    .values({ code_hash: hashSecret(normaliseEnrolCode(enrolCode)), site_id: siteId, expires_at: expiresAt, used_at: null, created_at: now.toISOString() })
    .execute();
  return { siteId, enrolCode, expiresAt };
}

/** Spends a code (once: the conditional update is the lock) and creates the device with its credential. */
export async function enrol(db: Kysely<ServerDatabase>, input: EnrolRequest, now: Date): Promise<EnrolResponse> {
  return db.transaction().execute(async (trx) => {
    const enrolled = await spendCode(trx, { code: input.code, deviceName: input.deviceName }, now);
    if (!enrolled) throw new SyncHttpError(401, 'enrol_code_invalid', '登记码无效、已使用或已过期，请向总部索取新码 / enrolment code unknown, used or expired');
    const { site, deviceId, credential } = enrolled;
    return { siteId: site.id, siteCode: site.code, siteName: site.name, deviceId, credential };
  });
}

export interface SpentCode {
  site: { id: string; code: string; name: string };
  deviceId: string;
  credential: string;
  /** When the spent code would have expired (an enrolment file is refused after it). */
  codeExpiresAt: string;
}

/**
 * Inside the caller's transaction: marks the code used if it is unused and
 * unexpired (and of `siteId`, when given), and creates its site's device.
 * Null when the code cannot be spent; the caller says so in its own terms.
 */
export async function spendCode(trx: Kysely<ServerDatabase>, input: { code: string; deviceName: string; siteId?: string }, now: Date): Promise<SpentCode | null> {
  const at = now.toISOString();
  let update = trx
    .updateTable('enrol_codes')
    .set({ used_at: at })
    .where('code_hash', '=', hashSecret(normaliseEnrolCode(input.code)))
    .where('used_at', 'is', null)
    .where('expires_at', '>', at);
  if (input.siteId !== undefined) update = update.where('site_id', '=', input.siteId);
  const spent = await update.returning(['site_id', 'expires_at']).executeTakeFirst();
  if (!spent) return null;
  const site = await trx.selectFrom('sites').select(['id', 'code', 'name']).where('id', '=', spent.site_id).executeTakeFirstOrThrow();
  const deviceId = newId();
  const { credential, secretHash } = newCredential(deviceId);
  await trx
    .insertInto('devices')
    .values({ id: deviceId, site_id: site.id, name: input.deviceName, credential_hash: secretHash, enrolled_at: at, revoked_at: null, last_push_at: null, pending_after_batch: null, pending_reported_at: null })
    .execute();
  return { site, deviceId, credential, codeExpiresAt: spent.expires_at };
}

export async function revokeDevice(db: Kysely<ServerDatabase>, deviceId: string, now: Date): Promise<{ deviceId: string; revokedAt: string }> {
  return db.transaction().execute(async (trx) => {
    const device = await trx.selectFrom('devices').select(['id', 'revoked_at']).where('id', '=', deviceId).executeTakeFirst();
    if (!device) throw new SyncHttpError(404, 'not_found', '没有这个设备 / no such device');
    if (device.revoked_at) return { deviceId, revokedAt: device.revoked_at };
    const revokedAt = now.toISOString();
    await trx.updateTable('devices').set({ revoked_at: revokedAt }).where('id', '=', deviceId).execute();
    return { deviceId, revokedAt };
  });
}
