import { BrowserWindow, dialog, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { APP_SCHEME, createAppProtocolHandler } from './app-protocol';
import { WINDOW_TITLE } from './paths';

export interface MainWindowOptions {
  /** Built preload script (dist/electron/preload.cjs). */
  preload: string;
  /** The renderer page: app://branchline/index.html (app-protocol.ts). */
  url: string;
  /** True only for our own renderer page (see trusted-url.ts). */
  isOwnUrl: (url: string) => boolean;
}

/**
 * The single application window. Shown only once it has painted
 * (no white flash); navigation away from our page, new windows and
 * <webview> are all refused.
 *
 * The only webPreferences the app uses, written out here (not built by a
 * helper) so that a reader and Electronegativity see them at the window:
 * isolated, sandboxed, no Node in the page, web security on, and no
 * middle-click (auxclick) to open links elsewhere.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Electronegativity PRELOAD_JS_CHECK: reviewed, not a problem: the sandboxed preload (electron/preload/preload.ts) exposes one function through contextBridge, never ipcRenderer itself; the main process checks every message's sender (ipc.ts) and envelope.
      preload: options.preload,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(window.webContents, options.isOwnUrl);
  window.webContents.on('will-prevent-unload', (event) => {
    if (closeAnyway(window)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('[window] failed to load the renderer', error);
  });
  return window;
}

/**
 * A form with input not yet saved as a draft holds the window open (its
 * `beforeunload`, renderer/screens/complaints/workflow/use-action-draft.ts);
 * Electron would then refuse to close without a word, so the person is asked.
 * In both languages: the shell does not know which one the page shows.
 */
function closeAnyway(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: WINDOW_TITLE,
    message: '有刚输入的内容还未保存 / Some input is not yet saved',
    detail: '办理表单中刚输入的内容还未保存为草稿，关闭后可能丢失。\nWhat was just typed into a form is not yet saved as a draft and may be lost.',
    buttons: ['仍然关闭 / Close anyway', '返回 / Go back'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return choice === 0;
}

/**
 * Applied to the main window and (from main.ts, `web-contents-created`) to
 * every web contents the app ever gets: no new windows, no navigation
 * except to our own page, no <webview>.
 */
export function hardenWebContents(contents: WebContents, isOwnUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isOwnUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide: the app uses no permission (printing, the file chooser for
 * photos and copy/paste through the menu need none), so every permission
 * request (camera, notifications, geolocation, clipboard, …) is refused,
 * every permission check answers no, and no device (USB, HID, serial) is
 * granted. Every response carries our CSP header (app:// responses carry it
 * themselves; this covers anything else; the page also has it as a meta tag).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/** Serves the built renderer (dist/renderer) as app://branchline/, each answer with the CSP header (app-protocol.ts). */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
