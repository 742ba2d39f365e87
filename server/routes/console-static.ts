import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { SyncHttpError } from '../http/errors';

export const CONSOLE_URL_PATH = '/console/';

/** Types by extension; `text/javascript` is the registered type for scripts (RFC 9239). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The console's built files (vite.console.config.ts → dist/console) at
 * /console/, served by @fastify/static (which keeps every path inside the
 * folder). Any path without a file extension answers index.html, so a reload
 * on a screen's address works; a missing file is a 404. A path still
 * holding a `%` once decoded (`%252e%252e`, `%25E0%25A4%25A`) is no name the
 * build makes: a 400, like a malformed one (the app's frameworkErrors).
 */
export function registerConsoleStatic(app: FastifyInstance, consoleDir: string): void {
  const root = path.resolve(consoleDir);
  app.get('/console', async (_request, reply) => reply.redirect(CONSOLE_URL_PATH));
  void app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request) => {
        if (safeDecode(request.url.split('?')[0]!).includes('%')) {
          throw new SyncHttpError(400, 'bad_request', '地址经过重复编码 / the path is encoded twice');
        }
      });
      await scope.register(fastifyStatic, {
        root,
        index: ['index.html'],
        cacheControl: false,
        etag: false,
        lastModified: false,
        dotfiles: 'deny',
        redirect: false,
        suppressWarning: true,
        setHeaders: (reply, file) => {
          void reply.headers({
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
            'cache-control': file.endsWith('index.html') ? 'no-cache' : 'max-age=3600',
          });
        },
      });
      scope.setNotFoundHandler(async (request, reply) => {
        const wanted = request.url.split('?')[0]!;
        if (path.extname(wanted) === '' && fs.existsSync(path.join(root, 'index.html'))) return reply.sendFile('index.html');
        const hint = fs.existsSync(root) ? '' : '（总部控制台尚未构建，请先运行 npm run build / the console is not built: run npm run build）';
        throw new SyncHttpError(404, 'not_found', `没有这个文件${hint} / no such file: ${wanted}`);
      });
      // A path leaving the folder (`/console/%2e%2e/x`) is, to a browser, simply not there.
      scope.setErrorHandler(async (error: FastifyError) => {
        if (error.code === 'FST_STATIC_FORBIDDEN_PATH') throw new SyncHttpError(404, 'not_found', '没有这个文件 / no such file');
        throw error;
      });
    },
    { prefix: CONSOLE_URL_PATH },
  );
}

/** The path decoded once, as the router does; a malformed one is left to the router's 400. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
