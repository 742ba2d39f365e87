import type { FastifyReply, FastifyRequest } from 'fastify';

/** One cookie's value from the request, or null (no cookie plugin needed for one cookie). */
export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it, which with JSON-only bodies is the CSRF defence), Secure when the
 * reverse proxy says the browser came over HTTPS.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, maxAgeSeconds: number, path: string): void {
  const secure = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim() === 'https';
  const attributes = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  void reply.header('set-cookie', attributes.join('; '));
}
