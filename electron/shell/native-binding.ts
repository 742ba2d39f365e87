import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3's compiled addon must match the runtime's ABI, and
 * Electron's differs from Node's (which tests and browser mode use). In
 * development the start script builds an Electron-ABI copy here, leaving
 * node_modules built for Node; a packaged app needs no override because
 * electron-builder rebuilds node_modules/better-sqlite3 for Electron.
 *
 * Deliberately free of `electron` imports so it can be tested in plain Node.
 */
export const ELECTRON_NATIVE_BINDING = path.join('.native', 'electron', 'better_sqlite3.node');

export function electronNativeBinding(appPath: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appPath, ELECTRON_NATIVE_BINDING);
  return fs.existsSync(file) ? file : undefined;
}
