// better-sqlite3 is a native module: Node (tests, browser mode) and Electron
// need builds for different ABIs. node_modules keeps the Node build; this
// builds an Electron copy into .native/electron/, which the shell passes to
// better-sqlite3 as `nativeBinding`. Packaged apps do not need it:
// electron-builder rebuilds node_modules for Electron (npmRebuild).
import fs from 'node:fs';
import path from 'node:path';
import { root, say } from './setup.mjs';

export async function ensureElectronNative() {
  const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const target = path.join(root, '.native', 'electron', 'better_sqlite3.node');
  const versionFile = path.join(root, '.native', 'electron', 'version.txt');
  if (fs.existsSync(target) && fs.existsSync(versionFile) && fs.readFileSync(versionFile, 'utf8') === electronVersion) return;

  say(`正在为 Electron ${electronVersion} 编译 better-sqlite3（约 2 分钟）`, `building better-sqlite3 for Electron ${electronVersion} (about 2 minutes)`);
  const workDir = path.join(root, '.native', 'electron-build');
  fs.rmSync(workDir, { recursive: true, force: true });
  const moduleCopy = path.join(workDir, 'node_modules', 'better-sqlite3');
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), moduleCopy, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  fs.writeFileSync(path.join(workDir, 'package.json'), JSON.stringify({ name: 'native-build', version: '0.0.0', dependencies: { 'better-sqlite3': '*' } }));
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(moduleCopy, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.writeFileSync(versionFile, electronVersion);
}
