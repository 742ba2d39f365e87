import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
}));

vi.mock('electron', () => ({
  Menu: { setApplicationMenu: electron.setApplicationMenu, buildFromTemplate: electron.buildFromTemplate },
  dialog: { showMessageBox: electron.showMessageBox },
}));

const { buildMenuTemplate, installMenu } = await import('../../electron/shell/menu');

type Item = Record<string, any>;

function options(overrides: Record<string, unknown> = {}) {
  const print = vi.fn();
  const window = { webContents: { print } };
  return { print, window, options: { isDev: false, platform: 'win32' as NodeJS.Platform, getWindow: () => window as never, version: '0.1.0', dataDir: 'C:\\Users\\a\\AppData\\Roaming\\Branchline', ...overrides } };
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('has 文件 / 编辑 / 视图 / 帮助 in Chinese', () => {
    const template = buildMenuTemplate(options().options);
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('has 打印… with Ctrl+P that prints the main window', () => {
    const { options: opts, print } = options();
    const item = flatten(buildMenuTemplate(opts) as Item[]).find((i) => i.label === '打印…');
    expect(item).toBeDefined();
    expect(item!.accelerator).toBe('CmdOrCtrl+P');
    item!.click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('printing with no window does nothing', () => {
    const { options: opts } = options({ getWindow: () => null });
    const item = flatten(buildMenuTemplate(opts) as Item[]).find((i) => i.label === '打印…');
    expect(() => item!.click()).not.toThrow();
  });

  it('has 退出, zoom and full screen', () => {
    const roles = flatten(buildMenuTemplate(options().options) as Item[]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers 重新加载 and developer tools only in development', () => {
    const prod = flatten(buildMenuTemplate(options({ isDev: false }).options) as Item[]);
    const dev = flatten(buildMenuTemplate(options({ isDev: true }).options) as Item[]);
    expect(prod.some((i) => i.role === 'reload' || i.role === 'toggleDevTools')).toBe(false);
    expect(dev.find((i) => i.role === 'reload')?.label).toBe('重新加载');
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(options({ platform: 'darwin' }).options)[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate(options({ platform: 'linux' }).options)[0]!.label).toBe('文件');
  });

  it('关于 Branchline shows the version and data folder', () => {
    const { options: opts, window } = options();
    const about = flatten(buildMenuTemplate(opts) as Item[]).find((i) => i.label === '关于 Branchline');
    about!.click();
    expect(electron.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ title: '关于 Branchline' }));
    const box = electron.showMessageBox.mock.calls[0]!.at(-1) as unknown as { detail: string };
    expect(box.detail).toContain('0.1.0');
    expect(box.detail).toContain(opts.dataDir);
  });

  it('installMenu sets the application menu from the template', () => {
    installMenu(options().options);
    expect(electron.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.setApplicationMenu).toHaveBeenCalledWith(electron.buildFromTemplate.mock.results[0]!.value);
  });
});
