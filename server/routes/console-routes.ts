import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CONSOLE_BASE,
  CONSOLE_PATHS,
  CONSOLE_SESSION_COOKIE,
  CONSOLE_SESSION_HOURS,
  checklistsQuerySchema,
  complaintClassesQuerySchema,
  complaintsQuerySchema,
  referenceVersionsQuerySchema,
  signInRequestSchema,
  writeRemarkRequestSchema,
  type ConsoleUser,
} from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS, siteListQuerySchema } from '../../shared/sync/console-lists-api';
import { enrolmentFileRequestSchema } from '../../shared/sync/enrolment-file';
import { createSiteRequestSchema, publishReferenceRequestSchema } from '../../shared/sync/protocol';
import { maskPersonalFields } from '../../shared/privacy/mask';
import type { AppDeps } from '../app';
import { clientAddress } from '../http/client-address';
import { readSessionCookie, setSessionCookie } from '../http/cookies';
import { parseBody, SyncHttpError } from '../http/errors';
import { sessionUser, signIn, signOut } from '../services/console-accounts';
import { writeComplaintRemark } from '../services/console-remarks';
import { checklistDetail } from '../services/console-checklist-detail';
import { checklistPhoto } from '../services/console-checklist-photos';
import { complaintDetail, listChecklists, listComplaints } from '../services/console-records';
import { complaintClasses } from '../services/complaint-classes';
import { listSitesPage } from '../services/console-lists';
import { listReferenceVersions, listSites } from '../services/console-sites';
import { createSite, issueEnrolCode, revokeDevice } from '../services/enrolment';
import { makeEnrolmentFile } from '../services/enrolment-file';
import { publishReference } from '../services/reference';
import { MAX_TRANSFER_FILE_BYTES, importOutboxFile, transferImportResponse } from '../services/transfer-import';
import { registerConsoleStaffRoutes } from './console-staff-routes';
import { registerNotificationRoutes } from '../notifications/routes';
import { registerConsoleReportRoutes } from '../reports/routes';
import { registerConsoleSanctionRoutes } from '../sanctions/rollup';
import { registerConsoleNarrativeRoutes } from '../narrative-reports/routes';
import { registerConsolePrivacyRoutes } from '../privacy/routes';
import { CONSOLE_PRIVACY_PATHS } from '../../shared/sync/console-privacy-api';

const idParam = z.object({ id: z.string().min(1).max(128) }).strict();
const recordParams = z.object({ siteId: z.string().min(1).max(128), id: z.string().min(1).max(128) }).strict();
const photoParams = recordParams.extend({ attachmentId: z.string().min(1).max(128) }).strict();

/** Console routes whose answers are not masked: each checks the right to see personal data in full itself. */
export const UNMASKED_CONSOLE_ROUTES: ReadonlySet<string> = new Set<string>([CONSOLE_PRIVACY_PATHS.reveal]);

/** The console's JSON API: sign in with a staff account, then everything else with the session cookie. */
export function registerConsoleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, now } = deps;
  const token = (request: FastifyRequest) => readSessionCookie(request, CONSOLE_SESSION_COOKIE);
  // Who made each request, from the session check (the hook below), for the routes that sign or authorise with it.
  const staffOf = new WeakMap<FastifyRequest, ConsoleUser>();
  const staffMember = (request: FastifyRequest): ConsoleUser => {
    const user = staffOf.get(request);
    if (!user) throw new Error('console route without its session check');
    return user;
  };

  // Unauthenticated: a login and a password, so a small body limit.
  app.post(CONSOLE_PATHS.session, { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const session = await signIn(db, parseBody(signInRequestSchema, request.body), { limiter: deps.signInLimiter, address: clientAddress(request) }, now());
    setSessionCookie(request, reply, CONSOLE_SESSION_COOKIE, session.token, CONSOLE_SESSION_HOURS * 3600, CONSOLE_BASE);
    return { user: session.user, expiresAt: session.expiresAt };
  });

  app.delete(CONSOLE_PATHS.session, async (request, reply) => {
    await signOut(db, token(request));
    setSessionCookie(request, reply, CONSOLE_SESSION_COOKIE, '', 0, CONSOLE_BASE);
    return { ok: true };
  });

  // Everything below needs a session.
  void app.register(async (staff) => {
    staff.addHook('onRequest', async (request) => {
      staffOf.set(request, (await sessionUser(db, token(request), now())).user);
    });
    // Personal fields leave head office masked in every console answer, whatever the route read (seed002 客户管理制度1
    // 第三十四条: the minimum data scope the job needs): masked here, so a new route is masked without doing anything.
    // Only the routes in UNMASKED_CONSOLE_ROUTES (the reveal, which checks the right and registers the view) are left alone.
    staff.addHook('preSerialization', async (request, _reply, payload) =>
      UNMASKED_CONSOLE_ROUTES.has(request.routeOptions.url ?? '') ? payload : maskPersonalFields(payload),
    );

    staff.get(CONSOLE_PATHS.session, async (request) => sessionUser(db, token(request), now()));

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

    staff.get(CONSOLE_PATHS.complaints, async (request) => {
      const query = parseBody(complaintsQuerySchema, request.query);
      return { ...(await listComplaints(db, query, now())), offset: query.offset, limit: query.limit };
    });

    staff.get(CONSOLE_PATHS.complaintClasses, async (request) => ({ classes: await complaintClasses(db, parseBody(complaintClassesQuerySchema, request.query).siteId) }));

    staff.get(`${CONSOLE_BASE}/complaints/:siteId/:id`, async (request) => {
      const { siteId, id } = parseBody(recordParams, request.params);
      return complaintDetail(db, siteId, id, now());
    });

    staff.post(`${CONSOLE_BASE}/complaints/:siteId/:id/remarks`, async (request, reply) => {
      const { siteId, id } = parseBody(recordParams, request.params);
      const written = await writeComplaintRemark(db, { siteId, complaintId: id }, parseBody(writeRemarkRequestSchema, request.body), staffMember(request), now());
      return reply.status(201).send(written);
    });

    registerConsoleStaffRoutes(staff, deps, { staffMember, token });
    registerNotificationRoutes(staff, deps, staffMember);
    registerConsoleReportRoutes(staff, deps, staffMember);
    registerConsoleSanctionRoutes(staff, deps);
    registerConsoleNarrativeRoutes(staff, deps);
    registerConsolePrivacyRoutes(staff, deps, staffMember);

    staff.get(CONSOLE_PATHS.checklists, async (request) => {
      const query = parseBody(checklistsQuerySchema, request.query);
      return { ...(await listChecklists(db, query)), offset: query.offset, limit: query.limit };
    });

    staff.get(`${CONSOLE_BASE}/checklists/:siteId/:id`, async (request) => {
      const { siteId, id } = parseBody(recordParams, request.params);
      return checklistDetail(db, siteId, id);
    });

    // The image itself: bytes are not serialised, so the masking hook above has nothing to mask (a photo holds no personal field).
    staff.get(`${CONSOLE_BASE}/checklists/:siteId/:id/photos/:attachmentId`, async (request, reply) => {
      const { siteId, id, attachmentId } = parseBody(photoParams, request.params);
      const photo = await checklistPhoto(db, siteId, id, attachmentId);
      // An attachment's content never changes (stored by its hash): the browser may keep it for the session's day.
      return reply.header('content-type', photo.mimeType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=86400').send(photo.bytes);
    });
  });
}
