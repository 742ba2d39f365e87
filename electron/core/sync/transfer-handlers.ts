import { ApiError } from '../../../shared/api/errors';
import { requireUser } from '../context';
import { loadCalendar } from '../calendar/calendar';
import { EnrolmentFileError, enrolFromFile } from './enrol-file';
import { SyncClientError } from './http';
import { exportOutboxFile, importReplyFile } from './transfer';
import type { HandlersOf } from '../handlers/handler';

export const syncTransferHandlers: HandlersOf<'sync.exportTransfer' | 'sync.importTransfer' | 'sync.enrolByFile'> = {
  'sync.exportTransfer': (ctx) =>
    readable(() => {
      const exported = exportOutboxFile(ctx.core.store, requireUser(ctx), ctx.core.now());
      return { fileName: exported.fileName, dataBase64: exported.bytes.toString('base64'), entries: exported.entries, remaining: exported.remaining };
    }),
  'sync.importTransfer': (ctx, input) =>
    readable(() => {
      const { calendarChanged, ...imported } = importReplyFile(ctx.core.store, requireUser(ctx), Buffer.from(input.dataBase64, 'base64'), ctx.core.now());
      if (calendarChanged) ctx.core.calendar = loadCalendar(ctx.core.store.read);
      return imported;
    }),
  'sync.enrolByFile': async (ctx, input) => {
    const user = requireUser(ctx);
    try {
      const enrolled = await enrolFromFile(ctx.core.store, { fileBytes: Buffer.from(input.dataBase64, 'base64'), code: input.code, userId: user.id }, ctx.core.now());
      // Automatic sync starts off for a site enrolled by file: this stops any timer a previous enrolment had.
      if (!enrolled.alreadyEnrolled) ctx.core.sync.start();
      return enrolled;
    } catch (error) {
      // Said at the field to correct: the file chosen (dataBase64) or the code typed.
      if (error instanceof EnrolmentFileError) throw new ApiError('VALIDATION', error.message, [{ path: error.field === 'file' ? 'dataBase64' : 'code', message: error.message }]);
      throw error;
    }
  },
};

/** A file that is not what it should be is the user's to fix (another file, export again): a VALIDATION answer in plain words. */
function readable<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SyncClientError) throw new ApiError(error.code === 'not_enrolled' ? 'CONFLICT' : 'VALIDATION', error.message);
    throw error;
  }
}
