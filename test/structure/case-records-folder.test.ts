import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 22 items 2 and 3 for the case records: electron/core/case-records/ is a feature folder whose SQL
 * lives only in its *-repository.ts files, and the rest of the core reaches it through its face (index.ts).
 */
const FOLDER = path.resolve('electron/core/case-records');
const SQL_CALL = /\b(statement|prepare)\s*\(|\.exec\s*\(\s*[`'"]/;
const IMPORT_FROM = /from\s+'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Imports of a file that land inside the case-records folder but not on its face. */
function pastTheFace(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_FROM)].flatMap(([, spec]) => {
    if (!spec!.startsWith('.')) return [];
    const target = path.resolve(path.dirname(file), spec!);
    const inside = target.startsWith(FOLDER + path.sep);
    return inside && target !== path.join(FOLDER, 'index') ? [`${path.relative('.', file)} → ${spec}`] : [];
  });
}

describe('the case-records feature folder', () => {
  it('holds its SQL in repositories only', () => {
    const outside = sourceFiles(FOLDER)
      .filter((file) => !file.endsWith('-repository.ts'))
      .filter((file) => SQL_CALL.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative('.', file));
    expect(outside).toEqual([]);
    expect(sourceFiles(FOLDER).filter((file) => file.endsWith('-repository.ts')).length).toBeGreaterThan(0);
  });

  it('is imported by the rest of the core only through its face', () => {
    const core = sourceFiles(path.resolve('electron')).filter((file) => !file.startsWith(FOLDER + path.sep));
    expect(core.flatMap(pastTheFace)).toEqual([]);
    expect(core.some((file) => /from '\.\.\/case-records'/.test(fs.readFileSync(file, 'utf8')))).toBe(true);
  });

  it('would find SQL in a service and an import past the face', () => {
    expect(SQL_CALL.test("statement(db, 'SELECT 1')")).toBe(true);
    expect(SQL_CALL.test('const rows = capaRowsOfComplaint(db, id);')).toBe(false);
    const spec = '../case-records/capa';
    expect(path.resolve('electron/core/services', spec).startsWith(FOLDER + path.sep)).toBe(true);
  });
});
