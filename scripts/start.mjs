// `npm start`: install if needed, build if needed, then run the desktop app
// in Electron where its binary is present, otherwise in browser mode.
//
//   npm start                  Electron, or browser mode as a fallback; demo data on first start
//   npm start -- --browser     browser mode even where Electron is present
//   npm start -- --no-demo     start empty: the first screen sets up the site
//   npm start -- --demo bank-outlet | service-centre
//                              another demo site (its own store, in a demo-<site> sub-folder)
//   npm start -- --data-dir D  keep the database in folder D
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureElectron, ensureInstalled, root, say } from './setup.mjs';

const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser');
const demo = !args.includes('--no-demo');
// `--demo <site>`: a demo site other than the well station, passed on as it is.
const demoIndex = args.indexOf('--demo');
const demoArgs = demo ? ['--demo', ...(demoIndex >= 0 && args[demoIndex + 1] && !args[demoIndex + 1].startsWith('--') ? [args[demoIndex + 1]] : [])] : [];
const dataDirIndex = args.indexOf('--data-dir');
const dataDirArgs = dataDirIndex >= 0 && args[dataDirIndex + 1] ? ['--data-dir', path.resolve(args[dataDirIndex + 1])] : [];

ensureInstalled();
await ensureBuilt();

const electron = wantBrowser ? null : ensureElectron();
if (electron) {
  const { ensureElectronNative } = await import('./electron-native.mjs');
  await ensureElectronNative();
  say('以桌面模式启动（Electron）', 'starting the desktop app (Electron)');
  const child = spawn(electron, ['.', ...demoArgs, ...dataDirArgs], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!wantBrowser) say('Electron 不可用，改用浏览器模式', 'Electron is not available: starting browser mode');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'browser', 'server.cjs'), ...demoArgs, ...dataDirArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  say('请在 Chromium / Chrome / Edge 中打开下面的网址（按 Ctrl+C 退出）', 'open the URL below in Chromium, Chrome or Edge (Ctrl+C quits)');
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
