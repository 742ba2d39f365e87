import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from '../../support/temp-core';
import { launchChromium, startServer, type RunningServer } from './browser-mode';

export const RESULTS_DIR = path.resolve('test-results');

/**
 * One Chromium and one browser-mode server on a fresh data folder for a spec
 * file: launched before its tests, stopped after them.
 */
export function useBrowserMode(dataDirPrefix: string) {
  const dataDir = tempDir(dataDirPrefix);
  let browser: Browser | undefined;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await server?.stop();
    await browser?.close();
  });

  return {
    dataDir,
    browser(): Browser {
      if (!browser) throw new Error('Chromium is not running (beforeAll failed?)');
      return browser;
    },
    /** The running server, started on first use. */
    async server(): Promise<RunningServer> {
      server ??= await startServer(dataDir);
      return server;
    },
    /** Stops the server process and starts a new one on the same database file (with a new launch key). */
    async restartServer(): Promise<RunningServer> {
      await server?.stop();
      server = await startServer(dataDir);
      return server;
    },
    screenshotPath: (name: string) => path.join(RESULTS_DIR, name),
  };
}
