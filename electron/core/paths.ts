import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME } from './db/store';

/**
 * Where the database lives when nobody says otherwise: the per-user
 * application-data folder (the same place Electron's `userData` points to),
 * never the install folder, so upgrades and reinstalls keep the data.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Branchline');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Branchline');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Branchline');
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}
