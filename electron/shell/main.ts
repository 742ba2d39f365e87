import { demoDataDir, takeDemoChoice } from '../core/demo-choice';
import path from 'node:path';
import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { openCore, type Core } from '../core/core';
import { databaseFile } from '../core/paths';
import { createSenderCheck, registerApi } from './ipc';
import { installMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { APP_NAME, shellPaths } from './paths';
import { STARTUP_ERROR_TITLE, storeOpenFailureMessage } from './startup-error';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { isOwnUrl } from './trusted-url';
import { createMainWindow, hardenSession, hardenWebContents, serveRenderer } from './window';

/*
 * The Electron main process: a thin shell around the core (electron/core),
 * which holds all logic and never imports `electron`.
 *
 *   electron . [--demo]            (built as dist/electron/main.cjs)
 *
 * Data folder: $BRANCHLINE_DATA_DIR if set, else <appData>/Branchline —
 * %APPDATA%\Branchline, ~/Library/Application Support/Branchline,
 * ~/.config/Branchline — the same as core's defaultDataDir(), never the
 * install folder, so upgrades and reinstalls keep the data.
 */

const paths = shellPaths(__dirname);
/** The program's first language; the English toggle changes its texts, not the browser's own controls. */
const UI_LOCALE = 'zh-CN';
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

// Before `ready`: the name, the data folder (also the single-instance lock's key), sandbox everywhere, the app:// scheme.
app.setName(APP_NAME);
app.setPath('userData', process.env.BRANCHLINE_DATA_DIR || path.join(app.getPath('appData'), APP_NAME));
app.enableSandbox();
// Date and time inputs take Chromium's locale, not the page's: Chinese (年/月/日) whatever the PC's own language (issue 20 item 8).
app.commandLine.appendSwitch('lang', UI_LOCALE);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // Defence in depth: whatever web contents ever appear get the same restrictions as the main window.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnUrl));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('[main] failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, paths.rendererDir);
  const { demo } = takeDemoChoice(process.argv);
  const dataDir = demoDataDir(app.getPath('userData'), demo);
  try {
    core = await openCore({
      dataDir,
      demo,
      nativeBinding: electronNativeBinding(app.getAppPath(), app.isPackaged),
    });
  } catch (error) {
    console.error('[main] cannot open the database', error);
    dialog.showErrorBox(STARTUP_ERROR_TITLE, storeOpenFailureMessage(error, databaseFile(dataDir)));
    app.exit(1);
    return;
  }

  registerApi(ipcMain, core.dispatch, createSenderCheck(isOwnUrl));
  installMenu({
    isDev: !app.isPackaged,
    platform: process.platform,
    getWindow: () => mainWindow,
    version: app.getVersion(),
    dataDir,
  });
  mainWindow = createMainWindow({ preload: paths.preload, url: APP_INDEX_URL, isOwnUrl });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
