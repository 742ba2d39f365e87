import { timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { requestEnvelopeSchema, type ResponseEnvelope } from '../../shared/api/envelope';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

export const SECRET_HEADER = 'x-branchline-key';
export const MAX_BODY_BYTES = 1024 * 1024;

/** Types by extension; `text/javascript` is the registered type for scripts (RFC 9239). */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface BrowserBridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Per-launch secret; every API request must carry it in the `x-branchline-key` header. */
  secret: string;
}

/** A refusal with its HTTP status, answered as the API's error envelope. */
class BridgeError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Browser mode's transport: the renderer's static files, and `POST /api`
 * carrying the same request envelope as Electron IPC into the same dispatcher.
 * Listens on 127.0.0.1 only (the caller binds it); sends no CORS headers, so
 * other origins cannot read answers; refuses requests without the secret
 * before reading their body. Fastify parses the request line, headers and
 * body, and answers a malformed one (a bad percent-escape in the path, a
 * header Node refuses) with 400 without ending the process.
 */
export function createBrowserBridge(options: BrowserBridgeOptions): FastifyInstance {
  const secret = Buffer.from(options.secret);
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    // A malformed path (`GET /%E0%A4%A`) or an over-long parameter: the router's own refusals.
    frameworkErrors: (error, _request, reply) => sendError(reply, new BridgeError(400, 'VALIDATION', `请求地址无效 / malformed request: ${error.message}`)),
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new BridgeError(400, 'VALIDATION', '请求不是合法的 JSON / body is not valid JSON'), undefined);
    }
  });
  app.setErrorHandler((error: FastifyError | BridgeError, _request, reply) => sendError(reply, asBridgeError(error)));
  app.addHook('onSend', async (_request, reply) => {
    void reply.headers(SECURITY_HEADERS);
  });
  // Before any route, body or file: only our own loopback names (DNS rebinding), and the key for the API.
  app.addHook('onRequest', async (request) => {
    if (!hostAllowed(request.headers.host)) throw new BridgeError(421, 'UNAUTHENTICATED', 'host not allowed');
    if (request.url.split('?')[0] !== '/api') return;
    if (request.method !== 'POST') throw new BridgeError(405, 'NOT_FOUND', 'use POST');
    const given = Buffer.from(String(request.headers[SECRET_HEADER] ?? ''));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
      throw new BridgeError(401, 'UNAUTHENTICATED', '缺少或错误的访问密钥 / missing or wrong launch key');
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new BridgeError(415, 'VALIDATION', 'Content-Type must be application/json');
    }
  });

  app.post('/api', async (request, reply) => {
    const envelope = requestEnvelopeSchema.safeParse(request.body);
    if (!envelope.success) {
      const detail = envelope.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ');
      throw new BridgeError(400, 'VALIDATION', `请求格式错误 / malformed request: ${detail}`);
    }
    return sendJson(reply, 200, await options.dispatch(envelope.data));
  });
  registerRenderer(app, path.resolve(options.staticDir));
  return app;
}

/**
 * The built renderer; unknown paths get the app itself, so a reload on any screen works. Nothing outside the folder.
 * Compressed (issue 21 §3): the build writes a `.br` and a `.gz` beside each script, sheet and page
 * (scripts/precompress.mjs), and the file the browser's Accept-Encoding prefers is sent, with
 * `Vary: Accept-Encoding`; without one, the plain file. Hashed file names are kept a year
 * (`immutable`); index.html, which names them, is revalidated on every load (`no-cache`, ETag).
 */
function registerRenderer(app: FastifyInstance, root: string): void {
  void app.register(fastifyStatic, {
    root,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    etag: true,
    lastModified: false,
    dotfiles: 'deny',
    setHeaders: (reply, file) => {
      const served = plainName(file);
      void reply.header('content-type', MIME_TYPES[path.extname(served)] ?? 'application/octet-stream');
      void reply.header('cache-control', cachePolicy(served));
    },
  });
  // @fastify/static names a compressed file's type from its own table: ours is the one sent.
  app.addHook('onSend', async (request, reply) => {
    if (!reply.getHeader('content-encoding') || request.url.startsWith('/api')) return;
    const served = plainName(new URL(request.url, 'http://x').pathname);
    const type = MIME_TYPES[path.extname(served)] ?? MIME_TYPES['.html'];
    void reply.header('content-type', type);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new BridgeError(405, 'NOT_FOUND', 'method not allowed');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/** `x.js.br` → `x.js`: the file a compressed copy stands for. */
function plainName(file: string): string {
  return file.replace(/\.(br|gz)$/, '');
}

/** Vite names every built asset by its content hash; only index.html keeps its name from build to build. */
export function cachePolicy(file: string): string {
  return path.basename(file) === 'index.html' || path.extname(file) === '' ? 'no-cache' : 'public, max-age=31536000, immutable';
}

/** Only our own loopback names: a DNS-rebinding page on another name gets nothing. */
function hostAllowed(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost';
}

function asBridgeError(error: FastifyError | BridgeError): BridgeError {
  if (error instanceof BridgeError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new BridgeError(413, 'VALIDATION', `请求过大（上限 ${MAX_BODY_BYTES} 字节）/ body too large`);
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new BridgeError(415, 'VALIDATION', 'Content-Type must be application/json');
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return new BridgeError(status, 'VALIDATION', `请求无效 / bad request: ${error.message}`);
  return new BridgeError(500, 'INTERNAL', error.code === 'ENOENT' ? 'renderer not built: run npm run build' : 'internal error');
}

function sendError(reply: FastifyReply, error: BridgeError): FastifyReply {
  // A refused upload may still be arriving: closing lets the client read our answer rather than a reset mid-body.
  if (error.status === 413) void reply.header('connection', 'close');
  const body: ResponseEnvelope = { ok: false, error: { code: error.code, message: error.message } };
  return sendJson(reply, error.status, body);
}

function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.status(status).headers({ ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).send(JSON.stringify(body));
}
