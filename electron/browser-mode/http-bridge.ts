import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { requestEnvelopeSchema, type ResponseEnvelope } from '../../shared/api/envelope';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

export const SECRET_HEADER = 'x-branchline-key';
export const MAX_BODY_BYTES = 1024 * 1024;

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

/**
 * Browser mode's transport: the renderer's static files, and `POST /api`
 * carrying the same request envelope as Electron IPC into the same dispatcher.
 * Listens on 127.0.0.1 only (the caller binds it); sends no CORS headers, so
 * other origins cannot read answers; refuses requests without the secret.
 */
export function createBrowserBridge(options: BrowserBridgeOptions): http.Server {
  const secret = Buffer.from(options.secret);
  const root = path.resolve(options.staticDir);

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req.headers.host)) return sendJson(res, 421, apiError('UNAUTHENTICATED', 'host not allowed'));
    if (url.pathname === '/api') {
      if (req.method !== 'POST') return sendJson(res, 405, apiError('NOT_FOUND', 'use POST'));
      const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ''));
      if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
        req.resume();
        return sendJson(res, 401, apiError('UNAUTHENTICATED', '缺少或错误的访问密钥 / missing or wrong launch key'));
      }
      return void handleApi(req, res, options.dispatch);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, apiError('NOT_FOUND', 'method not allowed'));
    serveStatic(root, url.pathname, res);
  });
}

/** Only our own loopback names: a DNS-rebinding page on another name gets nothing. */
function hostAllowed(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost';
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, dispatch: Dispatch): Promise<void> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    req.resume();
    return sendJson(res, 415, apiError('VALIDATION', 'Content-Type must be application/json'));
  }
  let body: string;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch {
    res.setHeader('connection', 'close');
    return sendJson(res, 413, apiError('VALIDATION', `请求过大（上限 ${MAX_BODY_BYTES} 字节）/ body too large`));
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return sendJson(res, 400, apiError('VALIDATION', '请求不是合法的 JSON / body is not valid JSON'));
  }
  const envelope = requestEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return sendJson(res, 400, apiError('VALIDATION', `请求格式错误 / malformed request: ${envelope.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`));
  }
  sendJson(res, 200, await dispatch(envelope.data));
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body but keep reading it, so the client gets our 413 rather than a reset.
        req.off('data', onData);
        req.resume();
        reject(new Error('too large'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  let file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return sendJson(res, 404, apiError('NOT_FOUND', 'not found'));
  // Unknown paths get the app itself, so a reload on any screen works.
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  fs.readFile(file, (error, data) => {
    if (error) return sendJson(res, 500, apiError('INTERNAL', 'renderer not built: run npm run build'));
    const isIndex = file.endsWith('index.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    res.end(data);
  });
}

function apiError(code: ApiErrorCode, message: string): ResponseEnvelope {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
