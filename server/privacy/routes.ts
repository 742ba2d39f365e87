import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ConsoleUser } from '../../shared/sync/console-api';
import { CONSOLE_PRIVACY_PATHS, exportRequestSchema, registerQuerySchema, revealRequestSchema } from '../../shared/sync/console-privacy-api';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { requireConsoleAdmin } from '../services/console-staff';
import { listRegister, registerExport, revealRecord } from './personal-access';

/** The console's personal-data routes, inside its session scope (server/routes/console-routes.ts). */
export function registerConsolePrivacyRoutes(staff: FastifyInstance, deps: AppDeps, staffMember: (request: FastifyRequest) => ConsoleUser): void {
  const { db, now } = deps;
  staff.post(CONSOLE_PRIVACY_PATHS.reveal, async (request) => revealRecord(db, staffMember(request), parseBody(revealRequestSchema, request.body), now()));
  staff.post(CONSOLE_PRIVACY_PATHS.exports, async (request, reply) =>
    reply.status(201).send({ entry: await registerExport(db, staffMember(request), parseBody(exportRequestSchema, request.body), now()) }),
  );
  // The register is read by the administrators who grant the right (they audit its use), not by every member.
  staff.get(CONSOLE_PRIVACY_PATHS.register, async (request) => {
    requireConsoleAdmin(staffMember(request));
    return { entries: await listRegister(db, parseBody(registerQuerySchema, request.query), now()) };
  });
}
