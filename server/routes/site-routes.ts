import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  MAX_BLOB_BYTES,
  PATHS,
  PROTOCOL_BASE,
  blobsMissingRequestSchema,
  enrolRequestSchema,
  pullQuerySchema,
  pushRequestSchema,
  sha256Hex,
} from '../../shared/sync/protocol';
import { authenticateDevice, type DeviceIdentity } from '../auth/device-auth';
import type { BodyConfig } from '../http/body-parsers';
import { UploadSlots } from '../http/upload-slots';
import type { PushTicket } from '../http/push-queue';
import { parseBody, SyncHttpError } from '../http/errors';
import { sendJsonText } from '../http/compressed-reply';
import type { AppDeps } from '../app';
import { applyBatch } from '../services/apply-batch';
import { missingBlobs, storeBlob } from '../services/blobs';
import { enrol } from '../services/enrolment';
import { pullReferenceJson } from '../services/reference';

/** Enrolment carries a code and a device name: a few hundred bytes. Unauthenticated, so its body stays small. */
const ENROL_BODY_LIMIT = 16 * 1024;

/**
 * What a site calls: enrol once, then push, pull and upload blobs with its
 * credential. The credential is checked in each route's onRequest hook, from
 * the headers alone, before any body is read or decompressed; then the
 * device takes one of its upload slots (UploadSlots) for the body's time.
 */
export function registerSiteRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, now } = deps;
  const devices = new WeakMap<FastifyRequest, DeviceIdentity>();
  const uploads = new UploadSlots();
  const deviceOf = (request: FastifyRequest): DeviceIdentity => {
    const device = devices.get(request);
    if (!device) throw new Error('site route without its credential check');
    return device;
  };
  const tickets = new WeakMap<FastifyRequest, PushTicket>();
  const authenticated = (withBody: boolean, body: BodyConfig = {}, queued = false) => ({
    config: body,
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      const device = await authenticateDevice(db, request);
      // Admitted to the push queue before its body is read: a 503 when full costs no upload.
      if (queued) tickets.set(request, deps.pushQueue.admit(reply));
      if (withBody) uploads.take(device.deviceId, reply);
      devices.set(request, device);
    },
  });

  app.post(PATHS.enrol, { bodyLimit: ENROL_BODY_LIMIT }, async (request) => enrol(db, parseBody(enrolRequestSchema, request.body), now()));

  app.post(PATHS.push, authenticated(true, { gzip: true }, true), async (request, reply) => {
    // From here on the wait is head office's (its turn in the queue, then the work), not the link's.
    const received = performance.now();
    const batch = parseBody(pushRequestSchema, request.body);
    const ticket = tickets.get(request);
    if (!ticket) throw new Error('push route without its place in the queue');
    const ack = await ticket.run(async () => {
      await deps.beforeApplyingBatch?.();
      return applyBatch(db, deviceOf(request), batch, now());
    });
    deps.afterApply();
    // The client sizes its batches by the link's time alone (electron/core/sync/batch-size.ts).
    void reply.header('server-timing', `app;dur=${(performance.now() - received).toFixed(1)}`);
    return ack;
  });

  // Only what was published after the site's cursor, compressed when the site accepts it (templates are ~200 KB as JSON).
  app.get(PATHS.pull, authenticated(false), async (request, reply) => {
    const { cursor } = parseBody(pullQuerySchema, request.query);
    return sendJsonText(request, reply, await pullReferenceJson(db, deviceOf(request).siteId, cursor));
  });

  app.post(PATHS.blobsMissing, authenticated(true, { gzip: true }), async (request) => {
    const { hashes } = parseBody(blobsMissingRequestSchema, request.body);
    return { missing: await missingBlobs(db, deviceOf(request).siteId, hashes) };
  });

  app.put<{ Params: { sha256: string } }>(
    `${PROTOCOL_BASE}/blobs/:sha256`,
    { bodyLimit: MAX_BLOB_BYTES, ...authenticated(true, { gzip: true, decompressedLimit: MAX_BLOB_BYTES }) },
    async (request) => {
      const sha256 = parseBody(sha256Hex, request.params.sha256);
      if (!Buffer.isBuffer(request.body)) throw new SyncHttpError(415, 'unsupported_media_type', '图片须以 application/octet-stream 上传 / upload bytes as application/octet-stream');
      return storeBlob(db, deviceOf(request).siteId, sha256, request.body, now());
    },
  );
}
