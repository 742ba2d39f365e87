import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CONSOLE_BASE, CONSOLE_PATHS, checklistsQuerySchema, complaintClassesQuerySchema, complaintsQuerySchema, writeRemarkRequestSchema, type ConsoleUser } from '../../shared/sync/console-api';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { complaintClasses } from '../services/complaint-classes';
import { checklistDetail } from '../services/console-checklist-detail';
import { checklistPhoto } from '../services/console-checklist-photos';
import { complaintDetail, listChecklists, listComplaints } from '../services/console-records';
import { writeComplaintRemark } from '../services/console-remarks';

const recordParams = z.object({ siteId: z.string().min(1).max(128), id: z.string().min(1).max(128) }).strict();
const photoParams = recordParams.extend({ attachmentId: z.string().min(1).max(128) }).strict();

/** 投诉: the sites' complaints, their classes and one complaint's detail, with head office's remarks on it. */
export function registerConsoleComplaintRoutes(staff: FastifyInstance, deps: AppDeps, staffMember: (request: FastifyRequest) => ConsoleUser): void {
  const { db, now } = deps;
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
}

/** 检查表: the sites' checklist records, one record's answers and its photos. */
export function registerConsoleChecklistRoutes(staff: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  staff.get(CONSOLE_PATHS.checklists, async (request) => {
    const query = parseBody(checklistsQuerySchema, request.query);
    return { ...(await listChecklists(db, query)), offset: query.offset, limit: query.limit };
  });

  staff.get(`${CONSOLE_BASE}/checklists/:siteId/:id`, async (request) => {
    const { siteId, id } = parseBody(recordParams, request.params);
    return checklistDetail(db, siteId, id);
  });

  // The image itself: bytes are not serialised, so the masking hook has nothing to mask (a photo holds no personal field).
  staff.get(`${CONSOLE_BASE}/checklists/:siteId/:id/photos/:attachmentId`, async (request, reply) => {
    const { siteId, id, attachmentId } = parseBody(photoParams, request.params);
    const photo = await checklistPhoto(db, siteId, id, attachmentId);
    // An attachment's content never changes (stored by its hash): the browser may keep it for the session's day.
    return reply.header('content-type', photo.mimeType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=86400').send(photo.bytes);
  });
}
