// Shared steps of `npm start` and `npm test`: install dependencies when the
// lock file changed, and (for start) try to fetch Electron's binary, which
// some networks cannot reach. Uses only Node built-ins: it runs before
// node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const INSTALL_STAMP = path.join(root, 'node_modules', '.branchline-install-stamp');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function say(zh, en) {
  console.log(`[branchline] ${zh} / ${en}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return result.status ?? 1;
}

function lockHash() {
  const lock = path.join(root, 'package-lock.json');
  const source = fs.existsSync(lock) ? lock : path.join(root, 'package.json');
  return createHash('sha256').update(fs.readFileSync(source)).digest('hex');
}

/**
 * Installs dependencies when node_modules is missing or older than the lock
 * file. Electron's own postinstall download is always skipped here (it fails
 * the whole install where the download host is unreachable); `ensureElectron`
 * tries it separately, so a failure only means "browser mode".
 */
export function ensureInstalled() {
  const wanted = lockHash();
  if (fs.existsSync(INSTALL_STAMP) && fs.readFileSync(INSTALL_STAMP, 'utf8') === wanted) return;
  say('正在安装依赖（首次约需 3 分钟，需编译 better-sqlite3）', 'installing dependencies (first time about 3 minutes: better-sqlite3 compiles)');
  const hasLock = fs.existsSync(path.join(root, 'package-lock.json'));
  const status = run(npm, [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (status !== 0) {
    say('依赖安装失败，请查看上面的错误信息', 'npm install failed; see the errors above');
    process.exit(status);
  }
  fs.writeFileSync(INSTALL_STAMP, wanted);
}

/** The Electron executable when its binary is present, else null. */
export function electronExecutable() {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(executable) ? executable : null;
}

/**
 * Tries once per install to download Electron's binary. Returns its path, or
 * null with a clear message when the download host cannot be reached.
 */
export function ensureElectron() {
  const existing = electronExecutable();
  if (existing) return existing;
  const marker = path.join(root, 'node_modules', '.branchline-electron-download-failed');
  if (fs.existsSync(marker)) return null;
  say('正在下载 Electron 程序…', 'downloading the Electron binary…');
  const attempt = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const executable = attempt.status === 0 ? electronExecutable() : null;
  if (!executable) {
    // The installer's stack trace helps nobody; its first line says why (e.g. ENOTFOUND).
    const reason = `${attempt.stderr ?? ''}${attempt.stdout ?? ''}`.split('\n').find((line) => line.trim()) ?? attempt.error?.message;
    if (reason) console.log(`  ${reason.trim()}`);
    fs.writeFileSync(marker, new Date().toISOString());
    say(
      '无法下载 Electron 程序（本机网络无法访问其下载服务器）。桌面窗口不可用，改用浏览器模式运行。删除 node_modules 后重新运行 npm start 可再次尝试。',
      'the Electron binary could not be downloaded (its download host is unreachable from this network). Falling back to browser mode. Delete node_modules and run npm start again to retry.',
    );
  }
  return executable;
}

/** Newest modification time of the sources a build depends on. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ['shared', 'electron', 'renderer']) walk(path.join(root, dir));
  for (const file of ['vite.config.ts', 'package-lock.json']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than every source file. */
export async function ensureBuilt({ force = false } = {}) {
  const stamp = path.join(root, 'dist', '.build-stamp');
  if (!force && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSource()) return;
  say('正在构建', 'building');
  const { buildAll } = await import('./build.mjs');
  // Vite sets NODE_ENV=production in this process; the test runs we start next must not inherit it.
  const nodeEnv = process.env.NODE_ENV;
  await buildAll({ quiet: true });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  fs.writeFileSync(stamp, new Date().toISOString());
}
