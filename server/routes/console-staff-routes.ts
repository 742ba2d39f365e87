import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CONSOLE_BASE, CONSOLE_PATHS, createStaffRequestSchema, resetPasswordRequestSchema, staffAccessRequestSchema, type ConsoleUser } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS, staffListQuerySchema } from '../../shared/sync/console-lists-api';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { listStaffPage } from '../services/console-lists';
import { createStaff, listStaff, requireConsoleAdmin, resetPassword, setAccess } from '../services/console-staff';

const idParam = z.object({ id: z.string().min(1).max(128) }).strict();

/** 人员/账号: staff accounts, for console administrators; registered inside the console's session scope. */
export function registerConsoleStaffRoutes(
  staff: FastifyInstance,
  deps: AppDeps,
  session: { staffMember(request: FastifyRequest): ConsoleUser; token(request: FastifyRequest): string | null },
): void {
  const { db, now } = deps;
  const admin = (request: FastifyRequest): ConsoleUser => {
    const user = session.staffMember(request);
    requireConsoleAdmin(user);
    return user;
  };

  staff.get(CONSOLE_PATHS.staff, async (request) => {
    admin(request);
    return { accounts: await listStaff(db) };
  });

  staff.get(CONSOLE_LIST_PATHS.staff, async (request) => {
    admin(request);
    const query = parseBody(staffListQuerySchema, request.query);
    return { ...(await listStaffPage(db, query)), offset: query.offset, limit: query.limit };
  });

  staff.post(CONSOLE_PATHS.staff, async (request, reply) => {
    admin(request);
    return reply.status(201).send({ account: await createStaff(db, parseBody(createStaffRequestSchema, request.body), now()) });
  });

  staff.post(`${CONSOLE_BASE}/staff/:id/password`, async (request) => {
    admin(request);
    const { id } = parseBody(idParam, request.params);
    return { account: await resetPassword(db, id, parseBody(resetPasswordRequestSchema, request.body).password, session.token(request)) };
  });

  staff.post(`${CONSOLE_BASE}/staff/:id/access`, async (request) => {
    const user = admin(request);
    const { id } = parseBody(idParam, request.params);
    return { account: await setAccess(db, user, id, parseBody(staffAccessRequestSchema, request.body), now()) };
  });
}
