import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { hashSecret, sameHash, splitCredential } from './secrets';

export interface DeviceIdentity {
  deviceId: string;
  /** The only source of a request's site: never the body. */
  siteId: string;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([^\s]{1,300})$/.exec(header.trim());
  return match ? match[1]! : null;
}

const UNAUTHORIZED = () => new SyncHttpError(401, 'unauthorized', '设备凭证缺失或无效，请重新登记 / missing or invalid device credential');

/** 401 for a missing or wrong credential, 403 for one head office revoked. */
export async function authenticateDevice(db: Kysely<ServerDatabase>, request: FastifyRequest): Promise<DeviceIdentity> {
  const token = bearerToken(request);
  const parts = token ? splitCredential(token) : null;
  if (!parts) throw UNAUTHORIZED();
  const device = await db.selectFrom('devices').select(['id', 'site_id', 'credential_hash', 'revoked_at']).where('id', '=', parts.deviceId).executeTakeFirst();
  if (!device || !sameHash(device.credential_hash, hashSecret(parts.secret))) throw UNAUTHORIZED();
  if (device.revoked_at !== null) throw new SyncHttpError(403, 'device_revoked', '总部已吊销此设备的凭证，请联系总部 / head office revoked this device');
  return { deviceId: device.id, siteId: device.site_id };
}

/** Scripts and the first console account, by the one admin token (staff use console accounts). */
export function requireAdmin(adminTokenHash: string, request: FastifyRequest): void {
  const token = bearerToken(request);
  if (!token || !sameHash(adminTokenHash, hashSecret(token))) {
    throw new SyncHttpError(401, 'unauthorized', '需要总部管理令牌 / head-office admin token required');
  }
}
