import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreIntegrityError } from '../../electron/core/db/store';
import { defaultDataDir } from '../../electron/core/paths';
import { ELECTRON_NATIVE_BINDING, electronNativeBinding } from '../../electron/shell/native-binding';
import { APP_NAME, shellPaths } from '../../electron/shell/paths';
import { printToPdf } from '../../electron/shell/print';
import { storeOpenFailureMessage } from '../../electron/shell/startup-error';
import { isOwnUrl } from '../../electron/shell/trusted-url';

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-shell-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('electronNativeBinding', () => {
  it('returns the .native Electron build in development when it exists', () => {
    const project = tempDir();
    const file = path.join(project, '.native', 'electron', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    expect(electronNativeBinding(project, false)).toBe(file);
    expect(ELECTRON_NATIVE_BINDING).toBe(path.join('.native', 'electron', 'better_sqlite3.node'));
  });

  it('returns undefined in development when the file is missing', () => {
    expect(electronNativeBinding(tempDir(), false)).toBeUndefined();
  });

  it('returns undefined when packaged, even if a file exists (electron-builder rebuilt node_modules)', () => {
    const project = tempDir();
    fs.mkdirSync(path.join(project, '.native', 'electron'), { recursive: true });
    fs.writeFileSync(path.join(project, ELECTRON_NATIVE_BINDING), '');
    expect(electronNativeBinding(project, true)).toBeUndefined();
  });
});

describe('shellPaths', () => {
  it('finds the preload next to main.cjs and the renderer folder beside dist/electron', () => {
    const dist = path.resolve('/app/dist/electron');
    expect(shellPaths(dist)).toEqual({
      preload: path.join(dist, 'preload.cjs'),
      rendererDir: path.resolve('/app/dist/renderer'),
    });
  });

  it('the app name gives the same data folder as the core default', () => {
    expect(path.basename(defaultDataDir())).toBe(APP_NAME);
  });
});

describe('isOwnUrl', () => {
  it('is our renderer page at app://branchline/, whatever its hash or query', () => {
    for (const url of ['app://branchline/index.html', 'app://branchline/', 'app://branchline/index.html#/complaints/12', 'app://branchline/index.html?x=1#/']) {
      expect(isOwnUrl(url), url).toBe(true);
    }
  });

  it('is not a file on the disk, another page, host, port or user of the scheme, nor a web page', () => {
    for (const url of [
      pathToFileURL(path.resolve('/opt/Branchline/resources/app.asar/dist/renderer/index.html')).href,
      'app://branchline/other.html',
      'app://branchline/assets/index.js',
      'app://evil/index.html',
      'app://branchline:8080/index.html',
      'app://user@branchline/index.html',
      'https://branchline/index.html',
      'http://127.0.0.1:5173/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isOwnUrl(url), url).toBe(false);
    }
  });
});

describe('printToPdf', () => {
  it('prints A4 with backgrounds and writes the file (creating folders)', async () => {
    const file = path.join(tempDir(), 'exports', 'checklist.pdf');
    const pdf = Buffer.from('%PDF-1.7 fake');
    const webContents = { printToPDF: vi.fn(async () => pdf) };
    await expect(printToPdf(webContents as never, file)).resolves.toBe(file);
    expect(webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(fs.readFileSync(file)).toEqual(pdf);
  });

  it('propagates a print failure and writes nothing', async () => {
    const file = path.join(tempDir(), 'x.pdf');
    const webContents = { printToPDF: vi.fn(async () => Promise.reject(new Error('no printer'))) };
    await expect(printToPdf(webContents as never, file)).rejects.toThrow('no printer');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('storeOpenFailureMessage', () => {
  it('is bilingual and names the file and reason', () => {
    const text = storeOpenFailureMessage(new Error('disk I/O error'), '/home/a/.config/Branchline/branchline.sqlite');
    expect(text).toContain('无法打开数据库');
    expect(text).toContain('The database could not be opened');
    expect(text).toContain('/home/a/.config/Branchline/branchline.sqlite');
    expect(text).toContain('disk I/O error');
  });

  it('hints at the cause for damaged files and wrong native builds', () => {
    expect(storeOpenFailureMessage(new StoreIntegrityError('integrity check failed'), 'f')).toContain('备份');
    expect(storeOpenFailureMessage(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 127'), 'f')).toContain('npm start');
    expect(storeOpenFailureMessage('odd', 'f')).toContain('odd');
  });
});
