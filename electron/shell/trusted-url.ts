import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * "Is this URL our own renderer page?" — used for both the IPC sender check
 * and navigation blocking. No `electron` import: testable.
 *
 * Ours is app://branchline/index.html (or app://branchline/, which serves it;
 * see app-protocol.ts); query and hash are ignored (the renderer routes with
 * the hash). Any other scheme, host or file is not: not file:// (any file on
 * the disk), not another page of the same folder.
 */
export function isOwnUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '' && (parsed.pathname === '/index.html' || parsed.pathname === '/');
}
