import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { demoDataDir, takeDemoChoice } from '../core/demo-choice';
import { defaultDataDir } from '../core/paths';
import { createBrowserBridge } from './http-bridge';

/**
 * Browser mode: the same core behind the same API contract, served on
 * 127.0.0.1 for Chromium — for demos, for end-to-end tests, and wherever the
 * Electron binary is not available.
 *
 *   node dist/browser/server.cjs [--data-dir DIR] [--port N] [--demo [well-station|bank-outlet|service-centre]]
 *
 * Data folder: --data-dir, else $BRANCHLINE_DATA_DIR, else the per-user app-data folder
 * (a demo site other than the well station: its `demo-<site>` sub-folder, see core/demo-choice.ts).
 */
async function main(): Promise<void> {
  const { demo, rest } = takeDemoChoice(process.argv.slice(2));
  const { values } = parseArgs({
    args: rest,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: process.env.BRANCHLINE_PORT ?? '0' },
      'static-dir': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ?? process.env.BRANCHLINE_DATA_DIR ?? demoDataDir(defaultDataDir(), demo);
  const staticDir = values['static-dir'] ?? path.join(__dirname, '..', 'renderer');
  const core = await openCore({ dataDir, demo });
  const secret = randomBytes(24).toString('base64url');
  const server = createBrowserBridge({ dispatch: core.dispatch, staticDir, secret });

  await server.listen({ port: Number(values.port), host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  const url = `http://127.0.0.1:${port}/#key=${secret}`;
  console.log(`Branchline 浏览器模式 / browser mode`);
  console.log(`数据文件 / database: ${core.context.store.file}`);
  console.log(`在 Chromium 中打开 / open in Chromium: ${url}`);
  // One line for scripts and tests to read.
  console.log(`BRANCHLINE_URL=${url}`);

  const shutdown = () => {
    void server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('Branchline 启动失败 / failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
