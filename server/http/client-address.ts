import type { FastifyRequest } from 'fastify';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The browser's address, for counting failed sign-ins per client. The server
 * listens on 127.0.0.1 by default, reached from other machines only through
 * a reverse proxy on the same machine (README), so a loopback peer is that
 * proxy: the client is the last X-Forwarded-For hop, the one the proxy itself
 * appended (nginx: `proxy_set_header X-Forwarded-For
 * $proxy_add_x_forwarded_for`); hops before it are whatever the client sent.
 * From any other peer the header is not believed: it could be made up to
 * escape the count.
 */
export function clientAddress(request: FastifyRequest): string {
  const peer = request.socket.remoteAddress ?? request.ip;
  if (!LOOPBACK.test(peer)) return peer;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((hop) => hop.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? peer;
}
