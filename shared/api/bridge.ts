import type { RequestEnvelope, ResponseEnvelope } from './envelope';

/**
 * What the Electron preload exposes as `window.bridge` (contextBridge), and
 * what browser mode's HTTP transport imitates. Deliberately one generic call:
 * the contract, not the preload, lists the methods.
 */
export interface Bridge {
  call(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

/** The IPC channel name the preload invokes and the shell handles. */
export const API_CHANNEL = 'branchline:api';
