import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

/*
 * The renderer is served from app://branchline/ instead of file:// (issue 18
 * §2): a page with its own origin (not every file on the disk), and response
 * headers (the CSP) on every file. No `electron` import here, so the request
 * handling is tested in plain Node; main.ts registers it.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'branchline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready` (protocol.registerSchemesAsPrivileged):
 * - standard: URLs resolve like http (relative paths, an origin);
 * - secure: a secure context, as https would be;
 * - supportFetchAPI and corsEnabled: Vite's module scripts and CSS carry
 *   `crossorigin`, i.e. are fetched in CORS mode, which Chromium allows only
 *   for schemes marked so; same-origin only, as no response allows another.
 * Not bypassCSP, not allowServiceWorkers, not stream.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

/** Headers on every answer. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export type AppRequestTarget = { file: string; contentType: string } | { status: 400 | 404 | 405 };

/**
 * Which file under `rootDir` an app:// request names, or why none: another
 * host, a method other than GET/HEAD, a path that does not decode or leaves
 * the folder (`..`, an encoded slash or backslash, NUL), or a type we do not
 * serve. `/` is index.html.
 */
export function resolveAppRequest(url: string, method: string, rootDir: string): AppRequestTarget {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (/[\\\0]/.test(pathname) || pathname.split('/').includes('..')) return { status: 400 };
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return { status: 400 };
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { file, contentType } : { status: 404 };
}

/** The handler protocol.handle('app', …) runs: the file with its type and the headers above, or a bare status. */
export function createAppProtocolHandler(rootDir: string, readFile: (file: string) => Promise<Buffer> = (file) => fs.readFile(file)): (request: Request) => Promise<Response> {
  return async (request) => {
    const target = resolveAppRequest(request.url, request.method, rootDir);
    if ('status' in target) return new Response(null, { status: target.status, headers: APP_RESPONSE_HEADERS });
    let body: Buffer;
    try {
      body = await readFile(target.file);
    } catch {
      return new Response(null, { status: 404, headers: APP_RESPONSE_HEADERS });
    }
    const headers = { ...APP_RESPONSE_HEADERS, 'Content-Type': target.contentType };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
