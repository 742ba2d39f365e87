import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `tsc -b` builds each layer alone (tsconfig.<layer>.json, composite): a file the layer's
 * `include` does not list may not enter its program (TS6307). These tests plant a file in a
 * layer through a compiler host over the real tsconfig (only the planted file is checked)
 * and expect the refusal; and they keep each tsconfig's folders equal to
 * the folders eslint.layers.js allows, so the two allow-lists cannot drift apart.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const NOT_LISTED = 6307;

interface LayerAllows {
  layers: string[];
  coreFace?: boolean;
}

interface LayersModule {
  LAYER_FOLDERS: { type: string; pattern: string }[];
  LAYER_ALLOWS: Record<string, LayerAllows>;
  REPORT_SQL_FILES: string[];
}

let layers: LayersModule;

beforeAll(async () => {
  layers = (await import(pathToFileURL(path.join(ROOT, 'eslint.layers.js')).href)) as LayersModule;
});

function parsedConfig(layer: string): ts.ParsedCommandLine {
  const file = path.join(ROOT, `tsconfig.${layer}.json`);
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!parsed) throw new Error(`cannot read ${file}`);
  return parsed;
}

/** Parsed files shared by every planted program: the tree is parsed once, not once a test. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

/** The files TS6307 names when `plantedFile` (inside the layer) holds `code`. */
function filesRefused(layer: string, plantedFile: string, code: string): string[] {
  const config = parsedConfig(layer);
  const planted = path.join(ROOT, plantedFile);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === planted ? code : readFile(file));
  host.fileExists = (file) => path.resolve(file) === planted || fileExists(file);
  host.getSourceFile = (file, languageVersion, ...rest) => {
    if (path.resolve(file) === planted) return ts.createSourceFile(file, code, languageVersion);
    const key = `${file}\0${JSON.stringify(languageVersion)}`;
    if (!parsedFiles.has(key)) parsedFiles.set(key, getSourceFile(file, languageVersion, ...rest));
    return parsedFiles.get(key);
  };
  const program = ts.createProgram({ rootNames: [...config.fileNames, planted], options: config.options, host });
  // TS6307 is reported at the importing statement: checking the planted file alone finds it.
  return program
    .getSemanticDiagnostics(program.getSourceFile(planted))
    .filter((diagnostic) => diagnostic.code === NOT_LISTED)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    .map((text) => path.relative(ROOT, /File '([^']+)'/.exec(text)?.[1] ?? text));
}

describe('tsc -b: each layer compiles only what it may import', () => {
  it('the renderer may not import the core', () => {
    const refused = filesRefused('renderer', 'renderer/planted.ts', "export { createDispatcher } from '../electron/core/dispatch';\n");
    expect(refused).toContain('electron/core/dispatch.ts');
  }, 120_000);

  it('the renderer may not import the report SQL of shared/ (kysely)', () => {
    const refused = filesRefused('renderer', 'renderer/planted.ts', "export { measuresQuery } from '../shared/reports/report-sql-repository';\n");
    expect(refused).toContain('shared/reports/report-sql-repository.ts');
  }, 120_000);

  it('the core may not import the server', () => {
    const refused = filesRefused('core', 'electron/core/planted.ts', "export * from '../../server/http/load-limits';\n");
    expect(refused).toContain('server/http/load-limits.ts');
  }, 120_000);

  it('an allowed import passes', () => {
    expect(filesRefused('core', 'electron/core/planted.ts', "export * from '../../shared/api/errors';\n")).toEqual([]);
  }, 120_000);
});

describe('tsconfig.<layer>.json lists the folders eslint.layers.js allows', () => {
  const folderOf = (type: string) => layers.LAYER_FOLDERS.find((layer) => layer.type === type)!.pattern.replace('/**', '');

  it.each(['shared', 'core', 'browser-mode', 'shell', 'preload', 'server', 'renderer'])('%s', (layer) => {
    const allows = layers.LAYER_ALLOWS[layer];
    const expected = [layer, ...allows.layers, ...(allows.coreFace ? ['core'] : [])].map(folderOf);
    const includes = (parsedConfig(layer).raw as { include: string[] }).include;
    const folders = includes.map((glob) => glob.replace(/\/\*\*\/\*\.tsx?$/, ''));
    expect([...new Set(folders)].sort()).toEqual([...new Set(expected)].sort());
  });

  it('the renderer leaves out the report SQL', () => {
    const excluded = (parsedConfig('renderer').raw as { exclude: string[] }).exclude;
    expect(excluded.sort()).toEqual([...layers.REPORT_SQL_FILES].sort());
  });
});
