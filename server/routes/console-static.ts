import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { SyncHttpError } from '../http/errors';

export const CONSOLE_URL_PATH = '/console/';

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
 * /console/. Any path without a file extension answers index.html, so a
 * reload on a screen's address works. Nothing outside the folder is served.
 */
export function registerConsoleStatic(app: FastifyInstance, consoleDir: string): void {
  const root = path.resolve(consoleDir);
  app.get('/console', async (_request, reply) => reply.redirect(CONSOLE_URL_PATH));
  app.get('/console/*', async (request, reply) => {
    const wanted = decodeURIComponent((request.params as { '*': string })['*'] || 'index.html');
    let file = path.resolve(root, wanted);
    if (file !== root && !file.startsWith(root + path.sep)) throw new SyncHttpError(404, 'not_found', '没有这个文件 / no such file');
    if (!path.extname(file)) file = path.join(root, 'index.html');
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch {
      const hint = fs.existsSync(root) ? '' : '（总部控制台尚未构建，请先运行 npm run build / the console is not built: run npm run build）';
      throw new SyncHttpError(404, 'not_found', `没有这个文件${hint} / no such file: ${wanted}`);
    }
    return reply
      .header('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', file.endsWith('index.html') ? 'no-cache' : 'max-age=3600')
      .send(bytes);
  });
}
