import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the test "is this URL our own renderer file?" — used for both the
 * IPC sender check and navigation blocking. No `electron` import: testable.
 *
 * A URL is ours when it is a `file:` URL whose path is the
 * renderer's index.html (as given, or with symlinks resolved); query and hash
 * are ignored (the renderer routes with the hash). Comparing decoded paths
 * rather than URL strings avoids false refusals from percent-encoding
 * differences (non-ASCII or spaces in the install path).
 */
export function createOwnUrlCheck(indexHtml: string): (url: string) => boolean {
  // Windows paths are case-insensitive (and Chromium may spell the drive letter differently).
  const normalize = (p: string) => {
    const resolved = path.resolve(p);
    return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
  };
  const allowed = new Set<string>([normalize(indexHtml)]);
  try {
    allowed.add(normalize(fs.realpathSync(indexHtml)));
  } catch {
    // Not built yet (tests) — the given path alone is the allowed one.
  }

  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'file:') return false;
    parsed.hash = '';
    parsed.search = '';
    let file: string;
    try {
      file = fileURLToPath(parsed); // throws for a host on POSIX; on Windows a host is a UNC path
    } catch {
      return false;
    }
    return allowed.has(normalize(file));
  };
}
