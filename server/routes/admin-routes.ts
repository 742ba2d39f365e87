import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PATHS, PROTOCOL_BASE, createSiteRequestSchema, publishReferenceRequestSchema } from '../../shared/sync/protocol';
import { requireAdmin } from '../auth/device-auth';
import { parseBody } from '../http/errors';
import type { AppDeps } from '../app';
import { createSite, issueEnrolCode, revokeDevice } from '../services/enrolment';
import { makeEnrolmentFile } from '../services/enrolment-file';
import { enrolmentFileRequestSchema } from '../../shared/sync/enrolment-file';
import { publishReference } from '../services/reference';
import { MAX_TRANSFER_FILE_BYTES, importOutboxFile, transferImportResponse } from '../services/transfer-import';
import { SyncHttpError } from '../http/errors';
import { CONSOLE_PATHS, createConsoleUserRequestSchema } from '../../shared/sync/console-api';
import { consoleUserOf, createConsoleUser } from '../services/console-accounts';
import { registerAdminReportRoutes } from '../reports/routes';

// Route patterns are spelled out: PATHS' builders percent-encode their argument, ':id' included.
const idParam = z.object({ id: z.string().min(1).max(128) }).strict();

/** By the admin token: register sites, make enrolment files, revoke devices, publish reference data, create console accounts (the console's own API does the same by session). */
export function registerAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, now, adminTokenHash } = deps;
  app.addHook('onRequest', async (request) => requireAdmin(adminTokenHash, request));
  registerAdminReportRoutes(app, deps);

  app.post(PATHS.adminSites, async (request, reply) => {
    const created = await createSite(db, parseBody(createSiteRequestSchema, request.body), now());
    return reply.status(201).send(created);
  });

  app.post(`${PROTOCOL_BASE}/admin/sites/:id/enrol-codes`, async (request, reply) => {
    const { id } = parseBody(idParam, request.params);
    return reply.status(201).send(await issueEnrolCode(db, id, now()));
  });

  app.post(`${PROTOCOL_BASE}/admin/sites/:id/enrol-files`, async (request, reply) => {
    const { id } = parseBody(idParam, request.params);
    return reply.status(201).send(await makeEnrolmentFile(db, id, parseBody(enrolmentFileRequestSchema, request.body), now()));
  });

  app.post(`${PROTOCOL_BASE}/admin/devices/:id/revoke`, async (request) => {
    const { id } = parseBody(idParam, request.params);
    return revokeDevice(db, id, now());
  });

  app.post(PATHS.adminTransfers, { bodyLimit: MAX_TRANSFER_FILE_BYTES }, async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new SyncHttpError(415, 'unsupported_media_type', '数据文件须以 application/octet-stream 上传 / upload the file as application/octet-stream');
    const imported = transferImportResponse(await importOutboxFile(db, request.body, now()));
    deps.afterApply();
    return imported;
  });

  app.post(PATHS.adminReference, async (request, reply) => {
    const input = parseBody(publishReferenceRequestSchema, request.body);
    const { cursor } = await publishReference(db, input, now());
    return reply.status(201).send({ cursor });
  });

  app.post(CONSOLE_PATHS.adminConsoleUsers, async (request, reply) => {
    // The operator's way in (the first account especially): an administrator unless told otherwise.
    const input = parseBody(createConsoleUserRequestSchema, request.body);
    const user = await createConsoleUser(db, { ...input, admin: input.admin ?? true }, now());
    return reply.status(201).send({ user: consoleUserOf(user) });
  });
}
