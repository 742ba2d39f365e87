// The layers as allow-lists (issue 22 item 4): each layer names what it MAY import,
// folders and npm packages alike; everything else is refused by eslint-plugin-boundaries'
// `boundaries/dependencies` rule (default: disallow). test/, scripts/ and the config files
// belong to no layer and are free. docs/architecture.md ("Layers") explains each entry.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import boundaries from 'eslint-plugin-boundaries';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Folders of each layer; the first pattern a file matches decides its layer. */
export const LAYER_FOLDERS = [
  { type: 'shared', pattern: 'shared/**' },
  { type: 'core', pattern: 'electron/core/**' },
  { type: 'browser-mode', pattern: 'electron/browser-mode/**' },
  { type: 'shell', pattern: 'electron/shell/**' },
  { type: 'preload', pattern: 'electron/preload/**' },
  { type: 'server', pattern: 'server/**' },
  { type: 'renderer', pattern: 'renderer/**' },
];

/**
 * The shared module that compiles report definitions to SQL with Kysely's query builder (no
 * driver), and compute.ts that reads its rows by its column aliases: only the core and the
 * server (and these two files) may import them, so that the renderer and the rest of shared/
 * never pull kysely in.
 */
export const REPORT_SQL_FILES = ['shared/reports/report-sql-repository.ts', 'shared/reports/compute.ts'];
const REPORT_SQL_USERS = ['core', 'server'];

/**
 * The core's public face towards its transports (the Electron shell and browser mode): they
 * open the core, hand requests to its dispatcher, choose the data folder and name a damaged
 * store; the rest of the core is reached only through these.
 */
export const CORE_FACE_FILES = ['electron/core/core.ts', 'electron/core/dispatch.ts', 'electron/core/demo-choice.ts', 'electron/core/paths.ts', 'electron/core/store-integrity-error.ts'];

/**
 * What each layer may import: its own folder and the listed layers (`layers`), the core's
 * face (`coreFace`), Node's built-in modules (`node`), and the listed npm packages (`packages`).
 */
export const LAYER_ALLOWS = {
  shared: { layers: ['shared'], node: false, packages: ['zod', 'chinese-days', 'uuid'] },
  core: { layers: ['shared'], node: true, packages: ['better-sqlite3', 'zod', 'kysely'] },
  'browser-mode': { layers: ['shared'], coreFace: true, node: true, packages: ['fastify', '@fastify/static'] },
  shell: { layers: ['shared'], coreFace: true, node: true, packages: ['electron'] },
  preload: { layers: ['shared'], node: false, packages: ['electron'] },
  server: {
    layers: ['shared'],
    node: true,
    packages: ['fastify', '@fastify/cookie', '@fastify/static', 'kysely', 'pg', 'better-sqlite3', 'nodemailer', 'zod'],
  },
  renderer: {
    layers: ['shared'],
    node: false,
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand', 'zod', 'echarts', 'exceljs', 'papaparse', '@tanstack/react-virtual'],
  },
};

function policyOf(type, allows) {
  const to = [
    { element: { types: { anyOf: [type, ...allows.layers] } } },
    ...allows.packages.map((source) => ({ module: { origin: 'external', source } })),
    ...(allows.coreFace ? [{ element: { type: 'core' }, file: { categories: 'core-face' } }] : []),
    ...(allows.node ? [{ module: { origin: 'core' } }] : []),
  ];
  return { from: { element: { type } }, allow: { to } };
}

const reportSqlPolicies = [
  { from: { element: { types: { noneOf: REPORT_SQL_USERS } } }, disallow: { to: { file: { categories: 'report-sql' } } } },
  {
    from: { file: { categories: 'report-sql' } },
    allow: { to: [{ file: { categories: 'report-sql' } }, { module: { origin: 'external', source: 'kysely' } }] },
  },
];

export const layerRules = {
  files: ['shared/**/*.ts', 'electron/**/*.ts', 'server/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': ROOT,
    'boundaries/elements': LAYER_FOLDERS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
    'boundaries/files': [{ category: 'report-sql', pattern: REPORT_SQL_FILES }, { category: 'core-face', pattern: CORE_FACE_FILES }],
    // `import('pkg').Type` in a type position is an import too.
    'boundaries/additional-dependency-nodes': [{ selector: 'TSImportType > Literal', kind: 'type', name: 'import-type' }],
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': ['error', {
      default: 'disallow',
      // Packages and node:* are checked too, files of no layer (test/, scripts/), and imports
      // inside a layer (so that shared/ reaching the report SQL is caught).
      checkAllOrigins: true,
      checkUnknownLocals: true,
      checkInternals: true,
      policies: [...Object.entries(LAYER_ALLOWS).map(([type, allows]) => policyOf(type, allows)), ...reportSqlPolicies],
    }],
  },
};
