import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../shared/api/bridge';

/*
 * The main process's lifecycle, with Electron and the core faked: order of
 * the pre-ready setup, the single-instance lock, what the core is opened
 * with, the failure path, and shutdown.
 */


async function makeElectron(options: { lock?: boolean; packaged?: boolean } = {}) {
  const { FakeEmitter, FakeWebContents } = await import('./fake-electron');
  const calls: string[] = [];
  const paths = new Map<string, string>([['appData', path.resolve('/home/u/.config')]]);
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const windows: any[] = [];

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: options.packaged ?? false,
    setName: vi.fn((name: string) => calls.push(`setName:${name}`)),
    setPath: vi.fn((name: string, value: string) => {
      calls.push(`setPath:${name}`);
      paths.set(name, value);
    }),
    getPath: vi.fn((name: string) => paths.get(name)!),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    commandLine: { appendSwitch: vi.fn((name: string, value?: string) => calls.push(`switch:${name}=${value ?? ''}`)) },
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('lock');
      return options.lock ?? true;
    }),
    whenReady: vi.fn(() => readyPromise),
    quit: vi.fn(() => calls.push('quit')),
    exit: vi.fn((code: number) => calls.push(`exit:${code}`)),
    getAppPath: vi.fn(() => path.resolve('/project')),
    getVersion: vi.fn(() => '0.1.0'),
  });

  class BrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, any>) {
      super();
      windows.push(this);
    }
  }

  const handlers = new Map<string, any>();
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: unknown) => handlers.set(channel, handler)) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    protocol: { registerSchemesAsPrivileged: vi.fn((schemes: { scheme: string }[]) => calls.push(`registerSchemes:${schemes.map((s) => s.scheme).join(',')}`)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
        protocol: { handle: vi.fn() },
      },
    },
  };
  return { electron, app, calls, ready, windows, handlers };
}

