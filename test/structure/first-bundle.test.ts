import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 21 §3: what the renderer loads before the first work list. esbuild
 * walks the static imports from each entry (dynamic `import()` stays out, as
 * in Vite's chunks); every other screen, echarts, exceljs and the shipped
 * rule packs and templates must be reached only through a dynamic import.
 */
async function staticGraph(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    outdir: path.resolve('.tmp/first-bundle'),
    loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty', '.woff2': 'empty' },
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const imported of inputs[queue.shift()!]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...seen];
}

/** Outside the complaint screens: sign-in, and the unread count the navigation shows. */
const ALLOWED_SCREENS = ['renderer/screens/SignIn.tsx', 'renderer/screens/use-sign-in.ts', 'renderer/screens/notifications/NotificationBadge.tsx'];

describe('the first bundle', () => {
  it('of the site app holds sign-in and the work list, not the other screens, echarts, exceljs or the shipped packs', async () => {
    const files = await staticGraph('renderer/main.tsx');
    const screens = files.filter((f) => f.startsWith('renderer/screens/') && !f.endsWith('.css') && !f.startsWith('renderer/screens/complaints/') && !ALLOWED_SCREENS.includes(f));
    expect(screens).toEqual([]);
    // Of the complaint screens, the list and what its rows show.
    expect(files).toContain('renderer/screens/complaints/ComplaintList.tsx');
    expect(files.filter((f) => /ComplaintDetail\.tsx|ComplaintForm\.tsx/.test(f))).toEqual([]);
    expect(files.filter((f) => /node_modules\/(echarts|zrender|exceljs)\//.test(f))).toEqual([]);
    expect(files).not.toContain('shared/rules/packs/index.ts');
    expect(files).not.toContain('shared/checklists/templates/index.ts');
  }, 60_000);

  it('of the console holds its sign-in and landing page, no other screen, no echarts or exceljs', async () => {
    const files = await staticGraph('renderer/console/main.tsx');
    const screens = files.filter((f) => f.startsWith('renderer/console/screens/') && /(Screen|SignIn)\.tsx$/.test(f));
    expect(screens.sort()).toEqual(['renderer/console/screens/ConsoleSignIn.tsx', 'renderer/console/screens/OverviewScreen.tsx']);
    expect(files.filter((f) => /node_modules\/(echarts|zrender|exceljs)\//.test(f))).toEqual([]);
  }, 60_000);
});
