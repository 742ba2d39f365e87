import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { MAX_REQUEST_BYTES } from '../shared/sync/protocol';
import { hashSecret } from './auth/secrets';
import type { ServerDatabase } from './db/schema';
import { installBodyParsers } from './http/body-parsers';
import { installErrorHandlers } from './http/errors';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerSiteRoutes } from './routes/site-routes';

export interface AppOptions {
  db: Kysely<ServerDatabase>;
  /** Head-office staff's bearer token (the console comes later). */
  adminToken: string;
  now?: () => Date;
  logger?: boolean;
}

export interface AppDeps {
  db: Kysely<ServerDatabase>;
  now: () => Date;
  adminTokenHash: string;
}

/** The head-office HTTP app, without listening: tests drive it with `app.inject`. */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_REQUEST_BYTES });
  const deps: AppDeps = { db: options.db, now: options.now ?? (() => new Date()), adminTokenHash: hashSecret(options.adminToken) };
  installErrorHandlers(app);
  installBodyParsers(app);
  app.get('/api/v1/health', async () => ({ ok: true }));
  registerSiteRoutes(app, deps);
  // Its own encapsulated scope, so the admin check runs only for admin routes.
  void app.register(async (admin) => registerAdminRoutes(admin, deps));
  return app;
}
