import { StoreIntegrityError } from '../core/store-integrity-error';

export const STARTUP_ERROR_TITLE = 'Branchline 无法启动 / Branchline cannot start';

/**
 * The text of the error box shown when the database cannot be opened, in
 * Chinese and English, with the file and a hint for the usual causes.
 * Pure, so it can be tested without Electron.
 */
export function storeOpenFailureMessage(error: unknown, databaseFile: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  const lines = [
    '无法打开数据库，程序将退出。请勿删除数据文件夹，并联系管理员。',
    'The database could not be opened; the app will close. Do not delete the data folder; contact your administrator.',
    '',
    `数据文件 / database file:\n${databaseFile}`,
    '',
    `原因 / reason:\n${reason}`,
  ];
  const hint = hintFor(error, reason);
  if (hint) lines.push('', hint);
  return lines.join('\n');
}

function hintFor(error: unknown, reason: string): string | undefined {
  if (error instanceof StoreIntegrityError) {
    return '数据库文件可能已损坏，请从备份恢复。/ The database file may be damaged; restore it from a backup.';
  }
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version|not a valid Win32 application|invalid ELF header/i.test(reason)) {
    return 'better-sqlite3 不是为 Electron 编译的：开发时请用 npm start 启动。/ better-sqlite3 is not built for Electron: in development start with `npm start`.';
  }
  if (/EACCES|EPERM|SQLITE_CANTOPEN|SQLITE_READONLY/i.test(reason)) {
    return '没有权限读写数据文件夹。/ No permission to read or write the data folder.';
  }
  return undefined;
}
