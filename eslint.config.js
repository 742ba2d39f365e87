// Layers by folder, checked both ways (after VS Code's common/browser/node/electron-main):
//   shared/         pure TypeScript: no node:*, no DOM-only libraries, no electron
//   electron/core/  Node: never electron, never the renderer
//   electron/browser-mode/ Node: the HTTP transport, never electron
//   electron/shell/, electron/preload/  the only code that imports electron
//   renderer/       DOM: never node:*, electron, better-sqlite3 or the main-process code
//   server/         Node: the head-office server, shares only shared/ with the app
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util'];
const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.native/**', 'test-results/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], 'shared/ is pure TypeScript used by every layer.'),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/browser-mode/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', '**/renderer/**', '**/shell/**', '**/preload/**'], 'The core runs in plain Node (tests, browser mode): it must never import electron or the renderer.'),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], 'The head-office server shares only shared/ (the protocol) with the app.'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict([...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/**'], 'The renderer talks to the core only through the API contract (shared/api).'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([...NODE_BUILTINS, 'better-sqlite3', '**/core/**'], 'The sandboxed preload may only use electron and shared types.'),
  },
  {
    // Fakes of Electron and the bridge stand in for foreign APIs; loose types are the point there.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
