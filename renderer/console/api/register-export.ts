import { CONSOLE_PRIVACY_PATHS, exportResponseSchema } from '../../../shared/sync/console-privacy-api';
import type { ExportRecorder } from '../../reports/ExportBar';
import { consoleCall } from './console-client';

/**
 * The console's export register (issue 19 §4; seed002 客户管理制度1 第三十七条): every report export is entered at
 * head office with its purpose before the file is saved, and none goes without a purpose (the server refuses
 * it too). `purposeRequired` is the message shown when none was typed.
 */
export function consoleExportRecorder(purposeRequired: string): ExportRecorder {
  return async ({ subject, rowCount, reason }) => {
    if (!reason) throw new Error(purposeRequired);
    await consoleCall('POST', CONSOLE_PRIVACY_PATHS.exports, exportResponseSchema, { subject, rowCount, purpose: reason });
  };
}
