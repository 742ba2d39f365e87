import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ConsoleUser } from '../../shared/sync/console-api';
import { CONSOLE_NOTIFICATION_PATHS, notificationsQuerySchema } from '../../shared/sync/console-notifications';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { acknowledgeNotification, listNotifications } from './console-notifications';

const params = z.object({ siteId: z.string().min(1).max(128), id: z.string().min(1).max(128) }).strict();

/** The console's notification routes, inside its session scope (server/routes/console-routes.ts). */
export function registerNotificationRoutes(staff: FastifyInstance, deps: AppDeps, staffMember: (request: FastifyRequest) => ConsoleUser): void {
  staff.get(CONSOLE_NOTIFICATION_PATHS.list, async (request) => {
    const query = parseBody(notificationsQuerySchema, request.query);
    return { ...(await listNotifications(deps.db, query, deps.now())), offset: query.offset, limit: query.limit };
  });

  staff.post(`${CONSOLE_NOTIFICATION_PATHS.list}/:siteId/:id/acknowledge`, async (request) => {
    const target = parseBody(params, request.params);
    return acknowledgeNotification(deps.db, target, staffMember(request), deps.now());
  });
}
