import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './paths';

export interface MenuOptions {
  /** Development build: adds 重新加载 and the developer tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  getWindow: () => BrowserWindow | null;
  /** Shown in 关于 Branchline. */
  version: string;
  dataDir: string;
}

/** The application menu, in Chinese. Pure (no side effects) so it can be tested. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    {
      label: '文件',
      submenu: [
        {
          label: '打印…',
          accelerator: 'CmdOrCtrl+P',
          click: () => printWindow(options.getWindow()),
        },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      // Also what makes copy/paste shortcuts work in text fields on macOS.
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(options.isDev
          ? ([
              { label: '重新加载', role: 'reload' },
              { label: '开发者工具', role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于 Branchline', click: () => showAbout(options) }],
    },
  );
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

/** Opens the system print dialog for the page as shown. */
function printWindow(window: BrowserWindow | null): void {
  window?.webContents.print({ printBackground: true }, (success, reason) => {
    if (!success && reason !== 'cancelled') console.error('[print] failed:', reason);
  });
}

function showAbout(options: MenuOptions): void {
  const window = options.getWindow();
  const box = {
    type: 'info' as const,
    title: '关于 Branchline',
    message: WINDOW_TITLE,
    detail: `版本 / version ${options.version}\n数据文件夹 / data folder:\n${options.dataDir}`,
    buttons: ['确定'],
  };
  void (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
}
