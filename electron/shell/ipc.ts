import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '../../shared/api/bridge';
import { requestEnvelopeSchema, type ResponseEnvelope } from '../../shared/api/envelope';
import type { Dispatch } from '../core/dispatch';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * The Electron transport: one `invoke` channel carrying the same request
 * envelope as browser mode's `POST /api` into the same dispatcher. Refuses
 * callers that are not our own top-level renderer page before looking at
 * the message, and malformed envelopes before dispatching.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrustedSender: SenderCheck): void {
  ipcMain.handle(API_CHANNEL, async (event, raw: unknown): Promise<ResponseEnvelope> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '调用来源不受信任 / untrusted sender' } };
    }
    const envelope = requestEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      const detail = envelope.error.issues.map((i) => `${i.path.join('.') || '(envelope)'} ${i.message}`).join('; ');
      return { ok: false, error: { code: 'VALIDATION', message: `请求格式错误 / malformed request: ${detail}` } };
    }
    try {
      return await dispatch(envelope.data);
    } catch (error) {
      // The dispatcher catches its own errors; this only guards against a bug there.
      console.error('[ipc] dispatch threw', error);
      return { ok: false, error: { code: 'INTERNAL', message: '内部错误，已记录 / internal error, logged' } };
    }
  });
}

/**
 * Trusted = sent by a top-level frame (not an iframe) currently showing our
 * own renderer file. A frame that navigated away or was destroyed
 * (`senderFrame` null or throwing, or `detached`) is not trusted. "Top
 * level" is judged by `parent === null`: WebFrameMain objects are not
 * guaranteed to be identical (===) to `sender.mainFrame`.
 */
export function createSenderCheck(isOwnUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    let frame: IpcMainInvokeEvent['senderFrame'];
    try {
      frame = event.senderFrame;
    } catch {
      return false; // "Render frame was disposed before WebFrameMain could be accessed"
    }
    if (!frame || frame.detached || frame.parent !== null) return false;
    return isOwnUrl(frame.url);
  };
}
