import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { PlatformPackager } from 'app-builder-lib';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { minimatch } from 'minimatch';

/**
 * Issue 18 §2: the Electron fuses a packaged Branchline ships with. Read from
 * electron-builder.yml by electron-builder's own loader and schema, and turned
 * into the fuse wire by its own code, as `npm run dist` does after packing.
 */
describe('the packaged app’s Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect; turn on asar-only loading, its integrity check and cookie encryption', async () => {
    const config = await getConfig(path.resolve(__dirname, '../..'), null, null);
    await validateConfiguration(config, new DebugLogger(false));
    const wire = await (PlatformPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Record<string | number, unknown>> }).generateFuseConfig.call({}, config.electronFuses);
    expect(wire).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      // The renderer is served from app://, so file:// pages need no extra privileges.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    // The code those fuses protect is in the asar archive.
    expect(config.asar).toBe(true);
  });
});

/**
 * Issue 21 §3: the renderer is split into chunks loaded on first use, which the shell reads from
 * app.asar (app-protocol.ts); browser mode's compressed copies stay out. electron-builder applies
 * the `files` patterns in order, a `!` pattern removing what the ones before it took.
 */
describe('the packaged app’s files', () => {
  it('hold every chunk of the renderer and none of its .br/.gz copies, the console or the benches’ builds', async () => {
    const config = await getConfig(path.resolve(__dirname, '../..'), null, null);
    // The loader gives the list as one filter; `${/*}` is electron-builder's "the folder and all below".
    const filters = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const patterns = filters.map((pattern) => pattern.replace('${/*}', '{,/**/*}'));
    const shipped = (file: string) => patterns.reduce((taken, pattern) => (pattern.startsWith('!') ? taken && !minimatch(file, pattern.slice(1), { dot: true }) : taken || minimatch(file, pattern, { dot: true })), false);
    for (const file of ['dist/renderer/index.html', 'dist/renderer/assets/index-BoHSHZOe.js', 'dist/renderer/assets/ReportsPage-l-cVRH8T.js', 'dist/renderer/assets/echarts-CQxpfrg5.js', 'dist/renderer/assets/zod-B6DPVgjw.js', 'dist/electron/main.cjs']) {
      expect(shipped(file), file).toBe(true);
    }
    for (const file of ['dist/renderer/assets/index-BoHSHZOe.js.br', 'dist/renderer/assets/index-BoHSHZOe.js.gz', 'dist/renderer/index.html.br', 'dist/console/index.html', 'dist/bench/before/renderer/index.html']) {
      expect(shipped(file), file).toBe(false);
    }
  });
});
