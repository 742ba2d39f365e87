import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers are allow-lists (eslint.layers.js, issue 22 item 4): for each layer one import it
 * may not make is refused by `boundaries/dependencies` and one it may make is not. The code is
 * planted through ESLint's own API at a path inside the layer (the file need not exist), with
 * the project's real eslint.config.js.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const RULE = 'boundaries/dependencies';

interface Plant {
  /** Where the planted file would live. */
  file: string;
  /** What it imports. */
  from: string;
}

const FORBIDDEN: Record<string, Plant[]> = {
  shared: [
    { file: 'shared/domain/planted.ts', from: 'zustand' },
    { file: 'shared/domain/planted.ts', from: 'react' },
    { file: 'shared/domain/planted.ts', from: 'node:fs' },
    { file: 'shared/domain/planted.ts', from: '../../renderer/api/client' },
    { file: 'shared/domain/planted.ts', from: '../reports/report-sql-repository' },
  ],
  core: [
    { file: 'electron/core/planted.ts', from: '../../server/app' },
    { file: 'electron/core/planted.ts', from: 'electron' },
    { file: 'electron/core/planted.ts', from: 'fastify' },
    { file: 'electron/core/planted.ts', from: '../../renderer/api/client' },
  ],
  'browser-mode': [
    { file: 'electron/browser-mode/planted.ts', from: '../core/db/store' },
    { file: 'electron/browser-mode/planted.ts', from: 'electron' },
  ],
  shell: [
    { file: 'electron/shell/planted.ts', from: '../core/db/store' },
    { file: 'electron/shell/planted.ts', from: 'react' },
    { file: 'electron/shell/planted.ts', from: '../../server/app' },
  ],
  preload: [
    { file: 'electron/preload/planted.ts', from: 'node:fs' },
    { file: 'electron/preload/planted.ts', from: '../core/dispatch' },
  ],
  server: [
    { file: 'server/planted.ts', from: '../electron/core/dispatch' },
    { file: 'server/planted.ts', from: 'electron' },
    { file: 'server/planted.ts', from: 'zustand' },
    { file: 'server/planted.ts', from: '../renderer/api/client' },
  ],
  renderer: [
    { file: 'renderer/planted.ts', from: 'kysely' },
    { file: 'renderer/planted.ts', from: 'fastify' },
    { file: 'renderer/planted.ts', from: 'better-sqlite3' },
    { file: 'renderer/planted.ts', from: 'pg' },
    { file: 'renderer/planted.ts', from: 'node:fs' },
    { file: 'renderer/planted.ts', from: '../electron/core/dispatch' },
    { file: 'renderer/planted.ts', from: '../server/app' },
    { file: 'renderer/planted.ts', from: '../shared/reports/report-sql-repository' },
    { file: 'renderer/planted.ts', from: '../test/support/temp-core' },
  ],
};

const ALLOWED: Record<string, Plant[]> = {
  shared: [
    { file: 'shared/domain/planted.ts', from: 'zod' },
    { file: 'shared/domain/planted.ts', from: '../api/errors' },
    { file: 'shared/reports/compute.ts', from: './report-sql-repository' },
  ],
  core: [
    { file: 'electron/core/planted.ts', from: 'better-sqlite3' },
    { file: 'electron/core/planted.ts', from: 'node:crypto' },
    { file: 'electron/core/planted.ts', from: '../../shared/reports/report-sql-repository' },
    { file: 'electron/core/planted.ts', from: './db/store' },
  ],
  'browser-mode': [
    { file: 'electron/browser-mode/planted.ts', from: '../core/dispatch' },
    { file: 'electron/browser-mode/planted.ts', from: 'fastify' },
  ],
  shell: [
    { file: 'electron/shell/planted.ts', from: 'electron' },
    { file: 'electron/shell/planted.ts', from: '../core/core' },
  ],
  preload: [
    { file: 'electron/preload/planted.ts', from: 'electron' },
    { file: 'electron/preload/planted.ts', from: '../../shared/api/bridge' },
  ],
  server: [
    { file: 'server/planted.ts', from: 'fastify' },
    { file: 'server/planted.ts', from: 'pg' },
    { file: 'server/planted.ts', from: '../shared/reports/report-sql-repository' },
  ],
  renderer: [
    { file: 'renderer/planted.ts', from: 'zustand' },
    { file: 'renderer/planted.ts', from: 'echarts' },
    { file: 'renderer/planted.ts', from: '../shared/api/contract' },
  ],
  'test and scripts (free)': [
    { file: 'test/core/planted.test.ts', from: '../../server/app' },
    { file: 'test/core/planted.test.ts', from: 'kysely' },
    { file: 'scripts/bench/planted.ts', from: '../../electron/core/db/store' },
  ],
};

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
});

async function boundaryMessages({ file, from }: Plant): Promise<string[]> {
  const code = `import * as planted from '${from}';\nexport { planted };\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('layer allow-lists (eslint-plugin-boundaries)', () => {
  for (const [layer, plants] of Object.entries(FORBIDDEN)) {
    it.each(plants)(`${layer} may not import %o`, async (plant) => {
      expect(await boundaryMessages(plant)).toHaveLength(1);
    });
  }

  for (const [layer, plants] of Object.entries(ALLOWED)) {
    it.each(plants)(`${layer} may import %o`, async (plant) => {
      expect(await boundaryMessages(plant)).toEqual([]);
    });
  }

  it('names the layer and what it reached for', async () => {
    const [message] = await boundaryMessages({ file: 'renderer/planted.ts', from: 'kysely' });
    expect(message).toContain('renderer');
    expect(message).toContain('kysely');
  });
});
