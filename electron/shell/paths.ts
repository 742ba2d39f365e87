import path from 'node:path';

/** The name of the per-user data folder and of the app (`app.setName`). */
export const APP_NAME = 'Branchline';
export const WINDOW_TITLE = 'Branchline 网点客诉与现场检查';

export interface ShellPaths {
  /** dist/electron/preload.cjs */
  preload: string;
  /** dist/renderer: what app://branchline/ serves (app-protocol.ts). */
  rendererDir: string;
}

/**
 * Where the built files sit relative to the built main process
 * (`dist/electron/main.cjs`, whose `__dirname` is passed in).
 * Also valid inside app.asar.
 */
export function shellPaths(distElectronDir: string): ShellPaths {
  return {
    preload: path.join(distElectronDir, 'preload.cjs'),
    rendererDir: path.resolve(distElectronDir, '..', 'renderer'),
  };
}
