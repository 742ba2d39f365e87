import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CONSOLE_BASE, CONSOLE_PATHS, referenceVersionsQuerySchema, type ConsoleUser } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS, siteListQuerySchema } from '../../shared/sync/console-lists-api';
import { enrolmentFileRequestSchema } from '../../shared/sync/enrolment-file';
import { createSiteRequestSchema, publishReferenceRequestSchema } from '../../shared/sync/protocol';
import type { AppDeps } from '../app';
import { parseBody, SyncHttpError } from '../http/errors';
import { listSitesPage } from '../services/console-lists';
import { listReferenceVersions, listSites } from '../services/console-sites';
import { createSite, issueEnrolCode, revokeDevice } from '../services/enrolment';
import { makeEnrolmentFile } from '../services/enrolment-file';
import { publishReference } from '../services/reference';
import { MAX_TRANSFER_FILE_BYTES, importOutboxFile, transferImportResponse } from '../services/transfer-import';

const idParam = z.object({ id: z.string().min(1).max(128) }).strict();

/** 站点: the sites, their enrolment (codes, files, revoking a device), USB transfers in, and the reference data published to them. */
export function registerConsoleSiteRoutes(staff: FastifyInstance, deps: AppDeps, staffMember: (request: FastifyRequest) => ConsoleUser): void {
  const { db, now } = deps;
  staff.get(CONSOLE_PATHS.sites, async () => ({ sites: await listSites(db) }));

  staff.get(CONSOLE_LIST_PATHS.sites, async (request) => {
    const query = parseBody(siteListQuerySchema, request.query);
    return { ...(await listSitesPage(db, query)), offset: query.offset, limit: query.limit };
  });

  staff.post(CONSOLE_PATHS.transfers, { bodyLimit: MAX_TRANSFER_FILE_BYTES }, async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new SyncHttpError(415, 'unsupported_media_type', '数据文件须以 application/octet-stream 上传 / upload the file as application/octet-stream');
    const imported = transferImportResponse(await importOutboxFile(db, request.body, now()));
    deps.afterApply();
    return imported;
  });

  staff.post(CONSOLE_PATHS.sites, async (request, reply) => reply.status(201).send(await createSite(db, parseBody(createSiteRequestSchema, request.body), now())));

  staff.post(`${CONSOLE_BASE}/sites/:id/enrol-codes`, async (request, reply) => {
    const { id } = parseBody(idParam, request.params);
    return reply.status(201).send(await issueEnrolCode(db, id, now()));
  });

  staff.post(`${CONSOLE_BASE}/sites/:id/enrol-files`, async (request, reply) => {
    const { id } = parseBody(idParam, request.params);
    return reply.status(201).send(await makeEnrolmentFile(db, id, parseBody(enrolmentFileRequestSchema, request.body), now()));
  });

  staff.post(`${CONSOLE_BASE}/devices/:id/revoke`, async (request) => revokeDevice(db, parseBody(idParam, request.params).id, now()));

  staff.get(CONSOLE_PATHS.reference, async (request) => ({ items: await listReferenceVersions(db, parseBody(referenceVersionsQuerySchema, request.query).kind) }));

  staff.post(CONSOLE_PATHS.reference, async (request, reply) => {
    const input = parseBody(publishReferenceRequestSchema, request.body);
    const user = staffMember(request);
    const { cursor } = await publishReference(db, input, now(), { name: user.displayName, userId: user.id });
    return reply.status(201).send({ cursor });
  });
}