async function launch(options: { lock?: boolean; packaged?: boolean; openCore?: (...args: unknown[]) => unknown } = {}) {
  vi.resetModules();
  const fake = await makeElectron(options);
  const core = { dispatch: vi.fn(async () => ({ ok: true, value: 1 })), close: vi.fn(), context: {} };
  const openCore = vi.fn(options.openCore ?? (async () => core));
  // doMock (not hoisted) so that each launch gets fresh fakes after resetModules.
  vi.doMock('electron', () => fake.electron);
  vi.doMock('../../electron/core/core', () => ({ openCore }));
  await import('../../electron/shell/main');
  const start = async () => {
    fake.ready();
    // Let whenReady().then(start) and the awaited openCore settle.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return { ...fake, core, openCore, start };
}

beforeEach(() => {
  delete process.env.BRANCHLINE_DATA_DIR;
});

describe('main process', () => {
  it('before ready: names the app, puts userData in <appData>/Branchline, sandboxes, sets Chromium to Chinese (date inputs show 年/月/日 on any PC), makes app:// a privileged scheme, then takes the lock', async () => {
    const { calls, app, electron } = await launch();
    expect(calls).toEqual(['setName:Branchline', 'setPath:userData', 'enableSandbox', 'switch:lang=zh-CN', 'registerSchemes:app', 'lock']);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join(path.resolve('/home/u/.config'), 'Branchline'));
  });

  it('honours BRANCHLINE_DATA_DIR', async () => {
    process.env.BRANCHLINE_DATA_DIR = path.resolve('/srv/branchline-data');
    const { app } = await launch();
    expect(app.setPath).toHaveBeenCalledWith('userData', path.resolve('/srv/branchline-data'));
  });

  it('a second instance quits without opening the database', async () => {
    const { app, calls, openCore, start } = await launch({ lock: false });
    await start();
    expect(calls).toContain('quit');
    expect(app.count('second-instance')).toBe(0);
    expect(openCore).not.toHaveBeenCalled();
  });

  it('on ready: opens the core in userData, registers the API, installs the menu, creates the window', async () => {
    const { electron, openCore, start, windows, handlers } = await launch();
    expect(openCore).not.toHaveBeenCalled();
    await start();
    expect(openCore).toHaveBeenCalledWith({
      dataDir: path.join(path.resolve('/home/u/.config'), 'Branchline'),
      demo: false,
      nativeBinding: undefined, // no .native build under /project
    });
    expect([...handlers.keys()]).toEqual([API_CHANNEL]);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const defaultSession = electron.session.defaultSession;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(defaultSession.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
    expect(defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(defaultSession.protocol.handle).toHaveBeenCalledTimes(1);
    expect(defaultSession.protocol.handle.mock.calls[0]![0]).toBe('app');
    expect(windows).toHaveLength(1);
    expect(windows[0].options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(windows[0].loadURL).toHaveBeenCalledWith('app://branchline/index.html');
  });

  it('passes --demo through: the well station alone, another demo site in its own sub-folder', async () => {
    process.argv.push('--demo');
    try {
      const { openCore, start } = await launch();
      await start();
      expect(openCore.mock.calls[0][0]).toMatchObject({ demo: 'well-station' });
    } finally {
      process.argv.splice(process.argv.indexOf('--demo'), 1);
    }
    process.argv.push('--demo', 'bank-outlet');
    try {
      const { openCore, start } = await launch();
      await start();
      const options = openCore.mock.calls[0][0] as { demo: string; dataDir: string };
      expect(options.demo).toBe('bank-outlet');
      expect(options.dataDir).toMatch(/demo-bank-outlet$/);
    } finally {
      process.argv.splice(process.argv.indexOf('--demo'), 2);
    }
  });

  it('the registered handler reaches core.dispatch only for our own page', async () => {
    const { start, handlers, core, windows } = await launch();
    await start();
    const handler = handlers.get(API_CHANNEL);
    const pageUrl = windows[0].loadURL.mock.calls[0][0] as string;
    const { pathToFileURL } = await import('node:url');
    const frame = (url: string) => ({ senderFrame: { url, parent: null, detached: false }, sender: {} });
    const envelope = { method: 'session.status', input: {} };
    await expect(handler(frame('https://evil.example/'), envelope)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(handler(frame(pathToFileURL(path.resolve('/project/dist/renderer/index.html')).href), envelope)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.dispatch).not.toHaveBeenCalled();
    await expect(handler(frame(`${pageUrl}#/complaints`), envelope)).resolves.toEqual({ ok: true, value: 1 });
    expect(core.dispatch).toHaveBeenCalledWith(envelope);
  });

  it('if the database cannot be opened: bilingual error box, exit, no window', async () => {
    const { electron, start, calls, windows, handlers } = await launch({
      openCore: async () => {
        throw new Error('SQLITE_CANTOPEN: unable to open database file');
      },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await start();
    spy.mockRestore();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0];
    expect(title).toContain('无法启动');
    expect(title).toContain('cannot start');
    expect(message).toContain('SQLITE_CANTOPEN');
    expect(message).toContain('branchline.sqlite');
    expect(calls).toContain('exit:1');
    expect(windows).toHaveLength(0);
    expect(handlers.size).toBe(0);
  });

  it('quits when all windows are closed and closes the core on will-quit', async () => {
    const { app, start, core, calls } = await launch();
    await start();
    app.emit('window-all-closed');
    expect(calls).toContain('quit');
    expect(core.close).not.toHaveBeenCalled();
    app.emit('will-quit');
    app.emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('a second launch restores and focuses the existing window', async () => {
    const { app, start, windows } = await launch();
    await start();
    app.emit('second-instance', {}, [], '/');
    expect(windows[0].restore).toHaveBeenCalled();
    expect(windows[0].focus).toHaveBeenCalled();
  });

  it('hardens every web contents created (defence in depth)', async () => {
    const { app } = await launch();
    const { FakeWebContents, fakeEvent } = await import('./fake-electron');
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const event = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });
});
