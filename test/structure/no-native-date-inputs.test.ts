import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 20 item 8: dates show 年/月/日 in Chinese whatever the operating system's or browser's language.
 * Native date, week and month inputs draw their text in the browser's language ("Week 50, 2026",
 * mm/dd/yyyy), so the renderer uses DateField (renderer/components/DateField.tsx) or a typed period.
 */
const NATIVE_DATE_INPUT = /type=(?:"|'|\{\s*['"])(date|datetime-local|week|month)['"]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('date inputs in the renderer', () => {
  it('are never the browser’s own date, week or month input', () => {
    const found = sourceFiles(path.resolve('renderer')).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (NATIVE_DATE_INPUT.test(line) && !/^(\/\/|\/\*|\*)/.test(line.trim()) ? [`${path.relative('.', file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(NATIVE_DATE_INPUT.test('<input type="week" value={key} />')).toBe(true);
    expect(NATIVE_DATE_INPUT.test("<input type={'date'} />")).toBe(true);
    expect(NATIVE_DATE_INPUT.test('<input type="text" />')).toBe(false);
  });
});
