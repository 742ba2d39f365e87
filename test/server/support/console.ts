import type { FastifyInstance } from 'fastify';
import { CONSOLE_PATHS } from '../../../shared/sync/console-api';
import { admin } from './test-server';

export const STAFF = { login: 'zhang.hq', displayName: '张总部', password: 'correct horse battery' };

/** Creates the staff account through the admin endpoint and signs in: the cookie header for later calls. */
export async function signedInStaff(app: FastifyInstance): Promise<{ cookie: string }> {
  const created = await app.inject({ method: 'POST', url: CONSOLE_PATHS.adminConsoleUsers, headers: admin, payload: STAFF });
  if (created.statusCode !== 201) throw new Error(`create user: ${created.statusCode} ${created.body}`);
  const session = await app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login: STAFF.login, password: STAFF.password } });
  if (session.statusCode !== 200) throw new Error(`sign in: ${session.statusCode} ${session.body}`);
  return { cookie: String(session.headers['set-cookie']).split(';')[0]! };
}
