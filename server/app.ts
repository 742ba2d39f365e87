import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { MAX_REQUEST_BYTES } from '../shared/sync/protocol';
import { hashSecret } from './auth/secrets';
import { SignInLimiter } from './auth/sign-in-limiter';
import type { ServerDatabase } from './db/schema';
import { installBodyParsers } from './http/body-parsers';
import { installErrorHandlers, SyncHttpError } from './http/errors';
import { DEFAULT_LIMITS, type ServerLimits } from './http/load-limits';
import { PushQueue } from './http/push-queue';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerConsoleRoutes } from './routes/console-routes';
import { registerConsoleStatic } from './routes/console-static';
import { registerSiteRoutes } from './routes/site-routes';
import type { NotificationMailer } from './notifications/mailer';

export interface AppOptions {
  db: Kysely<ServerDatabase>;
  /** Bearer token for /api/v1/admin/* (scripts, and creating the first console account). */
  adminToken: string;
  /** The built console (dist/console); served at /console/. */
  consoleDir?: string;
  now?: () => Date;
  logger?: boolean;
  /** Timeouts and the push queue's size; DEFAULT_LIMITS for what is not given (main.ts reads them from the environment). */
  limits?: Partial<ServerLimits>;
  /** Tests only: awaited before each push batch is applied, to make batches slow (the queue's tests). */
  beforeApplyingBatch?: () => Promise<void>;
  /** E-mail of notifications addressed to head office (server/notifications/mailer.ts); none when not set up. */
  mailer?: NotificationMailer | null;
}

export interface AppDeps {
  db: Kysely<ServerDatabase>;
  now: () => Date;
  adminTokenHash: string;
  /** Console sign-in attempts, per login and per client address, counted in the database. */
  signInLimiter: SignInLimiter;
  /** Told after every applied batch, so notifications to head office are mailed without waiting for a timer. */
  afterApply: () => void;
  /** Push batches applied at once and waiting (http/push-queue.ts). */
  pushQueue: PushQueue;
  beforeApplyingBatch?: () => Promise<void>;
}

/** The head-office HTTP app, without listening: tests drive it with `app.inject`. */
export function buildApp(options: AppOptions): FastifyInstance {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_REQUEST_BYTES,
    // fastify's defaults wait for ever: a client trickling its request a byte at a time held a connection (issue 24 item 2).
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: limits.timeoutCheckMs },
    // A malformed path (`/%E0%A4%A`): the router's refusal, in our error body.
    frameworkErrors: (error, _request, reply) => badRequest(reply, `请求地址无效 / malformed request: ${error.message}`),
  });
  const now = options.now ?? (() => new Date());
  const mailer = options.mailer ?? null;
  const afterApply = () => void mailer?.kick().catch(() => 0);
  const deps: AppDeps = {
    db: options.db,
    now,
    adminTokenHash: hashSecret(options.adminToken),
    signInLimiter: new SignInLimiter(options.db, now),
    afterApply,
    pushQueue: new PushQueue(limits.pushWorkers, limits.pushQueue, limits.retryAfterSeconds),
    ...(options.beforeApplyingBatch ? { beforeApplyingBatch: options.beforeApplyingBatch } : {}),
  };
  installErrorHandlers(app, limits.retryAfterSeconds);
  // Cookies parsed by the plugin: a malformed escape stays as it came (console-routes refuses it with a 400).
  void app.register(fastifyCookie);
  installBodyParsers(app);
  // Touches no database and waits for no queue: it stays answered while pushes wait their turn.
  app.get('/api/v1/health', async () => ({ ok: true }));
  registerSiteRoutes(app, deps);
  registerConsoleStatic(app, options.consoleDir ?? path.resolve('dist', 'console'));
  // Scoped: the console's session check must not run for site or admin routes.
  void app.register(async (staff) => registerConsoleRoutes(staff, deps));
  // Its own encapsulated scope, so the admin check runs only for admin routes.
  void app.register(async (admin) => registerAdminRoutes(admin, deps));
  return app;
}

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.status(400).send(new SyncHttpError(400, 'bad_request', message).toBody());
}
