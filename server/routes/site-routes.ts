import type { FastifyInstance } from 'fastify';
import {
  MAX_BLOB_BYTES,
  PATHS,
  PROTOCOL_BASE,
  blobsMissingRequestSchema,
  enrolRequestSchema,
  pullQuerySchema,
  pushRequestSchema,
  sha256Hex,
  type PushAck,
} from '../../shared/sync/protocol';
import { authenticateDevice } from '../auth/device-auth';
import { parseBody, SyncHttpError } from '../http/errors';
import type { AppDeps } from '../app';
import { applyBatch } from '../services/apply-batch';
import { missingBlobs, storeBlob } from '../services/blobs';
import { enrol } from '../services/enrolment';
import { pullReference } from '../services/reference';
import { isUniqueViolation } from '../db/errors';

/** What a site calls: enrol once, then push, pull and upload blobs with its credential. */
export function registerSiteRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, now } = deps;

  app.post(PATHS.enrol, async (request) => enrol(db, parseBody(enrolRequestSchema, request.body), now()));

  app.post(PATHS.push, async (request) => {
    const device = await authenticateDevice(db, request);
    const batch = parseBody(pushRequestSchema, request.body);
    const ack = await retryOnceOnRace(() => applyBatch(db, device, batch, now()));
    deps.afterApply();
    return ack;
  });

  app.get(PATHS.pull, async (request) => {
    const device = await authenticateDevice(db, request);
    const { cursor } = parseBody(pullQuerySchema, request.query);
    return pullReference(db, device.siteId, cursor);
  });

  app.post(PATHS.blobsMissing, async (request) => {
    const device = await authenticateDevice(db, request);
    const { hashes } = parseBody(blobsMissingRequestSchema, request.body);
    return { missing: await missingBlobs(db, device.siteId, hashes) };
  });

  app.put<{ Params: { sha256: string } }>(`${PROTOCOL_BASE}/blobs/:sha256`, { bodyLimit: MAX_BLOB_BYTES }, async (request) => {
    const device = await authenticateDevice(db, request);
    const sha256 = parseBody(sha256Hex, request.params.sha256);
    if (!Buffer.isBuffer(request.body)) throw new SyncHttpError(415, 'unsupported_media_type', '图片须以 application/octet-stream 上传 / upload bytes as application/octet-stream');
    return storeBlob(db, device.siteId, sha256, request.body, now());
  });
}

/**
 * Two copies of the same batch arriving at once (a client retry racing its
 * own slow first attempt) both pass the "seen?" check on PostgreSQL; the
 * second then fails on the primary key. Running it again finds the first's
 * ack, which is the answer a resend gets.
 */
async function retryOnceOnRace(work: () => Promise<PushAck>): Promise<PushAck> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}
