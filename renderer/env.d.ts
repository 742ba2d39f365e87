import type { Bridge } from '../shared/api/bridge';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it through contextBridge. */
    bridge?: Bridge;
  }
}

export {};
