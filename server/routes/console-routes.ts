import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CONSOLE_BASE, CONSOLE_PATHS, CONSOLE_SESSION_COOKIE, CONSOLE_SESSION_HOURS, signInRequestSchema, type ConsoleUser } from '../../shared/sync/console-api';
import { CONSOLE_PRIVACY_PATHS } from '../../shared/sync/console-privacy-api';
import { maskPersonalFields } from '../../shared/privacy/mask';
import type { AppDeps } from '../app';
import { clientAddress } from '../http/client-address';
import { readSessionCookie, setSessionCookie } from '../http/cookies';
import { parseBody } from '../http/errors';
import { registerConsoleNarrativeRoutes } from '../narrative-reports/routes';
import { registerNotificationRoutes } from '../notifications/routes';
import { registerConsolePrivacyRoutes } from '../privacy/routes';
import { registerConsoleReportRoutes } from '../reports/routes';
import { registerConsoleRiskRoutes } from '../risk-classes/routes';
import { registerConsoleSanctionRoutes } from '../sanctions/rollup';
import { sessionUser, signIn, signOut } from '../services/console-accounts';
import { registerConsoleChecklistRoutes, registerConsoleComplaintRoutes } from './console-record-routes';
import { registerConsoleSiteRoutes } from './console-site-routes';
import { registerConsoleStaffRoutes } from './console-staff-routes';

/** Console routes whose answers are not masked: each checks the right to see personal data in full itself. */
export const UNMASKED_CONSOLE_ROUTES: ReadonlySet<string> = new Set<string>([CONSOLE_PRIVACY_PATHS.reveal]);

const token = (request: FastifyRequest) => readSessionCookie(request, CONSOLE_SESSION_COOKIE);

/** The console's JSON API: sign in with a staff account, then everything else with the session cookie. */
export function registerConsoleRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerSessionRoutes(app, deps);
  // Everything else needs a session.
  void app.register(async (staff) => {
    const staffMember = checkSessions(staff, deps);
    staff.get(CONSOLE_PATHS.session, async (request) => sessionUser(deps.db, token(request), deps.now()));
    registerConsoleSiteRoutes(staff, deps, staffMember);
    registerConsoleComplaintRoutes(staff, deps, staffMember);
    registerConsoleStaffRoutes(staff, deps, { staffMember, token });
    registerNotificationRoutes(staff, deps, staffMember);
    registerConsoleReportRoutes(staff, deps, staffMember);
    registerConsoleSanctionRoutes(staff, deps);
    registerConsoleNarrativeRoutes(staff, deps);
    registerConsolePrivacyRoutes(staff, deps, staffMember);
    registerConsoleRiskRoutes(staff, deps);
    registerConsoleChecklistRoutes(staff, deps);
  });
}

/** Unauthenticated: signing in (a login and a password, so a small body limit) and out. */
function registerSessionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, now } = deps;
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
}

/**
 * The session scope's hooks: every request is checked against its session first, and every answer leaves
 * masked. Returns who made a request, for the routes that sign or authorise with it.
 */
function checkSessions(staff: FastifyInstance, deps: AppDeps): (request: FastifyRequest) => ConsoleUser {
  const staffOf = new WeakMap<FastifyRequest, ConsoleUser>();
  staff.addHook('onRequest', async (request) => {
    staffOf.set(request, (await sessionUser(deps.db, token(request), deps.now())).user);
  });
  // Personal fields leave head office masked in every console answer, whatever the route read (seed002 客户管理制度1
  // 第三十四条: the minimum data scope the job needs): masked here, so a new route is masked without doing anything.
  // Only the routes in UNMASKED_CONSOLE_ROUTES (the reveal, which checks the right and registers the view) are left alone.
  staff.addHook('preSerialization', async (request, _reply, payload) => (UNMASKED_CONSOLE_ROUTES.has(request.routeOptions.url ?? '') ? payload : maskPersonalFields(payload)));
  return (request) => {
    const user = staffOf.get(request);
    if (!user) throw new Error('console route without its session check');
    return user;
  };
}
