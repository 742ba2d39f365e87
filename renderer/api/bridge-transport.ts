import type { RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { ApiCallError } from './api-call-error';

/** Electron: the preload's `window.bridge.call` carries the envelope over IPC to the core. */
export async function bridgeTransport(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  const bridge = window.bridge;
  if (!bridge) throw new ApiCallError('TRANSPORT', 'window.bridge is missing');
  try {
    return await bridge.call(envelope);
  } catch (error) {
    // IPC itself failed (the main process crashed or was closing): not an API answer.
    throw new ApiCallError('TRANSPORT', error instanceof Error ? error.message : String(error));
  }
}
