import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { FakeEmitter, FakeWebContents, fakeEvent } from './fake-electron';

const created = vi.hoisted(() => [] as any[]);
const dialog = vi.hoisted(() => ({ showMessageBoxSync: vi.fn(() => 1) }));

vi.mock('electron', async () => {
  const { FakeEmitter, FakeWebContents } = await import('./fake-electron');
  class BrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      super();
      created.push(this);
    }
  }
  return { BrowserWindow, dialog };
});

const { createMainWindow, hardenSession, hardenWebContents, serveRenderer } = await import('../../electron/shell/window');
const { shellPaths } = await import('../../electron/shell/paths');
const { isOwnUrl } = await import('../../electron/shell/trusted-url');
const { APP_INDEX_URL } = await import('../../electron/shell/app-protocol');

const distElectron = path.resolve('/opt/Branchline/resources/app.asar/dist/electron');
const paths = shellPaths(distElectron);
const ownUrl = APP_INDEX_URL;

function openWindow() {
  createMainWindow({ preload: paths.preload, url: APP_INDEX_URL, isOwnUrl });
  return created.at(-1);
}

beforeEach(() => {
  created.length = 0;
});

describe('createMainWindow', () => {
  it('uses exactly the secure webPreferences', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: paths.preload,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(path.isAbsolute(window.options.webPreferences.preload)).toBe(true);
  });

  it('has the title and size, and shows only when ready', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({
      title: 'Branchline 网点客诉与现场检查',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      show: false,
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('asks before closing while a form holds input not yet saved, and closes only when told to (issue 20 item 1)', () => {
    const window = openWindow();
    const close = (answer: number) => {
      dialog.showMessageBoxSync.mockReturnValueOnce(answer);
      const event = fakeEvent();
      window.webContents.emit('will-prevent-unload', event);
      return event.defaultPrevented;
    };
    expect(close(1)).toBe(false);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['仍然关闭 / Close anyway', '返回 / Go back'], cancelId: 1 }));
    expect(close(0)).toBe(true);
  });

  it('loads the renderer from app://, not from a file URL', () => {
    const window = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://branchline/index.html');
    expect(paths.rendererDir).toBe(path.resolve(distElectron, '..', 'renderer'));
  });

  it('denies every new window', () => {
    const window = openWindow();
    expect(window.webContents.windowOpenHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler({ url: ownUrl })).toEqual({ action: 'deny' });
  });

  it('prevents navigation to outside URLs and allows our own file (any hash or query)', () => {
    const window = openWindow();
    const navigate = (url: string) => {
      const event = fakeEvent({ url });
      window.webContents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(navigate(pathToFileURL(path.join(paths.rendererDir, 'index.html')).href)).toBe(true);
    expect(navigate('app://branchline/other.html')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate(ownUrl)).toBe(false);
    expect(navigate(`${ownUrl}#/complaints/12`)).toBe(false);
    expect(navigate(`${ownUrl}?x=1#/`)).toBe(false);
  });

  it('prevents <webview> attachment', () => {
    const window = openWindow();
    const event = fakeEvent();
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('applies the same rules to any web contents', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, isOwnUrl);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const event = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
    expect(contents.count('will-attach-webview')).toBe(1);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    let permissionHandler: any;
    let checkHandler: any;
    let deviceHandler: any;
    let headersHandler: any;
    return {
      session: {
        setPermissionRequestHandler: vi.fn((handler: unknown) => (permissionHandler = handler)),
        setPermissionCheckHandler: vi.fn((handler: unknown) => (checkHandler = handler)),
        setDevicePermissionHandler: vi.fn((handler: unknown) => (deviceHandler = handler)),
        webRequest: new (class extends FakeEmitter {
          onHeadersReceived = vi.fn((handler: unknown) => (headersHandler = handler));
        })(),
      },
      permission: (name: string) => new Promise((resolve) => permissionHandler({}, name, resolve, {})),
      check: (name: string, origin: string) => checkHandler({}, name, origin, { requestingUrl: origin }),
      device: (type: string) => deviceHandler({ deviceType: type, origin: APP_INDEX_URL, device: {} }),
      headers: (responseHeaders: Record<string, string[]>) => new Promise<any>((resolve) => headersHandler({ responseHeaders }, resolve)),
    };
  }

  it('denies every permission request', async () => {
    const fake = fakeSession();
    hardenSession(fake.session as never);
    for (const name of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(await fake.permission(name)).toBe(false);
    }
  });

  it('answers no to every permission check, our own page included, and grants no device', () => {
    const fake = fakeSession();
    hardenSession(fake.session as never);
    for (const name of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'midi', 'hid', 'serial', 'usb', 'background-sync']) {
      expect(fake.check(name, 'app://branchline'), name).toBe(false);
      expect(fake.check(name, 'https://evil.example'), name).toBe(false);
    }
    for (const type of ['hid', 'serial', 'usb']) expect(fake.device(type), type).toBe(false);
  });

  it('adds the CSP header to responses and keeps the others', async () => {
    const fake = fakeSession();
    hardenSession(fake.session as never);
    const result = await fake.headers({ 'Content-Type': ['text/html'] });
    expect(result.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(result.responseHeaders['Content-Type']).toEqual(['text/html']);
  });
});

describe('serveRenderer', () => {
  it('answers app:// requests from the renderer folder, with the CSP header', async () => {
    let scheme = '';
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const session = { protocol: { handle: vi.fn((name: string, h: typeof handler) => ((scheme = name), (handler = h))) } };
    serveRenderer(session as never, path.resolve('/nowhere/renderer'));
    expect(scheme).toBe('app');
    const missing = await handler!(new Request('app://branchline/index.html'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
