import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { PlatformPackager } from 'app-builder-lib';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

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
