import type { FastifyReply, FastifyRequest } from 'fastify';
import { SyncHttpError } from './errors';

/** What our session tokens look like (32 random bytes, base64url); anything else in the cookie is not ours. */
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The session token from its cookie (parsed by @fastify/cookie, registered in
 * app.ts), or null when there is none. A cookie of that name holding
 * anything but a token (a malformed escape, a made-up value) is a 400: it
 * cannot be a session this server gave.
 */
export function readSessionCookie(request: FastifyRequest, name: string): string | null {
  const value = request.cookies[name];
  if (value === undefined || value === '') return null;
  if (!TOKEN.test(value)) throw new SyncHttpError(400, 'bad_request', '会话 Cookie 格式不对，请重新登录 / malformed session cookie: sign in again');
  return value;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it, which with JSON-only bodies is the CSRF defence), Secure when the
 * reverse proxy says the browser came over HTTPS.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, maxAgeSeconds: number, path: string): void {
  const secure = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim() === 'https';
  void reply.setCookie(name, value, { path, maxAge: maxAgeSeconds, httpOnly: true, sameSite: 'strict', secure });
}
