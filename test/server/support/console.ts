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

/**
 * A second, non-administrator staff member created by the administrator (signedInStaff's cookie), holding the
 * right to see personal data in full when `personalReadFull`; signed in: the cookie header for later calls.
 */
export async function signedInMember(app: FastifyInstance, adminCookie: string, login: string, personalReadFull: boolean): Promise<{ cookie: string; id: string }> {
  const password = `${login}-password-2026`;
  const created = await app.inject({ method: 'POST', url: CONSOLE_PATHS.staff, headers: { cookie: adminCookie }, payload: { login, displayName: `员工${login}`, password, admin: false } });
  if (created.statusCode !== 201) throw new Error(`create staff: ${created.statusCode} ${created.body}`);
  const { id } = (created.json() as { account: { id: string } }).account;
  if (personalReadFull) {
    const granted = await app.inject({ method: 'POST', url: CONSOLE_PATHS.staffAccess(id), headers: { cookie: adminCookie }, payload: { personalReadFull: true } });
    if (granted.statusCode !== 200) throw new Error(`grant: ${granted.statusCode} ${granted.body}`);
  }
  const session = await app.inject({ method: 'POST', url: CONSOLE_PATHS.session, payload: { login, password } });
  if (session.statusCode !== 200) throw new Error(`sign in: ${session.statusCode} ${session.body}`);
  return { cookie: String(session.headers['set-cookie']).split(';')[0]!, id };
}
